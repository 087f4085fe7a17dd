// Officer decisions (SI 2014/2095 regs 7 and 8) and delegated powers (LGA 1972 s.100G): the
// domain rules, the schemas, and what the model, open data, feeds, search and sitemap make of the
// statutory-record fixture and the sample.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import {
  delegationInForce,
  delegationUseProblems,
  isOfficerDecision,
  officerCallIn,
  retainedUntil,
} from '../../src/domain/officer-decisions.ts';
import { assessCallIn, DEFAULT_CALL_IN } from '../../src/domain/call-in.ts';
import { workingCalendar } from '../../src/domain/working-days.ts';
import { bodySchema, decisionSchema, personSchema } from '../../src/schemas/index.ts';
import { issueToProblems } from '../../src/source/load.ts';
import { checkContentRoot } from '../../src/publication/load.ts';
import { buildPublicModel } from '../../src/publication/model.ts';
import { dataFiles, bodyRecords, personRecords } from '../../src/publication/data-files.ts';
import { openData } from '../../src/publication/open-data.ts';
import { feeds } from '../../src/publication/feeds.ts';
import { searchEntry } from '../../src/publication/search.ts';
import { sitemapPaths } from '../../src/publication/sitemap.ts';
import { bodyRegisters, decisionFacts, officerDecisionsByYear, personFacts } from '../../src/publication/views.ts';
import type { Content } from '../../src/domain/content.ts';
import type { Partner } from '../../src/schemas/index.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const load = (root: string, buildDate: string) => {
  const { content, problems } = checkContentRoot(root);
  expect(problems).toEqual([]);
  return buildPublicModel(content as Content, { buildDate });
};

describe('the retention period of reg 8', () => {
  it('runs six years beginning with the day of the decision', () => {
    expect(retainedUntil('2023-06-05')).toBe('2029-06-04');
    expect(retainedUntil('2025-01-01')).toBe('2030-12-31');
  });
  it('ends on 28 February for a decision made on 29 February', () => {
    expect(retainedUntil('2024-02-29')).toBe('2030-02-28');
    // Six years on from a leap day can itself be a leap year.
    expect(retainedUntil('2020-02-29')).toBe('2026-02-28');
  });
  it('ends on the last day of February for a decision of 1 March', () => {
    expect(retainedUntil('2022-03-01')).toBe('2028-02-29');
  });
});

describe('officer decisions and delegations', () => {
  const power = { id: 'p', power: 'To extend contracts', holder: 'sam', from: '2019-04-01', until: '2023-03-31' };
  it('are decisions by a person of kind officer', () => {
    expect(isOfficerDecision({ kind: 'officer' })).toBe(true);
    expect(isOfficerDecision({ kind: 'member' })).toBe(false);
    expect(isOfficerDecision(undefined)).toBe(false);
  });
  it('are in force from the first to the last day of the delegation', () => {
    expect(delegationInForce(power, '2019-04-01')).toBe(true);
    expect(delegationInForce(power, '2023-03-31')).toBe(true);
    expect(delegationInForce(power, '2023-04-01')).toBe(false);
    expect(delegationInForce({}, '2001-01-01')).toBe(true);
  });
  it('refuse a power held by someone else, or not in force on the day', () => {
    expect(delegationUseProblems({ ...power, body: 'b' }, 'sam', '2020-01-01')).toEqual([]);
    const [holder] = delegationUseProblems({ ...power, body: 'b' }, 'kim', '2020-01-01');
    expect(holder.found).toBe('"p", a power of b held by sam, on a decision made by kim');
    expect(holder.expected).toContain('set decisionMaker to sam');
    const [late] = delegationUseProblems({ ...power, body: 'b' }, 'sam', '2024-01-01');
    expect(late.found).toContain('in force 2019-04-01 to 2023-03-31, on a decision made 2024-01-01');
  });
});

