import type { PublicBody, PublicDecision, PublicMeeting, PublicModel, PublicPerson } from '../types.ts';
import { formatDate } from '../../domain/dates.ts';
import { bodyDecidesLabel, bodyKindLabel, decidesForText, partnerNames, votingText, yesNo } from '../labels.ts';
import type { SummaryRow } from './common.ts';

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
    ...(p.ward ? [{ key: 'Ward', value: p.ward }] : []),
    ...(p.kind === 'officer'
      ? [{ key: 'Officer', value: 'An officer, who may take decisions under delegated powers' }]
      : []),
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
