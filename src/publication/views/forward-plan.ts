import type { PublicForwardPlanEntry, PublicModel } from '../types.ts';
import { formatDate } from '../../domain/dates.ts';
import { shownReference } from '../../domain/references.ts';
import { forwardPlanNoticeSentence } from '../explain.ts';
import { expectedWhen, forwardPlanKindLabel, monthName, wardsText } from '../labels.ts';
import { groupBy, type SummaryRow } from './common.ts';
import { forwardPlanByStatus } from './call-in.ts';

// ---- Forward plan ----

/** The facts at the head of a forward plan entry's page. */
export function forwardPlanFacts(f: PublicForwardPlanEntry): SummaryRow[] {
  return [
    { key: 'Reference', value: shownReference(f) },
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

/** For a notice of a private meeting: the meeting's further notice or urgent agreement, as rows. */
export function privateMeetingNoticeRows(f: PublicForwardPlanEntry): SummaryRow[] {
  const p = f.privateMeeting;
  if (!p) return [];
  return [
    { key: 'Meeting', value: p.meeting.title, href: p.meeting.href },
    ...(p.agreedBy && p.agreed
      ? [{ key: 'Agreed as urgent', value: `By ${p.agreedBy} on ${formatDate(p.agreed)}` }]
      : []),
    ...(p.further ? [{ key: p.agreedBy ? 'Notice of reasons' : 'Further notice', value: formatDate(p.further) }] : []),
    ...(p.reasons ? [{ key: 'Reasons', value: p.reasons }] : []),
    ...(p.representations ? [{ key: 'Representations received', value: p.representations }] : []),
    ...(p.response ? [{ key: 'Response', value: p.response }] : []),
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
