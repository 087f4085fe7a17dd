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
