/** Read-only views over the public model: what each page selects, groups and orders, and the rows it shows. */
import type {
  PublicBody,
  PublicDecision,
  PublicForwardPlanEntry,
  PublicFund,
  PublicFundYear,
  PublicMeeting,
  PublicModel,
  PublicPage,
  PublicPerson,
} from './types.ts';
import type { BudgetTable, Outturn, SchemeLine } from '../domain/budget.ts';
import { addDays, formatDate } from '../domain/dates.ts';
import { outturnChart, schemeChart, shareChart, type ChartSpec } from './charts.ts';
import type { MatterEvent } from './timeline.ts';
import { absoluteUrl } from './urls.ts';
import {
  agendaNoticeSentence,
  forwardPlanNoticeSentence,
  keyDecisionText,
  minutesText,
  noticeRouteText,
  privateNoticeSentence,
} from './explain.ts';
import {
  bodyDecidesLabel,
  bodyKindLabel,
  decidesForText,
  expectedWhen,
  forwardPlanKindLabel,
  meetingItemText,
  meetingWhen,
  monthName,
  partnerNames,
  spendText,
  voteText,
  votingText,
  wardsText,
  yesNo,
} from './labels.ts';

/** One row of a page's summary list of facts. */
export interface SummaryRow {
  key: string;
  /** Plain text; escaped. */
  value?: string;
  /** A list of links, e.g. the members who made a decision; wins over value. */
  links?: { title: string; href: string }[];
  /** Plain text after the links. */
  after?: string;
  /** Makes the value a link. */
  href?: string;
}

/** Groups in first-seen order. */
export function groupBy<T>(list: T[], key: (t: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const t of list) {
    const k = key(t);
    groups.set(k, [...(groups.get(k) ?? []), t]);
  }
  return [...groups];
}

export function upcomingMeetings(m: PublicModel): PublicMeeting[] {
  return m.meetings.filter((x) => x.upcoming);
}

/** How many upcoming meetings, and how many of the latest decisions, the home page lists. */
export const HOME_MEETINGS = 3;
export const HOME_DECISIONS = 5;

/** The next few upcoming meetings, soonest first. */
export function nextMeetings(m: PublicModel, n = HOME_MEETINGS): PublicMeeting[] {
  return upcomingMeetings(m).slice(0, n);
}

/** The latest few decisions, newest first. */
export function latestDecisions(m: PublicModel, n = HOME_DECISIONS): PublicDecision[] {
  return m.decisions.slice(0, n);
}

/** The most recent year of any fund, for the home page's headline; the first fund listed wins a tie. */
export function headlineFundYear(m: PublicModel): { fund: PublicFund; year: PublicFundYear } | undefined {
  return m.funds
    .flatMap((f) => f.years.map((y) => ({ fund: f, year: y })))
    .sort((a, b) => b.year.year.localeCompare(a.year.year))[0];
}

/** The facts at the head of a meeting's page. */
export function meetingFacts(x: PublicMeeting): SummaryRow[] {
  return [
    { key: 'Reference', value: x.id },
    { key: 'Board', value: x.body.title, href: x.body.href },
    { key: 'Date and time', value: meetingWhen(x) },
    { key: 'Venue', value: x.venue },
    ...(x.agendaNotice ? [{ key: 'Agenda published', value: agendaNoticeSentence(x.agendaNotice) }] : []),
    ...(x.privateNotices ? [{ key: 'Notice of private meeting', value: privateNoticeSentence(x.privateNotices) }] : []),
    ...(x.webcast ? [{ key: 'Webcast', value: 'Watch the webcast', href: x.webcast }] : []),
    { key: 'Minutes', value: minutesText(x), href: x.minutes?.approvedAt?.href },
  ];
}

/** Attendance as the meeting page lists it: members present (or substituting) first, then apologies and absences. */
export function attendanceInOrder(x: PublicMeeting): PublicMeeting['attendance'] {
  return [
    ...x.attendance.filter((a) => a.status === 'present' || a.status === 'substitute'),
    ...x.attendance.filter((a) => a.status === 'apologies' || a.status === 'absent'),
  ];
}

/** The declarations made on one agenda item. */
export function itemDeclarations(x: PublicMeeting, item: string): PublicMeeting['declarations'] {
  return x.declarations.filter((d) => d.item === item);
}

