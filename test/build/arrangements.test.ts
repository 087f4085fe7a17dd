// The source arrangements build, and their pages print what the model computes for them
// (test/unit/arrangements.test.ts checks the model): Bury's board rules, quorum and the life of
// a matter, Croydon's call-in to 1pm, Somerset's three partners and option appraisal. Sheffield's
// advisory committee needs no build of its own: Bury's sub-committees are advisory too.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtures, sharedBuild, type BuildResult } from './helpers.ts';
import { checkContentRoot } from '../../src/publication/load.ts';
import { buildPublicModel, type PublicModel } from '../../src/publication/model.ts';
import { implementableFrom, quorumSentence } from '../../src/publication/explain.ts';

const BUILD_DATE = '2026-11-22';
const NAMES = ['bury', 'croydon', 'somerset'] as const;
type Name = (typeof NAMES)[number];
const sites = {} as Record<Name, BuildResult>;
const models = {} as Record<Name, PublicModel>;
const read = (site: Name, path: string) => readFileSync(join(sites[site].outDir, path), 'utf8');
/** A page's text as a reader sees it: no tags, entities decoded, spaces collapsed. */
const text = (site: Name, path: string) =>
  read(site, path)
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
beforeAll(() => {
  for (const name of NAMES) {
    const root = join(fixtures, 'arrangements', name);
    sites[name] = sharedBuild(root, BUILD_DATE);
    models[name] = buildPublicModel(checkContentRoot(root, BUILD_DATE).content!, { buildDate: BUILD_DATE });
  }
});

describe('each arrangement', () => {
  for (const name of NAMES) {
    it(`${name} builds clean`, () => expect(sites[name].status, sites[name].output).toBe(0));
  }
});

describe('Bury Strategic Commissioning Board (seed 001)', () => {
  it("prints each held meeting's quorum sentence from the model, the non-quorate one with its reason", () => {
    const held = models.bury.meetings.filter((x) => x.quorum.evaluated === 'yes');
    expect(held.length).toBe(4);
    for (const x of held) expect(text('bury', `meetings/${x.id}/index.html`), x.id).toContain(quorumSentence(x.quorum));
    expect(text('bury', 'meetings/2020-02-12-strategic-commissioning-board/index.html')).toContain(
      'Not quorate: practising clinicians: 1 present, 2 needed;',
    );
  });

  it('states the board’s rules: partners, majority with the chair’s casting vote, co-chairs, quorum, sub-committees', () => {
    const board = models.bury.bodies.find((b) => b.id === 'strategic-commissioning-board')!;
    const page = text('bury', 'bodies/strategic-commissioning-board/index.html');
    expect(page).toContain('Makes decisions under delegated authority');
    expect(page).toContain(`Decides for ${board.partners.map((p) => p.name).join(', ')}`);
    expect(page).toContain('By majority; the chair has a casting vote');
    expect(page).toContain(`Chairing ${board.chairing}`);
    for (const label of board.quorumLabels) expect(page).toContain(label);
    for (const child of board.children)
      expect(read('bury', 'bodies/strategic-commissioning-board/index.html')).toContain(`href="${child.href}"`);
  });

  it('states an advisory sub-committee’s rules: it advises, and decides for none of the partners', () => {
    const page = text('bury', 'bodies/quality-and-performance-committee/index.html');
    expect(page).toContain('Advises; the partners make the decisions');
    expect(page).toContain('None: recommendations go to each partner');
    expect(page).toContain('By consensus');
    expect(read('bury', 'bodies/quality-and-performance-committee/index.html')).toContain(
      'href="/bury/bodies/strategic-commissioning-board/"',
    );
  });

  it('links the life of a matter both ways between the forward plan and the decision', () => {
    const fp = read('bury', 'forward-plan/fp-2020-001/index.html');
    const decision = read('bury', 'decisions/scb-2020-001/index.html');
    expect(fp).toContain('href="/bury/decisions/scb-2020-001/"');
    expect(decision).toContain('href="/bury/forward-plan/fp-2020-001/"');
    expect(text('bury', 'forward-plan/fp-2020-001/index.html')).toContain('The life of this matter');
    expect(text('bury', 'decisions/scb-2020-001/index.html')).toContain('The life of this matter');
  });
});

describe('Croydon Integrated Commissioning Unit (seed 002)', () => {
  it('prints the call-in window of key decision 1241, closing and implementable at 1pm', () => {
    const d = models.croydon.decisions.find((x) => x.id === '1241')!;
    const page = text('croydon', 'decisions/1241/index.html');
    expect(page).toContain('Call-in closed at 1pm on Monday 22 July 2013.');
    expect(page).toContain(`Can be implemented from ${implementableFrom(d.callIn)}.`);
    expect(page).toContain('Can be implemented from 1pm on Monday 22 July 2013.');
  });
});

describe('Somerset joint commissioning (seed 004)', () => {
  it('names all three partners, NHS England among them, on the board’s page', () => {
    const page = text('somerset', 'bodies/joint-commissioning-board/index.html');
    for (const name of ['NHS Somerset Clinical Commissioning Group', 'Somerset County Council', 'NHS England'])
      expect(page).toContain(name);
  });

  it('shows the option appraisal table in the decision record, option 6 scoring 57', () => {
    const html = read('somerset', 'decisions/scc-cabinet-2017-07-19-joint-commissioning/index.html');
    const row = /<tr>\s*<td>6<\/td>\s*<td>([^<]*)<\/td>\s*<td[^>]*>(\d+)<\/td>\s*<\/tr>/.exec(html);
    expect(row?.slice(1)).toEqual(['A new vehicle such as a Joint Health and Care Board', '57']);
  });
});
