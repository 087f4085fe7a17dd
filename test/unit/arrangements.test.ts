// The four source arrangements (test/fixtures/arrangements/, see its README): what the model
// computes for each, with the open data records and the sentences pages print from it.
// test/build/arrangements.test.ts checks that the pages of one of them print these.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkContentRoot } from '../../src/publication/load.ts';
import { buildPublicModel, type PublicModel } from '../../src/publication/model.ts';
import { decisionRecord, meetingRecord } from '../../src/publication/open-data.ts';
import { implementableFrom, quorumSentence } from '../../src/publication/explain.ts';
import { matterTimeline } from '../../src/publication/timeline.ts';

const BUILD_DATE = '2026-11-22';
const fixtures = join(import.meta.dirname, '..', 'fixtures', 'arrangements');

function model(name: string): PublicModel {
  const { content, problems } = checkContentRoot(join(fixtures, name), BUILD_DATE);
  expect(problems).toEqual([]);
  return buildPublicModel(content!, { buildDate: BUILD_DATE });
}

/** The cells of each body row of every table in a piece of HTML the model rendered. */
function tableRows(html: string): string[][] {
  return [...html.matchAll(/<tbody>([\s\S]*?)<\/tbody>/g)].flatMap(([, body]) =>
    [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) =>
      [...row.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map(([, cell]) => cell.trim()),
    ),
  );
}

/** The HTML of a body from one second-level heading to the next. */
const section = (html: string, id: string) => {
  const start = html.indexOf(`<h2 id="${id}">`);
  expect(start, id).toBeGreaterThan(-1);
  const end = html.indexOf('<h2', start + 1);
  return html.slice(start, end === -1 ? undefined : end);
};

describe('Bury Strategic Commissioning Board (seed 001)', () => {
  const m = model('bury');
  const meeting = (date: string) => m.meetings.find((x) => x.id === `${date}-strategic-commissioning-board`)!;

  it('counts the members present against each of the five quorum conditions, as the README tabulates', () => {
    const counts = (date: string) => meeting(date).quorum.conditions.map((c) => [c.present.length, c.condition.min]);
    expect(counts('2019-10-16')).toEqual([
      [6, 3],
      [2, 1],
      [6, 3],
      [4, 2],
      [3, 1],
    ]);
    expect(counts('2019-12-11')).toEqual([
      [3, 3],
      [1, 1],
      [3, 3],
      [2, 2],
      [1, 1],
    ]);
    expect(counts('2020-02-12')).toEqual([
      [5, 3],
      [1, 1],
      [4, 3],
      [1, 2],
      [2, 1],
    ]);
    expect(counts('2020-03-11')).toEqual([
      [4, 3],
      [2, 1],
      [5, 3],
      [3, 2],
      [1, 1],
    ]);
  });

  it('counts a substitute with the membership of the member he stands in for', () => {
    const [, , ccg, clinicians] = meeting('2019-12-11').quorum.conditions;
    expect(ccg.present.map((p) => p.person)).toContain('dr-tom-whitehead');
    expect(clinicians.present.map((p) => p.person)).toContain('dr-tom-whitehead');
    // Present but non-voting CCG members do not count as voting CCG members.
    expect(ccg.present.map((p) => p.person)).not.toContain('olivia-brennan');
  });

  it('counts no one whose membership has ended, and no attendee without a membership', () => {
    const present = meeting('2020-02-12').quorum.conditions.flatMap((c) => c.present.map((p) => p.person));
    expect(present).not.toContain('cllr-amira-castleton');
    expect(present).not.toContain('dr-tom-whitehead');
    expect(present).toContain('cllr-ben-hartshorn');
  });

  it('gives the non-quorate meeting its reason first, and the quorate ones every condition', () => {
    expect(quorumSentence(meeting('2020-02-12').quorum)).toMatch(
      /^Not quorate: practising clinicians: 1 present, 2 needed; /,
    );
    expect(quorumSentence(meeting('2019-12-11').quorum)).toBe(
      'Quorate: Cabinet Members: 3 present, 3 needed; the Leader or Deputy Leader: 1 present, 1 needed; ' +
        'voting CCG members: 3 present, 3 needed; practising clinicians: 2 present, 2 needed; ' +
        'joint officers: 1 present, 1 needed.',
    );
  });

  it('publishes quorate in meetings.json: true, true, false, true, and null for the meeting not yet held', () => {
    const scb = m.meetings
      .filter((x) => x.body.id === 'strategic-commissioning-board')
      .map((x) => meetingRecord(m, x))
      .map((x) => [x.id.slice(0, 10), x.quorate]);
    expect(scb).toEqual([
      ['2019-10-16', true],
      ['2019-12-11', true],
      ['2020-02-12', false],
      ['2020-03-11', true],
      ['2026-12-09', null],
    ]);
    expect(meeting('2026-12-09').quorum.evaluated).toBe('not-held');
  });

  it('states the board’s rules: delegated, majority with the chair’s casting vote, co-chairs, five quorum conditions, four advisory sub-committees', () => {
    const board = m.bodies.find((b) => b.id === 'strategic-commissioning-board')!;
    expect(board).toMatchObject({
      kind: 'joint-committee',
      decides: 'delegated',
      voting: 'majority',
      castingVote: 'chair',
    });
    expect(board.chairing).toMatch(/^Co-chaired by the Leader of the Council and the Chair of the CCG/);
    expect(board.quorumLabels).toEqual([
      'Cabinet Members: at least 3',
      'the Leader or Deputy Leader: at least 1',
      'voting CCG members: at least 3',
      'practising clinicians: at least 2',
      'joint officers: at least 1',
    ]);
    expect(board.children.map((c) => c.id)).toEqual([
      'finance-contracting-and-procurement-committee',
      'patient-public-stakeholder-congress',
      'professional-congress',
      'quality-and-performance-committee',
    ]);
    for (const child of board.children) {
      const b = m.bodies.find((x) => x.id === child.id)!;
      expect(b.parent?.id, b.id).toBe('strategic-commissioning-board');
      expect(b.decides, b.id).toBe('advisory');
    }
  });

  it('links the life of a matter both ways between the forward plan and the decision', () => {
    const fp = m.forwardPlan.find((f) => f.id === 'fp-2020-001')!;
    const decision = m.decisions.find((d) => d.id === 'scb-2020-001')!;
    expect(fp.decision?.id).toBe('scb-2020-001');
    expect(decision.forwardPlan?.id).toBe('fp-2020-001');
    const timeline = matterTimeline(m, { forwardPlan: fp });
    expect(timeline).toEqual(matterTimeline(m, { decision }));
    expect(timeline.map((e) => e.href)).toEqual(expect.arrayContaining([fp.href, decision.href]));
    // The revision that moved it from the meeting that was not quorate.
    expect(timeline.some((e) => e.label.startsWith('Notice revised: '))).toBe(true);
  });
});

