import { countDuties, type DutyCounts } from '../../domain/duties.ts';
import type { PublicDecision, PublicMeeting, PublicModel } from '../types.ts';
import type { CivilDate } from '../../domain/dates.ts';
import { formatDate } from '../../domain/dates.ts';
import { shownReference } from '../../domain/references.ts';
import { keyDecisionReportReason } from '../explain.ts';

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
  /** The statutory duties of the year's meetings and decisions, counted by result. */
  duties: DutyCounts;
  /** Decisions taken under special urgency (SI 2012/2089 reg 19), in date order. */
  specialUrgency: PublicDecision[];
  /** Decisions that belong in the report that they should have been treated as key (reg 18), in date order. */
  shouldHaveBeenKey: PublicDecision[];
}

const inDateOrder = (list: PublicDecision[]) =>
  [...list].sort((a, b) => a.made.localeCompare(b.made) || a.id.localeCompare(b.id));

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
      duties: countDuties([...m.meetings.filter((x) => x.year === year), ...decisions].flatMap((x) => x.duties)),
      specialUrgency: inDateOrder(decisions.filter((d) => d.urgency?.kind === 'special-urgency')),
      shouldHaveBeenKey: inDateOrder(decisions.filter((d) => d.keyDecisionReport)),
    };
  });
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

// ---- The summary table of years, and each year's page ----

type Count = (y: YearFigures) => number;
const column = (heading: string, count: Count) => ({ heading, count });
const forwardPlan = (y: YearFigures, met: boolean) => y.byRoute['forward-plan'].filter((d) => d.notice.met === met);

/**
 * The summary table's columns after the year, in groups: what each counts is named by its group
 * and its heading together ("Key decisions", "Short notice"), as a screen reader reads them.
 */
const SUMMARY_GROUPS = [
  {
    heading: 'Decisions',
    columns: [
      column('All', (y) => y.records.length),
      column('Record on time', (y) => y.recordsOnTime.length),
      column('Called in', (y) => y.calledIn.length),
    ],
  },
  {
    heading: 'Key decisions',
    columns: [
      column('All', (y) => y.keyDecisions.length),
      column('Full notice', (y) => forwardPlan(y, true).length),
      column('Short notice', (y) => forwardPlan(y, false).length),
      column('General exception', (y) => y.byRoute['general-exception'].length),
      column('Special urgency', (y) => y.byRoute['special-urgency'].length),
      column('No notice', (y) => y.byRoute.none.length),
    ],
  },
  {
    heading: 'Agendas',
    columns: [column('Published', (y) => y.agendas.length), column('On time', (y) => y.agendasOnTime.length)],
  },
  {
    heading: 'Statutory duties',
    columns: [
      column('Applied', (y) => y.duties.applied),
      column('Met', (y) => y.duties.met),
      column('Late', (y) => y.duties.late),
      column('Not met', (y) => y.duties.missed),
      column('Not recorded', (y) => y.duties['not-recorded']),
      column('Not yet due', (y) => y.duties.pending),
    ],
  },
];

export interface TransparencySummary {
  /** The column groups after "Year", each with the number of columns it spans. */
  groups: { heading: string; span: number }[];
  /** The headings of the columns after "Year", in order, each under its group. */
  columns: string[];
  /** One row a year, newest first: the year's page and its counts, a count a column. */
  rows: { year: string; href: string; counts: number[] }[];
}

/** Every year's figures as one table: a row a year, linking to the year's page with the lists. */
export function transparencySummary(m: PublicModel): TransparencySummary {
  const columns = SUMMARY_GROUPS.flatMap((g) => g.columns);
  return {
    groups: SUMMARY_GROUPS.map((g) => ({ heading: g.heading, span: g.columns.length })),
    columns: columns.map((c) => c.heading),
    rows: transparencyByYear(m).map((y) => ({
      year: y.year,
      href: m.urls.transparencyYear(y.year),
      counts: columns.map((c) => c.count(y)),
    })),
  };
}