/** Past and cancelled meetings, newest first. */
export function pastMeetings(m: PublicModel): PublicMeeting[] {
  return m.meetings.filter((x) => !x.upcoming).reverse();
}

/** Decisions whose call-in window is open at the build date, closing soonest first. */
export function openCallIns(m: PublicModel): PublicDecision[] {
  return m.decisions
    .filter((d) => d.callIn.status === 'open')
    .sort((a, b) => a.callIn.window!.lastDay.localeCompare(b.callIn.window!.lastDay));
}

export function forwardPlanByStatus(
  m: PublicModel,
): Record<PublicForwardPlanEntry['status'], PublicForwardPlanEntry[]> {
  const out = { planned: [], decided: [], deferred: [], withdrawn: [] } as Record<
    PublicForwardPlanEntry['status'],
    PublicForwardPlanEntry[]
  >;
  for (const f of m.forwardPlan) out[f.status].push(f);
  return out;
}

/** How far back the call-in page lists windows that have closed, in calendar days. */
export const RECENTLY_CLOSED_DAYS = 60;

/** Decisions whose window closed within `days` calendar days before the build date, newest first. */
export function recentlyClosedCallIns(m: PublicModel, days = RECENTLY_CLOSED_DAYS): PublicDecision[] {
  const since = addDays(m.site.buildDate, -days);
  return m.decisions
    .filter((d) => d.callIn.status === 'closed' && d.callIn.window!.lastDay >= since)
    .sort((a, b) => b.callIn.window!.lastDay.localeCompare(a.callIn.window!.lastDay));
}

/** Decisions that have been called in, in the model's order (newest first). */
export function calledInDecisions(m: PublicModel): PublicDecision[] {
  return m.decisions.filter((d) => d.callIn.status === 'called-in');
}

/** Urgent decisions exempt from call-in, in the model's order (newest first). */
export function exemptFromCallIn(m: PublicModel): PublicDecision[] {
  return m.decisions.filter((d) => d.callIn.status === 'exempt');
}

/** Whether a decision has a call-in window to put in a calendar: one that applies and has dates. */
export function hasCallInReminder(d: PublicDecision): boolean {
  return Boolean(d.callIn.applies && d.callIn.window);
}

/** The decision's call-in reminder (an iCalendar file next to its page), if it has one. */
export function callInReminderHref(d: PublicDecision): string | undefined {
  return hasCallInReminder(d) ? `${d.href}call-in.ics` : undefined;
}

/** When an open window ends (for the script that closes it on the reader's clock); nothing once it has closed. */
export function openWindowEnds(d: PublicDecision): string | undefined {
  return d.callIn.status === 'open' ? d.callIn.window?.endsAt : undefined;
}

/** The facts at the head of a decision's page. */
export function decisionFacts(d: PublicDecision): SummaryRow[] {
  return [
    { key: 'Reference', value: d.id },
    { key: 'Decision maker', value: d.decisionMaker.title, href: d.decisionMaker.href },
    ...(d.madeBy.length
      ? [{ key: 'Made by', links: d.madeBy, after: '(members exercising delegated authority)' }]
      : []),
    { key: 'Date of decision', value: formatDate(d.made) },
    { key: 'Record published', value: formatDate(d.published) },
    { key: 'Key decision', value: keyDecisionText(d) },
    ...(d.meeting
      ? [{ key: 'Meeting', value: meetingItemText(d.meeting, d.item), href: d.itemHref ?? d.meeting.href }]
      : []),
    d.forwardPlan
      ? { key: 'Forward plan notice', value: d.forwardPlan.title, href: d.forwardPlan.href }
      : { key: 'Notice', value: noticeRouteText(d) },
    ...(d.urgency?.reason ? [{ key: 'Reason for urgency', value: d.urgency.reason }] : []),
    ...(d.vote ? [{ key: 'Vote', value: voteText(d.vote) }] : []),
    ...(d.spend
      ? [{ key: 'Spending', value: spendText(d.spend), href: d.spend.schemeLink?.href ?? d.spend.fundLink?.href }]
      : []),
    ...(d.wards.length ? [{ key: 'Wards affected', value: wardsText(d.wards) }] : []),
  ];
}

/** Working days left in an open window, counting the build date if it is a working day. */
export function workingDaysLeft(m: PublicModel, d: PublicDecision): number {
  const w = d.callIn.window!;
  let n = 0;
  for (let day = m.site.buildDate; day <= w.lastDay; day = addDays(day, 1)) if (m.calendar.isWorkingDay(day)) n++;
  return n;
}