describe('call-in of an officer decision', () => {
  const partners = new Map<string, Partner>([
    ['council', { id: 'council', name: 'Council', kind: 'local-authority' } as Partner],
  ]);
  const cal = workingCalendar({});
  const decision = (key: boolean, applies?: boolean) =>
    decisionSchema.parse({
      title: 'Extension',
      decisionMaker: 'sam',
      made: '2024-03-04',
      published: '2024-03-05',
      key,
      outcome: 'approved',
      ...(applies === undefined ? {} : { callIn: { applies } }),
    });
  const assess = (key: boolean, applies?: boolean, officer = true) =>
    assessCallIn(decision(key, applies), undefined, DEFAULT_CALL_IN, cal, '2024-03-06', 'council', partners, officer);

  it('does not apply to a non-key officer decision, and says why', () => {
    const a = assess(false);
    expect(a.status).toBe('not-applicable');
    expect(a.reason).toBe(
      'An officer decision under delegated powers is not subject to call-in; only key decisions taken by officers are.',
    );
    expect(officerCallIn(false, undefined).applies).toBe(false);
  });
  it('applies to a key officer decision as to any executive decision', () => {
    expect(assess(true)).toMatchObject({ applies: true, status: 'open', window: { lastDay: '2024-03-12' } });
  });
  it('applies when the record says the constitution subjects it to call-in', () => {
    expect(assess(false, true).applies).toBe(true);
  });
  it('is unchanged for a member’s individual decision', () => {
    expect(assess(false, undefined, false).applies).toBe(true);
  });
});

