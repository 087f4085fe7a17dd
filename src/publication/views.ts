/** Small read-only views over the public model that several pages share. */
import type { PublicDecision, PublicForwardPlanEntry, PublicMeeting, PublicModel } from './model.ts';

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

export function decisionsForMeeting(m: PublicModel, meetingId: string): PublicDecision[] {
  return m.decisions.filter((d) => d.meeting?.id === meetingId);
}

export function forwardPlanByStatus(m: PublicModel): Record<PublicForwardPlanEntry['status'], PublicForwardPlanEntry[]> {
  const out = { planned: [], decided: [], deferred: [], withdrawn: [] } as Record<PublicForwardPlanEntry['status'], PublicForwardPlanEntry[]>;
  for (const f of m.forwardPlan) out[f.status].push(f);
  return out;
}
