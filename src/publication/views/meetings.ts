import type { PublicDecision, PublicFund, PublicFundYear, PublicMeeting, PublicModel } from '../types.ts';
import { agendaNoticeSentence, minutesText, privateNoticeSentence } from '../explain.ts';
import { meetingWhen } from '../labels.ts';
import type { SummaryRow } from './common.ts';

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
