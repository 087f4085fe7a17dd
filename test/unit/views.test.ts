// Views over the public model: what each page selects, groups and orders, on hand-built
// inputs and on the models of the sample site and fixtures.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkContentRoot } from '../../src/publication/load.ts';
import { buildPublicModel } from '../../src/publication/model.ts';
import type { Content } from '../../src/domain/content.ts';
import type { PublicModel } from '../../src/publication/types.ts';
import { parseBudgetTable } from '../../src/domain/budget.ts';
import type { ChartSpec } from '../../src/publication/charts.ts';
import {
  bodyFacts,
  bodyMeetings,
  calendarHref,
  decisionsTakenBy,
  forwardPlanFacts,
  groupBy,
  hasAttendance,
  isNotFoundPath,
  pageSection,
  personFacts,
  plannedByMonth,
  schemaFile,
  settledForwardPlan,
  subscribableCalendars,
  timelineEventHref,
  transparencyByYear,
  transparencyLink,
  transparencyRows,
  transparencySummary,
  transparencyYears,
  HOME_DECISIONS,
  HOME_MEETINGS,
  RECENTLY_CLOSED_DAYS,
  attendanceInOrder,
  headlineFundYear,
  itemDeclarations,
  latestDecisions,
  meetingFacts,
  nextMeetings,
  pastMeetings,
  upcomingMeetings,
  budgetTableColumns,
  callInReminderHref,
  calledInDecisions,
  decisionFacts,
  exemptFromCallIn,
  hasCallInReminder,
  openCallIns,
  openWindowEnds,
  recentlyClosedCallIns,
  workingDaysLeft,
  budgetTableSections,
  chartHeight,
  fundFacts,
  fundPartners,
  fundYearCharts,
  fundPageYear,
  fundYearLinks,
  fundYearPages,
  fundYearsNewestFirst,
  latestFundYear,
} from '../../src/publication/views.ts';

const repo = join(import.meta.dirname, '..', '..');
const models = new Map<string, PublicModel>();
const model = (root: string, buildDate = '2024-06-10') => {
  const key = `${root}@${buildDate}`;
  if (!models.has(key))
    models.set(key, buildPublicModel(checkContentRoot(join(repo, root)).content as Content, { buildDate }));
  return models.get(key)!;
};
const sample = () => model('content');

