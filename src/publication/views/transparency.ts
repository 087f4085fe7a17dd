import { countDuties, type DutyCounts } from '../../domain/duties.ts';
import type { PublicDecision, PublicMeeting, PublicModel } from '../types.ts';

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
      duties: countDuties([...m.meetings.filter((x) => x.year === year), ...decisions].flatMap((x) => x.duties)),
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
}

/** Every year with figures, each with its neighbours, newest first. */
export function transparencyYears(m: PublicModel): TransparencyYear[] {
  const years = transparencyByYear(m);
  const link = (y: YearFigures | undefined) => y && { year: y.year, href: m.urls.transparencyYear(y.year) };
  return years.map((figures, i) => ({ figures, earlier: link(years[i + 1]), later: link(years[i - 1]) }));
}

/** A decision or meeting in a transparency list: a decision is named with its reference. */
export function transparencyLink(x: PublicDecision | PublicMeeting): { href: string; title: string } {
  return 'made' in x ? { href: x.href, title: `${x.id}: ${x.title}` } : { href: x.href, title: x.title };
}