describe('the schemas', () => {
  it('give people a kind, member by default, and an optional ward', () => {
    expect(personSchema.parse({ name: 'A' }).kind).toBe('member');
    expect(personSchema.parse({ name: 'A', kind: 'officer', ward: 'Bevois' })).toMatchObject({
      kind: 'officer',
      ward: 'Bevois',
    });
  });
  it('refuse a home address or personal phone number in a person’s file, saying why', () => {
    for (const field of ['address', 'phone', 'mobile', 'homeAddress']) {
      const data = { name: 'A', [field]: '12 Example Road' };
      const result = personSchema.safeParse(data);
      expect(result.success, field).toBe(false);
      const problems = result.error!.issues.flatMap((i) => issueToProblems('people/a.yaml', data, i));
      expect(problems).toEqual([
        {
          file: 'people/a.yaml',
          field,
          found: `a field named "${field}"`,
          expected: expect.stringMatching(/^expected no home address, phone number or email in a person's file/),
        },
      ]);
    }
  });
  it('still call any other unknown field a misspelling', () => {
    const data = { name: 'A', titel: 'x' };
    const issue = personSchema.safeParse(data).error!.issues[0];
    expect(issueToProblems('people/a.yaml', data, issue)[0].expected).toBe(
      'only the fields of the content format (check the spelling)',
    );
  });
  it('give bodies delegations, each with an id, a power and a holder', () => {
    const body = { name: 'B', kind: 'board', partners: ['council'] };
    expect(bodySchema.parse(body).delegations).toEqual([]);
    const bad = bodySchema.safeParse({ ...body, delegations: [{ id: 'p', power: 'x' }] });
    expect(bad.error!.issues.map((i) => i.path.join('.'))).toEqual(['delegations.0.holder']);
  });
});

describe('the statutory-record fixture', () => {
  const m = load(join(fixtures, 'statutory-record'), '2024-06-10');
  const od = m.decisions.find((d) => d.id === 'od-2023-001')!;
  const board = m.bodies.find((b) => b.id === 'test-board')!;

  it('marks the officer decision, its power, its retention and its call-in', () => {
    expect(od.officerDecision).toBe(true);
    expect(od.retainedUntil).toBe('2029-06-04');
    expect(od.delegation).toMatchObject({
      id: 'tb-contract-extensions',
      href: '/board/bodies/test-board/#delegation-tb-contract-extensions',
      body: { id: 'test-board' },
      holder: { id: 'sam-varga-test', kind: 'officer', role: 'Director of Integrated Commissioning' },
      source: 'Terms of reference, paragraph 4.2',
    });
    expect(od.callIn.status).toBe('not-applicable');
    expect(od.declarations[0].dispensation).toEqual({ granted: '2023-06-01', by: 'Monitoring Officer' });
    expect(od.documents.map((x) => x.title)).toEqual(['Background paper']);
    // Board decisions are not officer decisions and keep no retention date here.
    expect(m.decisions.filter((d) => d.officerDecision).map((d) => d.id)).toEqual(['od-2023-001']);
    expect(m.decisions.find((d) => d.id === 'jcb-2023-002')!.retainedUntil).toBeUndefined();
  });

  it('shows the power and the retention on the decision page', () => {
    expect(decisionFacts(od).slice(-4)).toEqual([
      { key: 'Officer decision', value: 'Taken by an officer under delegated powers' },
      { key: 'Delegated power', value: od.delegation!.power, href: od.delegation!.href },
      { key: 'Power given by', value: 'Terms of reference, paragraph 4.2' },
      { key: 'Record and papers available until', value: 'Monday 4 June 2029' },
    ]);
  });

  it('lists each power of the board with its holder, period and decisions', () => {
    expect(board.delegations.map((d) => [d.id, d.holder.id, d.current, d.decisions.map((x) => x.id)])).toEqual([
      ['tb-contract-extensions', 'sam-varga-test', true, ['od-2023-001']],
      ['tb-urgent-carers-grants', 'cllr-alex-test', false, []],
    ]);
  });

  it('gives the registers each board’s current members with party, and its powers', () => {
    const [r] = bodyRegisters(m);
    expect(r.members.map((x) => [x.person.id, x.role, x.partner, x.party])).toEqual([
      ['cllr-alex-test', 'chair', 'TBC', 'Example Party'],
      ['cllr-chris-test', 'member', 'TBC', 'Sample Party'],
      ['dr-bea-test', 'vice-chair', 'ICB', undefined],
    ]);
    expect(r.delegations).toBe(board.delegations);
    expect(officerDecisionsByYear(m)).toEqual([['2023', [od]]]);
  });

  it('says a person is an officer', () => {
    expect(personFacts(m.people.find((p) => p.id === 'sam-varga-test')!)).toContainEqual({
      key: 'Officer',
      value: 'An officer, who may take decisions under delegated powers',
    });
  });

  it('publishes the officer decision in open data, and only it in officer-decisions.json', () => {
    const data = openData(m) as Record<string, { id: string }[]>;
    expect(data['officer-decisions.json'].map((d) => d.id)).toEqual(['od-2023-001']);
    const all = data['decisions.json'] as unknown as Record<string, unknown>[];
    expect(all.find((d) => d.id === 'od-2023-001')).toMatchObject({
      officerDecision: true,
      delegation: {
        id: 'tb-contract-extensions',
        body: 'test-board',
        power: 'To extend contracts funded from the Test Fund, up to 100,000 pounds in each case',
        holder: 'sam-varga-test',
        source: 'Terms of reference, paragraph 4.2',
      },
      retainedUntil: '2029-06-04',
      callIn: { applies: false, status: 'not-applicable' },
    });
    expect(all.find((d) => d.id === 'jcb-2023-002')).toMatchObject({
      officerDecision: false,
      delegation: null,
      retainedUntil: null,
    });
    expect(bodyRecords(m)[0].delegations[1]).toEqual({
      id: 'tb-urgent-carers-grants',
      power: "To award urgent grants to carers' groups between meetings",
      holder: 'cllr-alex-test',
      from: '2019-04-01',
      until: '2023-03-31',
      source: null,
      current: false,
      decisions: [],
    });
    expect(personRecords(m).find((p) => p.id === 'sam-varga-test')).toMatchObject({ kind: 'officer', ward: null });
  });

  it('writes officer-decisions.json and .csv, checked against their schema, and lists them and the feed in index.json', () => {
    const files = dataFiles(m);
    const paths = files.map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'data/officer-decisions.json',
        'data/officer-decisions.csv',
        'data/schema/officer-decisions.schema.json',
      ]),
    );
    const csv = files.find((f) => f.path === 'data/officer-decisions.csv')!.text!;
    expect(csv.split('\r\n')[0]).toMatch(
      /,officerDecision,delegation\.id,delegation\.body,delegation\.power,delegation\.holder,delegation\.source,retainedUntil(,|$)/,
    );
    const index = JSON.parse(files.find((f) => f.path === 'data/index.json')!.text!) as {
      files: { path: string; records: number | null }[];
    };
    expect(index.files).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'data/officer-decisions.json', records: 1 }),
        expect.objectContaining({ path: 'data/officer-decisions.csv', records: 1 }),
        expect.objectContaining({ path: 'feeds/officer-decisions.xml', records: 1 }),
      ]),
    );
  });

  it('has a feed of officer decisions dated by publication', () => {
    const feed = feeds(m).find((f) => f.name === 'officer-decisions')!;
    expect(feed.href).toBe('/board/officer-decisions/');
    expect(feed.items).toEqual([
      expect.objectContaining({
        id: 'od-2023-001',
        published: '2023-06-06',
        category: 'Officer decision',
        description: expect.stringContaining(
          'by Sam Varga-Test on Monday 5 June 2023. Under delegated powers: To extend contracts',
        ),
      }),
    ]);
  });

  it('indexes the officer decision as its own type, under the board that delegated the power', () => {
    expect(searchEntry(m, od.href)!.filters).toMatchObject({
      Type: ['Officer decision'],
      'Board or committee': [board.name],
    });
    expect(searchEntry(m, m.decisions.find((d) => d.id === 'jcb-2023-002')!.href)!.type).toBe('Decision');
  });

  it('puts the register of officer decisions and the registers in the sitemap', () => {
    expect(sitemapPaths(m)).toEqual(expect.arrayContaining(['/board/officer-decisions/', '/board/registers/']));
  });
});