export interface YearFigures {
  year: string;
  keyDecisions: PublicDecision[];
  byRoute: Record<'forward-plan' | 'general-exception' | 'special-urgency' | 'none', PublicDecision[]>;
  /** Key decisions on the forward plan that were published too late. */
  shortNotice: PublicDecision[];
  agendas: PublicMeeting[];
  agendasOnTime: PublicMeeting[];
  records: PublicDecision[];
  recordsOnTime: PublicDecision[];
  calledIn: PublicDecision[];
}

/** The transparency figures, by calendar year of the decision or meeting, newest first. */
export function transparencyByYear(m: PublicModel): YearFigures[] {
  const years = [
    ...new Set([
      ...m.decisions.map((d) => d.year),
      ...m.meetings.filter((x) => x.status === 'held').map((x) => x.year),
    ]),
  ]
    .sort()
    .reverse();
  return years.map((year) => {
    const decisions = m.decisions.filter((d) => d.year === year);
    const keyDecisions = decisions.filter((d) => d.key);
    const route = (r: string) => keyDecisions.filter((d) => d.notice.route === r);
    const agendas = m.meetings.filter((x) => x.year === year && x.status === 'held' && x.agendaNotice);
    return {
      year,
      keyDecisions,
      byRoute: {
        'forward-plan': route('forward-plan'),
        'general-exception': route('general-exception'),
        'special-urgency': route('special-urgency'),
        none: route('none'),
      },
      shortNotice: keyDecisions.filter((d) => !d.notice.met),
      agendas,
      agendasOnTime: agendas.filter((x) => x.agendaNotice!.met),
      records: decisions,
      recordsOnTime: decisions.filter((d) => d.record.met),
      calledIn: decisions.filter((d) => d.callIn.status === 'called-in'),
    };
  });
}

/** A fund's years, newest first. */
export function fundYearsNewestFirst(f: PublicFund): PublicFundYear[] {
  return [...f.years].reverse();
}

/** The fund's latest year. */
export function latestFundYear(f: PublicFund): PublicFundYear {
  return f.years.at(-1)!;
}

/** Every partner that contributes in any of the fund's years, in first-seen order. */
export function fundPartners(f: PublicFund): string[] {
  return [...new Set(f.years.flatMap((y) => y.table.partners))];
}

/** The facts about a fund shown above its tables. */
export function fundFacts(f: PublicFund): SummaryRow[] {
  return [
    ...(f.agreement ? [{ key: 'Agreement', value: f.agreement }] : []),
    { key: 'Host partner', value: f.host.name },
    ...(f.manager ? [{ key: 'Pooled fund manager', value: f.manager }] : []),
    ...(f.riskShare ? [{ key: 'Risk share', value: f.riskShare }] : []),
  ];
}

/**
 * The charts a fund year has: schemes when anything is pooled, partners' shares when more
 * than one partner pools something, and budget against outturn when the table has both.
 */
export function fundYearCharts(
  m: PublicModel,
  f: PublicFund,
  y: PublicFundYear,
): { scheme?: ChartSpec; share?: ChartSpec; outturn?: ChartSpec } {
  const pooled = y.table.totals.total > 0;
  return {
    scheme: pooled ? schemeChart(m, f, y) : undefined,
    share: pooled && y.table.partners.length > 1 ? shareChart(m, y) : undefined,
    outturn: outturnChart(y),
  };
}

/** The height in pixels a chart is drawn at: horizontal bars grow with the number of labels. */
export function chartHeight(spec: ChartSpec): number {
  return spec.horizontal ? Math.max(120, spec.labels.length * (spec.kind === 'grouped' ? 44 : 30) + 80) : 320;
}

export interface BudgetTableSection {
  lines: SchemeLine[];
  totals: Record<string, number>;
  /** A heading row above the lines; none for the pooled lines. */
  heading?: string;
  totalLabel: string;
  outturn?: Outturn;
}

