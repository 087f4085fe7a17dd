// The four other source arrangements build, and their pages state their own rules.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, fixtures, type BuildResult } from './helpers.ts';

const sites: Record<string, BuildResult> = {};
const read = (site: string, path: string) => readFileSync(join(sites[site].outDir, path), 'utf8');
const text = (site: string, path: string) =>
  read(site, path)
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
beforeAll(() => {
  for (const name of ['bury', 'croydon', 'sheffield', 'somerset'])
    sites[name] = build(join(fixtures, 'arrangements', name), '2026-11-22');
});

describe('each arrangement', () => {
  for (const name of ['bury', 'croydon', 'sheffield', 'somerset']) {
    it(`${name} builds clean`, () => expect(sites[name].status, sites[name].output).toBe(0));
  }
});

describe('Bury Strategic Commissioning Board (seed 001)', () => {
  it('shows the non-quorate meeting as such, with the reason', () => {
    const page = text('bury', 'meetings/2020-02-12-strategic-commissioning-board/index.html');
    expect(page).toContain('Not quorate: practising clinicians: 1 present, 2 needed;');
  });
  it('shows the quorate meetings as quorate, with every condition counted', () => {
    const page = text('bury', 'meetings/2019-12-11-strategic-commissioning-board/index.html');
    expect(page).toMatch(
      /Quorate: Cabinet Members: 3 present, 3 needed; .*practising clinicians: 2 present, 2 needed; .*joint officers: 1 present, 1 needed\./,
    );
  });
  it('publishes quorate in meetings.json: true, true, false, true, and null for the meeting not yet held', () => {
    const meetings = JSON.parse(read('bury', 'data/meetings.json')) as {
      id: string;
      body: string;
      quorate: boolean | null;
    }[];
    const scb = meetings
      .filter((x) => x.body === 'strategic-commissioning-board')
      .map((x) => [x.id.slice(0, 10), x.quorate]);
    expect(scb).toEqual([
      ['2019-10-16', true],
      ['2019-12-11', true],
      ['2020-02-12', false],
      ['2020-03-11', true],
      ['2026-12-09', null],
    ]);
  });
  it('states the board’s rules: joint committee, majority with the chair’s casting vote, co-chairs, sub-committees', () => {
    const page = text('bury', 'bodies/strategic-commissioning-board/index.html');
    expect(page).toContain('By majority; the chair has a casting vote');
    expect(page).toContain('Chairing');
    expect(page).toContain('practising clinicians: at least 2');
    expect(read('bury', 'bodies/strategic-commissioning-board/index.html')).toContain(
      'href="/bury/bodies/quality-and-performance-committee/"',
    );
    expect(text('bury', 'bodies/quality-and-performance-committee/index.html')).toContain(
      'Advises; the partners make the decisions',
    );
  });
  it('links the life of a matter both ways between the forward plan and the decision', () => {
    const fp = read('bury', 'forward-plan/fp-2020-001/index.html');
    const decision = read('bury', 'decisions/scb-2020-001/index.html');
    expect(fp).toContain('href="/bury/decisions/scb-2020-001/"');
    expect(decision).toContain('href="/bury/forward-plan/fp-2020-001/"');
    expect(text('bury', 'forward-plan/fp-2020-001/index.html')).toContain('The life of this matter');
  });
});

describe('Croydon Integrated Commissioning Unit (seed 002)', () => {
  it('counts call-in for key decision 1241 from the decision, to 1pm on the 5th working day', () => {
    const decisions = JSON.parse(read('croydon', 'data/decisions.json'));
    expect(decisions.find((d: { id: string }) => d.id === '1241').callIn).toMatchObject({
      lastDay: '2013-07-22',
      closesAt: '13:00',
      implementableFrom: '2013-07-22T13:00',
    });
    expect(text('croydon', 'decisions/1241/index.html')).toContain(
      'Can be implemented from 1pm on Monday 22 July 2013',
    );
  });
});

describe('Sheffield joint committee (seed 003)', () => {
  it('advises while the partners decide: its recommendation is not subject to call-in', () => {
    const decisions = JSON.parse(read('sheffield', 'data/decisions.json'));
    expect(decisions.find((d: { id: string }) => d.id === 'jcc-2019-001')).toMatchObject({
      outcome: 'recommended',
      callIn: { applies: false, status: 'not-applicable' },
    });
    expect(text('sheffield', 'bodies/joint-committee/index.html')).toContain(
      'None: recommendations go to each partner',
    );
    expect(decisions.find((d: { id: string }) => d.id === 'cabinet-2019-03-20-joint-commissioning')).toMatchObject({
      key: true,
      notice: { route: 'forward-plan', met: true },
    });
  });
});

describe('Somerset joint commissioning (seed 004)', () => {
  it('has three partners including NHS England, and the option appraisal in the record', () => {
    const body = text('somerset', 'bodies/joint-commissioning-board/index.html');
    expect(body).toContain('NHS England');
    expect(text('somerset', 'decisions/scc-cabinet-2017-07-19-joint-commissioning/index.html')).toContain('57');
  });
});