describe('budget views', () => {
  const table = (header: string[], rows: string[][]) =>
    parseBudgetTable(header, rows, 'pounds', new Set(['a', 'b']), new Set(['a', 'b'])).table;

  it('show pooled lines first and aligned lines apart, each with their own totals and outturn', () => {
    const t = table(
      ['scheme', 'kind', 'a', 'b', 'budget', 'outturn'],
      [
        ['Y', 'aligned', '5', '0', '5', '6'],
        ['X', 'pooled', '10', '20', '30', '27'],
      ],
    );
    const [pooled, aligned, ...rest] = budgetTableSections(t);
    expect(rest).toEqual([]);
    expect(pooled).toMatchObject({
      heading: undefined,
      totalLabel: 'Total pooled',
      totals: { a: 10, b: 20, total: 30 },
    });
    expect(pooled.lines.map((l) => l.scheme)).toEqual(['X']);
    expect(pooled.outturn).toEqual({ budget: 30, outturn: 27, variance: { amount: -3, percent: -10 } });
    expect(aligned).toMatchObject({
      heading: 'Aligned budgets (each partner keeps its own budget; not part of the pooled fund)',
      totalLabel: 'Total aligned',
      totals: { a: 5, b: 0, total: 5 },
      outturn: { budget: 5, outturn: 6, variance: { amount: 1, percent: 20 } },
    });
    // Every line budgets its contributions, so budget and total share a column.
    expect(budgetTableColumns(t)).toEqual({ count: 6, totalHeading: 'Total budget', budget: false, outturn: true });
  });

  it('give budget a column of its own when any line budgets other than its contributions', () => {
    const t = table(
      ['scheme', 'a', 'b', 'budget', 'outturn'],
      [
        ['X', '10', '20', '30', '27'],
        ['Y', '5', '0', '4', '6'],
      ],
    );
    expect(budgetTableColumns(t)).toEqual({ count: 7, totalHeading: 'Total', budget: true, outturn: true });
  });

  it('have no pooled section, and so no "Total pooled £0", when every line is aligned', () => {
    const t = table(['scheme', 'kind', 'a', 'b'], [['Y', 'aligned', '5', '0']]);
    expect(budgetTableSections(t).map((s) => [s.totalLabel, s.heading])).toEqual([
      ['Total aligned', 'Aligned budgets (each partner keeps its own budget)'],
    ]);
  });

  it('have no aligned section without aligned lines, and no outturn columns without outturn', () => {
    const t = table(['scheme', 'a', 'b'], [['X', '1', '2']]);
    expect(budgetTableSections(t).map((s) => s.totalLabel)).toEqual(['Total pooled']);
    expect(budgetTableSections(t)[0].outturn).toBeUndefined();
    expect(budgetTableColumns(t)).toEqual({ count: 4, totalHeading: 'Total', budget: false, outturn: false });
  });

  it('list a fund’s years newest first, its latest year and every partner that ever contributed', () => {
    const f = sample().funds.find((x) => x.id === 'better-care-fund')!;
    expect(fundYearsNewestFirst(f).map((y) => y.year)).toEqual([...f.years.map((y) => y.year)].reverse());
    expect(f.years.map((y) => y.year)[0]).toBe('2017-18');
    expect(latestFundYear(f).year).toBe('2026-27');
    // Built on 10 June 2024, the fund's page shows 2024-25 and every other year has its own page.
    expect(fundPageYear(f)).toMatchObject({ year: '2024-25', href: '/jcb/budgets/better-care-fund/' });
    expect(fundYearPages(f).map((y) => y.href)).toEqual([
      '/jcb/budgets/better-care-fund/2017-18/',
      '/jcb/budgets/better-care-fund/2023-24/',
      '/jcb/budgets/better-care-fund/2025-26/',
      '/jcb/budgets/better-care-fund/2026-27/',
    ]);
    expect(fundPartners(f)).toEqual([
      'southampton-city-ccg',
      'southampton-city-council',
      'hampshire-and-isle-of-wight-icb',
    ]);
    expect(fundFacts(f).map((r) => r.key)).toEqual(['Agreement', 'Host partner', 'Pooled fund manager', 'Risk share']);
    expect(fundFacts(f)[1].value).toBe('Southampton City Council');
    expect(fundFacts({ ...f, agreement: undefined, manager: undefined, riskShare: undefined })).toEqual([
      { key: 'Host partner', value: 'Southampton City Council' },
    ]);
  });

  it('link every year from each year, marking the one shown, with the old anchors on the fund’s page', () => {
    const f = sample().funds.find((x) => x.id === 'better-care-fund')!;
    const onFundPage = fundYearLinks(f, fundPageYear(f));
    expect(onFundPage.map((l) => [l.year, l.current, l.anchor])).toEqual([
      ['2026-27', false, 'year-2026-27'],
      ['2025-26', false, 'year-2025-26'],
      ['2024-25', true, undefined],
      ['2023-24', false, 'year-2023-24'],
      ['2017-18', false, 'year-2017-18'],
    ]);
    const onYearPage = fundYearLinks(f, f.years[0]);
    expect(onYearPage.filter((l) => l.current).map((l) => l.href)).toEqual(['/jcb/budgets/better-care-fund/2017-18/']);
    expect(onYearPage.every((l) => l.anchor === undefined)).toBe(true);
  });

  it('draw the scheme and share charts only for a pooled total, and the outturn chart only with outturn', () => {
    const m = sample();
    const f = m.funds.find((x) => x.id === 'better-care-fund')!;
    const withOutturn = f.years.find((y) => y.year === '2024-25')!;
    const plan = f.years.find((y) => y.year === '2025-26')!;
    const c = fundYearCharts(m, f, withOutturn);
    expect(c.scheme?.title).toBe('Contributions by partner for each scheme, 2024-25');
    expect(c.share?.kind).toBe('share');
    expect(c.outturn?.title).toBe('Budget and outturn for each scheme, 2024-25');
    expect(fundYearCharts(m, f, plan).outturn).toBeUndefined();
    const empty = { ...plan, table: { ...plan.table, totals: { total: 0 } } };
    expect(fundYearCharts(m, f, empty)).toEqual({ scheme: undefined, share: undefined, outturn: undefined });
    const onePartner = { ...plan, table: { ...plan.table, partners: plan.table.partners.slice(0, 1) } };
    expect(fundYearCharts(m, f, onePartner).share).toBeUndefined();
  });

  it('give a horizontal chart room for each bar, and a vertical one a fixed height', () => {
    const spec = (kind: ChartSpec['kind'], horizontal: boolean, n: number): ChartSpec => ({
      kind,
      horizontal,
      labels: Array(n).fill('x'),
      datasets: [],
      summary: '',
      title: '',
    });
    expect(chartHeight(spec('stacked', true, 10))).toBe(380);
    expect(chartHeight(spec('grouped', true, 10))).toBe(520);
    expect(chartHeight(spec('stacked', true, 1))).toBe(120);
    expect(chartHeight(spec('stacked', false, 10))).toBe(320);
  });
});

