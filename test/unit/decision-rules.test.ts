// The decision rules in the domain, without Astro: which rules are in force, whether call-in
// applies and why not, and which notice route a decision took.
import { describe, expect, it } from 'vitest';
import { bodyCalendarRules, rulesFor } from '../../src/domain/rules.ts';
import { assessCallIn } from '../../src/domain/call-in.ts';
import { decisionNotice } from '../../src/domain/notice.ts';
import { workingCalendar } from '../../src/domain/working-days.ts';
import type { Body, Decision, Partner } from '../../src/schemas/index.ts';

const cal = workingCalendar();
const partners = new Map<string, Partner>([
  ['council', { id: 'council', name: 'Test Council', kind: 'local-authority' }],
  ['icb', { id: 'icb', name: 'NHS Test ICB', kind: 'nhs-commissioner' }],
]);
const body = (over: Partial<Body> = {}) =>
  ({
    name: 'Board',
    kind: 'joint-committee',
    partners: ['council', 'icb'],
    meetsInPublic: true,
    decides: 'delegated',
    voting: 'consensus',
    castingVote: 'chair',
    rules: {},
    quorum: [],
    members: [],
    ...over,
  }) as Body;
const decision = (over: Partial<Decision> = {}) =>
  ({
    title: 'T',
    decisionMaker: 'board',
    madeBy: [],
    made: '2024-03-27',
    published: '2024-03-28',
    key: true,
    outcome: 'approved',
    wards: [],
    declarations: [],
    documents: [],
    draft: false,
    ...over,
  }) as Decision;

describe('rulesFor', () => {
  it('takes the body’s rule, then the site’s, then the default', () => {
    expect(rulesFor({}).agendaPublication).toEqual({ clearDays: 5, count: 'working' });
    expect(rulesFor({ agendaPublication: { clearDays: 4, count: 'working' } }).agendaPublication.clearDays).toBe(4);
    expect(
      rulesFor(
        { agendaPublication: { clearDays: 4, count: 'working' } },
        { agendaPublication: { clearDays: 3, count: 'calendar' } },
      ).agendaPublication,
    ).toEqual({ clearDays: 3, count: 'calendar' });
    expect(rulesFor({ callIn: { workingDays: 10 } }, { callIn: { closesAt: '13:00' } }).callIn).toMatchObject({
      workingDays: 10,
      closesAt: '13:00',
      countFrom: 'publication',
    });
  });
});

describe('assessCallIn', () => {
  const assess = (d: Decision, b: Body | undefined = body(), rule = rulesFor({}).callIn) =>
    assessCallIn(d, b, rule, cal, '2024-04-02', undefined, partners);
  it('counts the window across Easter and reports the holidays crossed', () => {
    const c = assess(decision());
    expect(c).toMatchObject({ applies: true, status: 'open' });
    expect(c.window!.lastDay).toBe('2024-04-08');
    expect(c.holidays.map((h) => h.name)).toEqual(['Good Friday', 'Easter Monday']);
  });
  it('says why call-in does not apply', () => {
    expect(assess(decision(), body({ partners: ['icb'] })).reason).toBe(
      'An NHS decision is not subject to a council’s call-in.',
    );
    expect(assess(decision(), body({ decides: 'advisory' })).reason).toBe(
      'The body advises; the partners make the decisions.',
    );
    expect(assess(decision({ outcome: 'noted' })).reason).toBe('The matter was noted; nothing was decided.');
    expect(assess(decision({ key: false }), body(), { ...rulesFor({}).callIn, appliesTo: 'key' }).status).toBe(
      'not-applicable',
    );
    expect(
      assess(
        decision({
          urgency: {
            kind: 'special-urgency',
            agreedBy: 'Chair of scrutiny',
            agreed: '2024-03-26',
            reason: 'Contract ends.',
            callInExempt: true,
          },
        }),
      ).reason,
    ).toBe('Contract ends. Agreed by Chair of scrutiny on Tuesday 26 March 2024.');
  });
});

describe('decisionNotice', () => {
  const rules = rulesFor({});
  it('names the route a decision took and whether it met its period', () => {
    expect(decisionNotice(decision({ key: false }), undefined, rules, cal)).toEqual({
      route: 'not-required',
      met: true,
    });
    expect(decisionNotice(decision(), undefined, rules, cal)).toEqual({ route: 'none', met: false });
    expect(decisionNotice(decision(), { published: '2024-02-01' } as never, rules, cal)).toMatchObject({
      route: 'forward-plan',
      met: true,
    });
    expect(
      decisionNotice(
        decision({ urgency: { kind: 'general-exception', noticePublished: '2024-03-25', callInExempt: false } }),
        undefined,
        rules,
        cal,
      ),
    ).toMatchObject({ route: 'general-exception', met: false });
  });
});

describe('bodyCalendarRules', () => {
  it("adds a body's closure days and holidays to the site's, and leaves a body without any on the site's calendar", () => {
    const site = { closureDays: ['2024-12-27'], extraBankHolidays: ['2024-05-08'] };
    expect(bodyCalendarRules(site, {})).toBeUndefined();
    expect(bodyCalendarRules(site, undefined)).toBeUndefined();
    expect(bodyCalendarRules(site, { closureDays: ['2024-12-30'] })).toEqual({
      closureDays: ['2024-12-27', '2024-12-30'],
      extraBankHolidays: ['2024-05-08'],
    });
    expect(bodyCalendarRules({}, { extraBankHolidays: ['2024-06-03'] })).toEqual({
      closureDays: [],
      extraBankHolidays: ['2024-06-03'],
    });
  });
});
