/** Small read-only views over the public model that several pages share. */
import type { PublicDecision, PublicForwardPlanEntry, PublicMeeting, PublicModel } from './model.ts';
import { addDays } from '../domain/dates.ts';

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

/** Decisions whose window closed within `days` calendar days before the build date, newest first. */
export function recentlyClosedCallIns(m: PublicModel, days = 60): PublicDecision[] {
  const since = addDays(m.site.buildDate, -days);
  return m.decisions
    .filter((d) => d.callIn.status === 'closed' && d.callIn.window!.lastDay >= since)
    .sort((a, b) => b.callIn.window!.lastDay.localeCompare(a.callIn.window!.lastDay));
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