describe('Croydon Integrated Commissioning Unit (seed 002)', () => {
  const m = model('croydon');
  it('counts call-in for key decision 1241 from the decision, to 1pm on the 5th working day', () => {
    const d = m.decisions.find((x) => x.id === '1241')!;
    expect(decisionRecord(m, d).callIn).toMatchObject({
      applies: true,
      status: 'closed',
      lastDay: '2013-07-22',
      closesAt: '13:00',
      implementableFrom: '2013-07-22T13:00',
    });
    expect(d.callIn.window!.start).toBe('2013-07-15');
    expect(implementableFrom(d.callIn)).toBe('1pm on Monday 22 July 2013');
  });
  it('gave 30 clear days of notice on the forward plan, 28 required', () => {
    const d = m.decisions.find((x) => x.id === '1241')!;
    expect(decisionRecord(m, d)).toMatchObject({
      key: true,
      forwardPlan: 'fp-1241',
      notice: { route: 'forward-plan', published: '2013-06-14', clearDays: 30, required: 28, met: true },
    });
  });
});

describe('Sheffield joint committee (seed 003)', () => {
  const m = model('sheffield');
  it('advises while the partners decide: its recommendation is not subject to call-in', () => {
    const committee = m.bodies.find((b) => b.id === 'joint-committee')!;
    expect(committee.decides).toBe('advisory');
    const recommendation = m.decisions.find((d) => d.id === 'jcc-2019-001')!;
    expect(decisionRecord(m, recommendation)).toMatchObject({
      outcome: 'recommended',
      key: false,
      callIn: { applies: false, status: 'not-applicable', lastDay: null },
    });
    expect(recommendation.callIn.reason).toBe('The body advises; the partners make the decisions.');
  });
  it('takes the key decision in the Cabinet, with notice on the forward plan and call-in', () => {
    const d = m.decisions.find((x) => x.id === 'cabinet-2019-03-20-joint-commissioning')!;
    expect(decisionRecord(m, d)).toMatchObject({
      key: true,
      notice: { route: 'forward-plan', published: '2019-02-15', clearDays: 32, required: 28, met: true },
      callIn: { applies: true, status: 'closed' },
    });
  });
});

describe('Somerset joint commissioning (seed 004)', () => {
  const m = model('somerset');
  it('has three partners, NHS England among them', () => {
    const board = m.bodies.find((b) => b.id === 'joint-commissioning-board')!;
    expect(board.partners.map((p) => [p.id, p.kind, p.name])).toEqual([
      ['somerset-ccg', 'nhs-commissioner', 'NHS Somerset Clinical Commissioning Group'],
      ['somerset-county-council', 'local-authority', 'Somerset County Council'],
      ['nhs-england', 'nhs-england', 'NHS England'],
    ]);
  });
  it('records the six-option appraisal under Reasons, option 6 scoring highest at 57, and options 1 to 5 as rejected', () => {
    const html = m.decisions.find((d) => d.id === 'scc-cabinet-2017-07-19-joint-commissioning')!.html!;
    const rows = tableRows(section(html, 'reasons'));
    expect(rows.map(([option, , score]) => [option, score])).toEqual([
      ['1', '31'],
      ['2', '48'],
      ['3', '50'],
      ['4', '54'],
      ['5', '37'],
      ['6', '57'],
    ]);
    expect(rows[5][1]).toBe('A new vehicle such as a Joint Health and Care Board');
    const rejected = section(html, 'alternative-options-considered-and-rejected');
    for (const [option, score] of rows.slice(0, 5).map(([o, , s]) => [o, s]))
      expect(rejected, `option ${option}`).toMatch(new RegExp(`[Oo]ption ${option}\\b[^<]*\\(${score}\\)`));
    expect(rejected).not.toMatch(/[Oo]ption 6/);
  });
});