/** A fund year's table as it is shown: pooled lines first, then aligned lines apart, each with its totals. */
export function budgetTableSections(t: BudgetTable): BudgetTableSection[] {
  const aligned = t.schemes.filter((s) => s.kind === 'aligned');
  return [
    {
      lines: t.schemes.filter((s) => s.kind === 'pooled'),
      totals: t.totals,
      heading: undefined,
      totalLabel: 'Total pooled',
      outturn: t.pooledOutturn,
    },
    ...(aligned.length
      ? [
          {
            lines: aligned,
            totals: t.alignedTotals,
            heading: 'Aligned budgets (each partner keeps its own budget; not part of the pooled fund)',
            totalLabel: 'Total aligned',
            outturn: t.alignedOutturn,
          },
        ]
      : []),
  ];
}

/** Columns of a fund year's table: scheme, one per partner, total, and budget, outturn and variance where given. */
export function budgetTableColumns(t: BudgetTable): number {
  return t.partners.length + 2 + (t.hasOutturn ? 3 : 0);
}

// ---- Forward plan ----

/** The facts at the head of a forward plan entry's page. */
export function forwardPlanFacts(f: PublicForwardPlanEntry): SummaryRow[] {
  return [
    { key: 'Reference', value: f.id },
    { key: 'Notice of', value: forwardPlanKindLabel[f.kind] },
    { key: 'Decision maker', value: f.decisionMaker.title, href: f.decisionMaker.href },
    { key: 'First published', value: formatDate(f.published) },
    { key: 'Notice', value: forwardPlanNoticeSentence(f) },
    { key: 'Expected decision date', value: expectedWhen(f) },
    ...(f.meeting ? [{ key: 'Meeting', value: f.meeting.title, href: f.meeting.href }] : []),
    ...(f.decision ? [{ key: 'Decision', value: f.decision.title, href: f.decision.href }] : []),
    ...(f.wards.length ? [{ key: 'Wards affected', value: wardsText(f.wards) }] : []),
    ...(f.leadOfficer ? [{ key: 'Lead officer', value: f.leadOfficer }] : []),
    ...(f.consultation ? [{ key: 'Consultation', value: f.consultation }] : []),
  ];
}

/** Planned entries by the month they are expected in, in the model's order: `month` is YYYY-MM. */
export function plannedByMonth(m: PublicModel): { month: string; title: string; entries: PublicForwardPlanEntry[] }[] {
  return groupBy(forwardPlanByStatus(m).planned, (f) => f.expectedDate.slice(0, 7)).map(([month, entries]) => ({
    month,
    title: monthName(month),
    entries,
  }));
}

/** Entries no longer planned, by status: decided ones newest first, then deferred and withdrawn. */
export function settledForwardPlan(
  m: PublicModel,
): { status: 'decided' | 'deferred' | 'withdrawn'; entries: PublicForwardPlanEntry[] }[] {
  const by = forwardPlanByStatus(m);
  return [
    { status: 'decided', entries: [...by.decided].reverse() },
    { status: 'deferred', entries: by.deferred },
    { status: 'withdrawn', entries: by.withdrawn },
  ];
}

// ---- Boards and people ----

/** A board's meetings, newest first. */
export function bodyMeetings(m: PublicModel, b: PublicBody): PublicMeeting[] {
  return m.meetings.filter((x) => x.body.id === b.id).reverse();
}

/** The facts at the head of a board's page. */
export function bodyFacts(b: PublicBody): SummaryRow[] {
  return [
    { key: 'Kind', value: bodyKindLabel[b.kind] },
    { key: 'Partners', value: partnerNames(b.partners) },
    { key: 'Decides', value: bodyDecidesLabel[b.decides] },
    { key: 'Decides for', value: decidesForText(b) },
    { key: 'Voting', value: votingText(b) },
    ...(b.chairing ? [{ key: 'Chairing', value: b.chairing }] : []),
    { key: 'Meets in public', value: yesNo(b.meetsInPublic) },
    ...(b.from ? [{ key: 'Established', value: formatDate(b.from) }] : []),
    ...(b.until ? [{ key: 'Ended', value: formatDate(b.until) }] : []),
    ...(b.parent ? [{ key: 'Reports to', value: b.parent.title, href: b.parent.href }] : []),
    ...(b.children.length ? [{ key: 'Sub-committees', links: b.children }] : []),
    ...(b.quorumLabels.length ? [{ key: 'Quorum (members present)', value: b.quorumLabels.join('; ') }] : []),
  ];
}