describe('decision views', () => {
  const decision = (id: string) => sample().decisions.find((d) => d.id === id)!;

  it('set out a decision’s facts in order, leaving out what it does not have', () => {
    const rows = decisionFacts(decision('jcb-2026-003'));
    expect(rows.map((r) => r.key)).toEqual([
      'Reference',
      'Decision maker',
      'Date of decision',
      'Record published',
      'Key decision',
      'Meeting',
      'Forward plan notice',
      'Vote',
      'Spending',
      'Wards affected',
    ]);
    expect(rows.find((r) => r.key === 'Meeting')).toMatchObject({
      value: expect.stringMatching(/, item 5$/),
      href: expect.stringMatching(/\/meetings\/2026-11-19-joint-commissioning-board\/#item-5$/),
    });
    expect(rows.find((r) => r.key === 'Spending')).toEqual({
      key: 'Spending',
      value: '£1,720,000 from Better Care Fund pooled budget, Joint Equipment Store scheme',
      href: expect.stringMatching(/\/budgets\/better-care-fund\/#scheme-joint-equipment-store$/),
    });
    expect(rows.find((r) => r.key === 'Vote')!.value).toBe('Show of hands, 5 for, 0 against, 0 abstained');
  });

  it('name the members who made a delegated decision, and the urgency route of one not on the forward plan', () => {
    const delegated = decisionFacts(decision('jcb-2021-003')).find((r) => r.key === 'Made by')!;
    expect(delegated.links).toHaveLength(6);
    expect(delegated.after).toBe('(members exercising delegated authority)');
    const urgent = decisionFacts(decision('jcb-2022-004'));
    expect(urgent.find((r) => r.key === 'Notice')!.value).toMatch(/^General exception: notice published /);
    expect(urgent.some((r) => r.key === 'Forward plan notice')).toBe(false);
  });

  it('list called-in and exempt decisions', () => {
    expect(calledInDecisions(sample()).map((d) => d.id)).toEqual(['jcb-2019-002']);
    expect(exemptFromCallIn(sample()).map((d) => d.id)).toEqual(['jcb-2020-001']);
  });

  it('list open windows closing soonest first, and windows closed in the last 60 days newest first', () => {
    const m = model('content', '2026-07-20');
    const open = openCallIns(m);
    expect(open.map((d) => [d.id, d.callIn.window!.lastDay])).toEqual([
      ['jcb-2026-002', '2026-07-24'],
      ['jcb-2026-004', '2026-11-27'],
      ['jcb-2026-003', '2026-11-27'],
    ]);
    // Monday 20 to Friday 24 July, counting the build date.
    expect(workingDaysLeft(m, open[0])).toBe(5);
    expect(openWindowEnds(open[0])).toBe('2026-07-25T00:00');
    expect(RECENTLY_CLOSED_DAYS).toBe(60);
    expect(recentlyClosedCallIns(m)).toEqual([]);
    expect(recentlyClosedCallIns(m, 200).map((d) => d.id)).toEqual(['jcb-2026-001']);
    const later = model('content', '2023-12-01');
    expect(recentlyClosedCallIns(later).map((d) => d.id)).toEqual(['jcb-2023-003']);
    expect(recentlyClosedCallIns(later, 200).map((d) => d.id)).toEqual(['jcb-2023-003', 'jcb-2023-002']);
  });

  it('offer a call-in reminder only for a window that applies', () => {
    const open = decision('jcb-2024-002');
    expect(hasCallInReminder(open)).toBe(true);
    expect(callInReminderHref(open)).toBe(`${open.href}call-in.ics`);
    expect(hasCallInReminder(decision('jcb-2020-001'))).toBe(false);
    expect(callInReminderHref(decision('jcb-2019-005'))).toBeUndefined();
    expect(openWindowEnds(decision('jcb-2019-001'))).toBeUndefined();
  });
});

describe('meeting views', () => {
  const meeting = (id: string) => sample().meetings.find((x) => x.id === id)!;

  it('set out a meeting’s facts, with its notices and minutes', () => {
    const rows = meetingFacts(meeting('2024-03-14-joint-commissioning-board'));
    expect(rows.map((r) => r.key)).toEqual([
      'Reference',
      'Meeting of',
      'Date and time',
      'Venue',
      'Agenda published',
      'Notice of private meeting',
      'Webcast',
      'Minutes',
    ]);
    expect(rows.find((r) => r.key === 'Notice of private meeting')!.value).toBe(
      'First notice published Friday 8 December 2023, 96 clear days before the meeting; 28 required (met); further notice published Wednesday 6 March 2024, 5 clear working days before the meeting; 5 required (met)',
    );
    expect(rows.find((r) => r.key === 'Webcast')).toEqual({
      key: 'Webcast',
      value: 'Watch the webcast',
      href: 'https://webcasts.example.org/jcb/2024-03-14',
    });
    const minutes = meetingFacts(meeting('2019-01-24-joint-commissioning-board')).at(-1)!;
    expect(minutes).toEqual({
      key: 'Minutes',
      value: 'Approved at Joint Commissioning Board, 14 March 2019',
      href: meeting('2019-03-14-joint-commissioning-board').href,
    });
  });

  it('leave out the agenda row of a meeting without an agenda, and say its minutes do not apply', () => {
    const rows = meetingFacts(meeting('2027-02-11-joint-commissioning-board'));
    expect(rows.map((r) => r.key)).toEqual(['Reference', 'Meeting of', 'Date and time', 'Venue', 'Webcast', 'Minutes']);
    expect(rows.at(-1)).toEqual({ key: 'Minutes', value: 'Not applicable', href: undefined });
  });

  it('list members present and substitutes before apologies and absences, each in recorded order', () => {
    const x = meeting('2020-07-23-joint-commissioning-board');
    expect(x.attendance.map((a) => a.status[0]).join('')).toBe('pppppas');
    const ordered = attendanceInOrder(x);
    expect(ordered.map((a) => a.status[0]).join('')).toBe('pppppsa');
    expect(ordered.slice(0, 5)).toEqual(x.attendance.slice(0, 5));
    expect(new Set(ordered)).toEqual(new Set(x.attendance));
  });

  it('find the declarations made on an agenda item', () => {
    const x = meeting('2019-01-24-joint-commissioning-board');
    expect(itemDeclarations(x, '5').map((d) => d.person.title)).toEqual(['Dr Maya Lindfield']);
    expect(itemDeclarations(x, '6')).toEqual([]);
  });

  it('give the home page the next meetings, the latest decisions and the newest fund year', () => {
    const m = sample();
    expect(HOME_MEETINGS).toBe(3);
    expect(HOME_DECISIONS).toBe(5);
    expect(upcomingMeetings(m).map((x) => x.id)).toEqual([
      '2026-12-17-joint-commissioning-board',
      '2027-02-11-joint-commissioning-board',
      '2027-03-18-joint-commissioning-board',
    ]);
    expect(nextMeetings(m, 2).map((x) => x.id)).toEqual(
      upcomingMeetings(m)
        .slice(0, 2)
        .map((x) => x.id),
    );
    expect(nextMeetings(m)).toHaveLength(3);
    expect(pastMeetings(m)[0].id).toBe('2026-11-19-joint-commissioning-board');
    expect(pastMeetings(m).at(-1)!.id).toBe('2017-07-18-scc-cabinet');
    expect(latestDecisions(m).map((d) => d.id)).toEqual([
      'jcb-2026-004',
      'jcb-2026-003',
      'jcb-2026-002',
      'jcb-2026-001',
      'jcb-2025-003',
    ]);
    expect(headlineFundYear(m)).toMatchObject({ fund: { id: 'better-care-fund' }, year: { year: '2026-27' } });
    expect(headlineFundYear({ ...m, funds: [] })).toBeUndefined();
  });
});

describe('forward plan views', () => {
  it('group planned entries by the month expected, and list the rest by status, decided newest first', () => {
    const m = sample();
    expect(plannedByMonth(m).map((x) => [x.month, x.title, x.entries.map((f) => f.id)])).toEqual([
      ['2026-12', 'December 2026', ['fp-2026-005']],
      ['2027-02', 'February 2027', ['fp-2026-006', 'fp-2026-007']],
      ['2027-03', 'March 2027', ['fp-2026-008']],
    ]);
    const settled = settledForwardPlan(m);
    expect(settled.map((x) => x.status)).toEqual(['decided', 'deferred', 'withdrawn']);
    expect(settled[0].entries[0].id).toBe('fp-2026-003');
    expect(settled[0].entries.at(-1)!.id).toBe('fp-2017-001');
    expect(settled[1].entries.map((f) => f.id)).toEqual(['fp-2019-002', 'fp-2026-004']);
    expect(settled[2].entries.map((f) => f.id)).toEqual(['fp-2024-001']);
  });

  it('set out an entry’s facts, with the expected period and the decision it led to', () => {
    const m = sample();
    const period = forwardPlanFacts(m.forwardPlan.find((f) => f.id === 'fp-2026-008')!);
    expect(period.find((r) => r.key === 'Expected decision date')!.value).toBe(
      'Monday 1 March 2027 to Wednesday 31 March 2027',
    );
    expect(period.find((r) => r.key === 'Notice of')!.value).toBe('A key decision');
    expect(period.find((r) => r.key === 'Notice')!.value).toMatch(
      / before the expected date; 28 required \((not )?met\)$/,
    );
    expect(period.some((r) => r.key === 'Decision')).toBe(false);
    const decided = forwardPlanFacts(m.forwardPlan.find((f) => f.id === 'fp-2018-001')!);
    expect(decided.find((r) => r.key === 'Decision')).toMatchObject({ href: m.urls.decision('jcb-2018-002') });
    expect(decided.find((r) => r.key === 'Notice')!.value).toMatch(/ before the decision; 28 required/);
  });
});

describe('board and people views', () => {
  const m = () => sample();

  it('list a board’s meetings newest first, and only its own', () => {
    const jcb = m().bodies.find((b) => b.id === 'joint-commissioning-board')!;
    const meetings = bodyMeetings(m(), jcb);
    expect(meetings).toHaveLength(28);
    expect(meetings[0].id).toBe('2027-03-18-joint-commissioning-board');
    expect(meetings.every((x) => x.body.id === jcb.id)).toBe(true);
    expect(
      bodyMeetings(
        m(),
        m().bodies.find((b) => b.id === 'health-and-wellbeing-board')!,
      ),
    ).toEqual([]);
  });

  it('set out a board’s facts', () => {
    expect(bodyFacts(m().bodies.find((b) => b.id === 'scc-cabinet')!)).toEqual([
      { key: 'Kind', value: 'Cabinet' },
      { key: 'Partners', value: 'Southampton City Council' },
      { key: 'Decides', value: 'Makes decisions under delegated authority' },
      { key: 'Decides for', value: 'Southampton City Council' },
      { key: 'Voting', value: 'By majority; the chair has a casting vote' },
      { key: 'Meets in public', value: 'Yes' },
    ]);
    const hwb = bodyFacts(m().bodies.find((b) => b.id === 'health-and-wellbeing-board')!);
    expect(hwb.find((r) => r.key === 'Decides for')!.value).toBe('None: recommendations go to each partner');
  });

  it('set out a person’s facts, their decisions and whether they have attendance to show', () => {
    const person = (id: string) => m().people.find((p) => p.id === id)!;
    expect(personFacts(person('kerry-ashdown'))).toEqual([
      { key: 'Role', value: 'Democratic Support Officer' },
      { key: 'Organisation', value: 'Southampton City Council' },
    ]);
    expect(decisionsTakenBy(m(), person('cllr-alex-marsh')).map((d) => d.id)).toEqual(['jcb-2021-003', 'jcb-2020-001']);
    expect(decisionsTakenBy(m(), person('cllr-nadia-fairbrook'))).toEqual([]);
    expect(hasAttendance(person('cllr-owen-tressider'))).toBe(true);
    expect(hasAttendance(person('kerry-ashdown'))).toBe(false);
  });
});

describe('transparency views', () => {
  it('count each year’s notices and records as rows, each with the list it counts', () => {
    const y = transparencyByYear(sample()).find((x) => x.year === '2022')!;
    expect(transparencyRows(y).map((r) => [r.label, r.items.length, r.of.length])).toEqual([
      ['Key decisions with full notice on the forward plan', 1, 2],
      ['Key decisions on the forward plan with short notice', 0, 2],
      ['Key decisions under general exception', 1, 2],
      ['Key decisions under special urgency', 0, 2],
      ['Key decisions without notice', 0, 2],
      ['Agendas published on time', 3, 3],
      ['Decision records published within target', 4, 4],
      ['Decisions called in', 0, 4],
    ]);
    expect(transparencyByYear(sample()).map((x) => x.year)).toEqual([
      '2026',
      '2025',
      '2024',
      '2023',
      '2022',
      '2021',
      '2020',
      '2019',
      '2018',
      '2017',
    ]);
  });

  it('sum up every year in one table: a row a year, newest first, linking to its page, with the counts of its rows', () => {
    const m = sample();
    const summary = transparencySummary(m);
    expect(summary.groups).toEqual([
      { heading: 'Decisions', span: 3 },
      { heading: 'Key decisions', span: 6 },
      { heading: 'Agendas', span: 2 },
      { heading: 'Statutory duties', span: 6 },
    ]);
    expect(summary.columns).toEqual([
      'All',
      'Record on time',
      'Called in',
      'All',
      'Full notice',
      'Short notice',
      'General exception',
      'Special urgency',
      'No notice',
      'Published',
      'On time',
      'Applied',
      'Met',
      'Late',
      'Not met',
      'Not recorded',
      'Not yet due',
    ]);
    expect(summary.rows.map((r) => r.year)).toEqual(transparencyByYear(m).map((y) => y.year));
    const row = summary.rows.find((r) => r.year === '2022')!;
    expect(row.href).toBe('/jcb/transparency/2022/');
    // Decisions 4, of which 4 recorded on time and none called in; key decisions 2: one with
    // full notice, one under general exception; 3 agendas, all on time; then the year's duties.
    expect(row.counts.slice(0, 11)).toEqual([4, 4, 0, 2, 1, 0, 1, 0, 0, 3, 3]);
    const d = transparencyByYear(m).find((y) => y.year === '2022')!.duties;
    expect(row.counts.slice(11)).toEqual([d.applied, d.met, d.late, d.missed, d['not-recorded'], d.pending]);
    expect(d.applied).toBe(d.met + d.late + d.missed + d['not-recorded'] + d.pending);
    expect(d.late + d.missed).toBe(0);
    // Each count is one of the year page's rows, or what that row counts.
    for (const y of transparencyByYear(m)) {
      const rows = transparencyRows(y).map((r) => r.items.length);
      const [all, onTime, calledIn, key, full, short, exception, urgency, none, agendas, agendasOnTime] =
        summary.rows.find((r) => r.year === y.year)!.counts;
      expect([full, short, exception, urgency, none, agendasOnTime, onTime, calledIn], y.year).toEqual(rows);
      expect([all, key, agendas], y.year).toEqual([y.records.length, y.keyDecisions.length, y.agendas.length]);
    }
  });

  it('give each year its page, with the years either side', () => {
    const years = transparencyYears(sample());
    expect(years.map((y) => y.figures.year)).toEqual(transparencyByYear(sample()).map((y) => y.year));
    const at = (year: string) => years.find((y) => y.figures.year === year)!;
    expect(at('2022')).toMatchObject({
      earlier: { year: '2021', href: '/jcb/transparency/2021/' },
      later: { year: '2023', href: '/jcb/transparency/2023/' },
    });
    expect(at('2026').later).toBeUndefined();
    expect(at('2017').earlier).toBeUndefined();
  });

  it('name a decision with its reference, and a meeting by its title', () => {
    const m = sample();
    const d = m.decisions.find((x) => x.id === 'jcb-2022-004')!;
    expect(transparencyLink(d)).toEqual({ href: d.href, title: `jcb-2022-004: ${d.title}` });
    expect(transparencyLink(m.meetings[0])).toEqual({ href: m.meetings[0].href, title: m.meetings[0].title });
  });
});

describe('site views', () => {
  it('list every calendar with its link and the address to subscribe to', () => {
    const m = sample();
    const calendars = subscribableCalendars(m);
    expect(calendars.map((c) => c.href)).toEqual([
      '/jcb/calendar/meetings.ics',
      ...m.bodies.map((b) => `/jcb/calendar/${b.id}.ics`),
      '/jcb/calendar/call-in.ics',
      '/jcb/calendar/forward-plan.ics',
    ]);
    expect(calendars[0]).toMatchObject({
      address: 'https://democracy.example.org/jcb/calendar/meetings.ics',
      title: 'All meetings',
    });
    expect(calendars.find((c) => c.title === 'Cabinet meetings')!.text).toBe('Meetings of the Cabinet only.');
    expect(calendarHref(m, 'call-in')).toBe('/jcb/calendar/call-in.ics');
  });

  it('name schemas, the not-found page, timeline links and the about page’s section', () => {
    expect(schemaFile('forward-plan.json')).toBe('schema/forward-plan.schema.json');
    expect(isNotFoundPath('/jcb/404.html')).toBe(true);
    expect(isNotFoundPath('/jcb/404/')).toBe(true);
    expect(isNotFoundPath('/jcb/404')).toBe(true);
    expect(isNotFoundPath('/jcb/decisions/jcb-404/')).toBe(false);
    const e = { date: '2024-03-14', label: 'Decision made', future: false };
    expect(timelineEventHref({ ...e, href: '/jcb/decisions/a/#call-in' }, '/jcb/decisions/a/')).toBeUndefined();
    expect(timelineEventHref({ ...e, href: '/jcb/forward-plan/b/' }, '/jcb/decisions/a/')).toBe('/jcb/forward-plan/b/');
    expect(timelineEventHref(e, '/jcb/decisions/a/')).toBeUndefined();
    expect(pageSection({ id: 'about', href: '/about/', title: 'About' })).toBe('about');
    expect(pageSection({ id: 'privacy', href: '/privacy/', title: 'Privacy' })).toBeUndefined();
  });

  it('group in first-seen order', () => {
    expect(groupBy(['b1', 'a1', 'b2'], (s) => s[0])).toEqual([
      ['b', ['b1', 'b2']],
      ['a', ['a1']],
    ]);
  });
});