describe('the canary fixture', () => {
  const m = load(join(fixtures, 'canary'), '2024-06-10');
  it('keeps draft and embargoed officer decisions out of the model, its powers and its feeds', () => {
    expect(m.decisions.some((d) => d.officerDecision)).toBe(false);
    expect(m.bodies[0].delegations[0].decisions).toEqual([]);
    expect(feeds(m).find((f) => f.name === 'officer-decisions')!.items).toEqual([]);
    expect(JSON.stringify(openData(m))).not.toMatch(/CANARY-/);
  });
  it('publishes the embargoed one on its day, under its power', () => {
    const later = load(join(fixtures, 'canary'), '2099-01-01');
    expect(later.bodies[0].delegations[0].decisions.map((d) => d.id)).toEqual(['jcb-2024-010']);
  });
});

describe('the sample content', () => {
  const m = load(join(import.meta.dirname, '..', '..', 'content'), '2026-11-22');
  it('has three officer decisions under the two powers of the Joint Commissioning Board', () => {
    const jcb = m.bodies.find((b) => b.id === 'joint-commissioning-board')!;
    expect(jcb.delegations.map((d) => [d.id, d.holder.id, d.decisions.map((x) => x.id)])).toEqual([
      ['jcb-contract-extensions', 'hollis-varney', ['od-2025-002', 'od-2024-001']],
      ['jcb-bcf-returns', 'jo-whitcombe', ['od-2025-001']],
    ]);
    expect(officerDecisionsByYear(m).map(([y, list]) => [y, list.map((d) => d.id)])).toEqual([
      ['2025', ['od-2025-002', 'od-2025-001']],
      ['2024', ['od-2024-001']],
    ]);
    for (const [y, list] of officerDecisionsByYear(m))
      for (const d of list) expect(d.callIn.status, `${y} ${d.id}`).toBe('not-applicable');
  });
});