/** The facts at the head of a person's page. */
export function personFacts(p: PublicPerson): SummaryRow[] {
  return [
    ...(p.title ? [{ key: 'Role', value: p.title }] : []),
    ...(p.partner ? [{ key: 'Organisation', value: p.partner.name }] : []),
    ...(p.party ? [{ key: 'Party', value: p.party }] : []),
  ];
}

/** Decisions a person took as an individual decision maker, or made with others under delegated authority. */
export function decisionsTakenBy(m: PublicModel, p: PublicPerson): PublicDecision[] {
  return m.decisions.filter((d) => d.decisionMaker.id === p.id || d.madeBy.some((x) => x.id === p.id));
}

/** Whether there is any attendance to show for a person. */
export function hasAttendance(p: PublicPerson): boolean {
  return p.attendanceRecord.expected > 0 || p.attendance.length > 0;
}

// ---- Transparency ----

export interface TransparencyRow {
  label: string;
  items: (PublicDecision | PublicMeeting)[];
  of: (PublicDecision | PublicMeeting)[];
}

/** One year's transparency figures as rows: how many of what gave the notice or met the target. */
export function transparencyRows(y: YearFigures): TransparencyRow[] {
  const forwardPlan = y.byRoute['forward-plan'];
  return [
    {
      label: 'Key decisions with full notice on the forward plan',
      items: forwardPlan.filter((d) => d.notice.met),
      of: y.keyDecisions,
    },
    {
      label: 'Key decisions on the forward plan with short notice',
      items: forwardPlan.filter((d) => !d.notice.met),
      of: y.keyDecisions,
    },
    { label: 'Key decisions under general exception', items: y.byRoute['general-exception'], of: y.keyDecisions },
    { label: 'Key decisions under special urgency', items: y.byRoute['special-urgency'], of: y.keyDecisions },
    { label: 'Key decisions without notice', items: y.byRoute.none, of: y.keyDecisions },
    { label: 'Agendas published on time', items: y.agendasOnTime, of: y.agendas },
    { label: 'Decision records published within target', items: y.recordsOnTime, of: y.records },
    { label: 'Decisions called in', items: y.calledIn, of: y.records },
  ];
}

/** A decision or meeting in a transparency list: a decision is named with its reference. */
export function transparencyLink(x: PublicDecision | PublicMeeting): { href: string; title: string } {
  return 'made' in x ? { href: x.href, title: `${x.id}: ${x.title}` } : { href: x.href, title: x.title };
}

// ---- Calendars, open data and the layout ----

/** Every calendar the site publishes, with its link and the absolute address to subscribe to. */
export function subscribableCalendars(
  m: PublicModel,
): { href: string; address: string; title: string; text: string }[] {
  const calendar = (name: string, title: string, text: string) => {
    const href = calendarHref(m, name);
    return { href, address: absoluteUrl(m.site.url, href), title, text };
  };
  return [
    calendar(
      'meetings',
      'All meetings',
      'Every meeting of every board, with its venue and agenda. Cancelled meetings stay in the calendar marked as cancelled.',
    ),
    ...m.bodies.map((b) => calendar(b.id, `${b.name} meetings`, `Meetings of the ${b.name} only.`)),
    calendar(
      'call-in',
      'Call-in deadlines',
      'The last day on which each decision can be called in by scrutiny members.',
    ),
    calendar(
      'forward-plan',
      'Expected key decisions',
      'The date each key decision on the forward plan is expected to be taken, as an all-day event.',
    ),
  ];
}

/** A calendar file's address on the site: calendar/<name>.ics. */
export function calendarHref(m: PublicModel, name: string): string {
  return m.urls.asset(`calendar/${name}.ics`);
}

/** A data file's JSON Schema, under data/: decisions.json has schema/decisions.schema.json. */
export function schemaFile(file: string): string {
  return `schema/${file.replace(/\.json$/, '.schema.json')}`;
}

/** Whether a page address is the not-found page, which is served at any missing address. */
export function isNotFoundPath(path: string): boolean {
  return /\/404(\.html|\/)?$/.test(path);
}

/** The link of an event in a matter's timeline: none for the current page's own events. */
export function timelineEventHref(e: MatterEvent, current: string): string | undefined {
  return e.href && !e.href.startsWith(current) ? e.href : undefined;
}

/** The navigation section a content page belongs to: only the about page has one. */
export function pageSection(p: PublicPage): 'about' | undefined {
  return p.id === 'about' ? 'about' : undefined;
}
