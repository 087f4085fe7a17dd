import type { PublicDecision, PublicForwardPlanEntry, PublicModel } from '../types.ts';
import { addDays, formatDate } from '../../domain/dates.ts';
import { shownReference } from '../../domain/references.ts';
import { keyDecisionText, noticeRouteText } from '../explain.ts';
import { meetingItemText, spendText, voteText, wardsText } from '../labels.ts';
import type { SummaryRow } from './common.ts';
import { officerDecisionFacts } from './officer-decisions.ts';

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
    { key: 'Reference', value: shownReference(d) },
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
    ...officerDecisionFacts(d),
  ];
}

/** Working days left in an open window, counting the build date if it is a working day. */
export function workingDaysLeft(m: PublicModel, d: PublicDecision): number {
  const w = d.callIn.window!;
  let n = 0;
  for (let day = m.site.buildDate; day <= w.lastDay; day = addDays(day, 1)) if (m.calendar.isWorkingDay(day)) n++;
  return n;
}