/** A year's page: its figures, and the years either side of it to move to. */
export interface TransparencyYear {
  figures: YearFigures;
  earlier?: { year: string; href: string };
  later?: { year: string; href: string };
  /** The year's special urgency report (reg 19) and the report of decisions that should have been key (reg 18). */
  reports: StatutoryReports;
}

/** Every year with figures, each with its neighbours, newest first. */
export function transparencyYears(m: PublicModel): TransparencyYear[] {
  const years = transparencyByYear(m);
  const link = (y: YearFigures | undefined) => y && { year: y.year, href: m.urls.transparencyYear(y.year) };
  return years.map((figures, i) => ({
    figures,
    earlier: link(years[i + 1]),
    later: link(years[i - 1]),
    reports: statutoryReports(figures),
  }));
}

/** A decision or meeting in a transparency list: a decision is named with its reference. */
export function transparencyLink(x: PublicDecision | PublicMeeting): { href: string; title: string } {
  return 'made' in x ? { href: x.href, title: `${shownReference(x)}: ${x.title}` } : { href: x.href, title: x.title };
}

// ---- The reports the regulations require ----

/** One decision in the annual report of decisions taken under special urgency (reg 19). */
export interface SpecialUrgencyRow {
  decision: { href: string; title: string };
  made: CivilDate;
  madeText: string;
  /** The matter decided. */
  matter: string;
  agreedBy: string;
  agreed?: CivilDate;
  agreedText: string;
  reason: string;
}

/** One decision in the report that it should have been treated as a key decision (reg 18). */
export interface KeyDecisionReportRow {
  decision: { href: string; title: string };
  made: CivilDate;
  madeText: string;
  /** Why it is reported: its spending, and any request from overview and scrutiny. */
  why: string;
}

export interface StatutoryReports {
  year: string;
  specialUrgency: SpecialUrgencyRow[];
  shouldHaveBeenKey: KeyDecisionReportRow[];
}

/** A year's two reports, as rows for a page to print. */
export function statutoryReports(y: YearFigures): StatutoryReports {
  return {
    year: y.year,
    specialUrgency: y.specialUrgency.map((d) => ({
      decision: transparencyLink(d),
      made: d.made,
      madeText: formatDate(d.made),
      matter: d.title,
      agreedBy: d.urgency?.agreedBy ?? 'Not recorded',
      agreed: d.urgency?.agreed,
      agreedText: d.urgency?.agreed ? formatDate(d.urgency.agreed) : 'Not recorded',
      reason: d.urgency?.reason ?? 'Not recorded',
    })),
    shouldHaveBeenKey: y.shouldHaveBeenKey.map((d) => ({
      decision: transparencyLink(d),
      made: d.made,
      madeText: formatDate(d.made),
      why: keyDecisionReportReason(d),
    })),
  };
}

/** One year's line in a report's summary: how many decisions it lists, and where to read them. */
export interface ReportYear {
  year: string;
  /** The report on the year's page. */
  href: string;
  count: number;
  /** "None", "1 decision", "3 decisions". */
  text: string;
}

const countText = (n: number) => (n === 0 ? 'None' : `${n} decision${n === 1 ? '' : 's'}`);

/**
 * Both reports year by year, newest first, for the transparency page: a count a year linking to
 * the year's page, which lists the decisions, so the page stays short however long the archive.
 */
export function statutoryReportsSummary(m: PublicModel): {
  specialUrgency: ReportYear[];
  shouldHaveBeenKey: ReportYear[];
} {
  const years = transparencyByYear(m);
  const line = (y: YearFigures, list: PublicDecision[], anchor: string): ReportYear => ({
    year: y.year,
    href: `${m.urls.transparencyYear(y.year)}#${anchor}`,
    count: list.length,
    text: countText(list.length),
  });
  return {
    specialUrgency: years.map((y) => line(y, y.specialUrgency, 'special-urgency')),
    shouldHaveBeenKey: years.map((y) => line(y, y.shouldHaveBeenKey, 'should-have-been-key')),
  };
}
