import type {
  PublicBackgroundPaper,
  PublicDecision,
  PublicFund,
  PublicFundYear,
  PublicMeeting,
  PublicModel,
} from '../types.ts';
import {
  agendaNoticeSentence,
  inspectionUntilText,
  itemsInPrivateText,
  minutesText,
  noticeSentence,
  privateMeetingRouteSentence,
  privateNoticeSentence,
} from '../explain.ts';
import type { NoticeResult } from '../../domain/notice.ts';
import { formatDate } from '../../domain/dates.ts';
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
    { key: 'Meeting of', value: x.body.title, href: x.body.href },
    { key: 'Date and time', value: meetingWhen(x) },
    { key: 'Venue', value: x.venue },
    ...(x.agendaNotice ? [{ key: 'Agenda published', value: agendaNoticeSentence(x.agendaNotice) }] : []),
    ...(x.privateNotices
      ? [
          {
            key: 'Notice of private meeting',
            value:
              x.privateMeeting?.route === 'urgent-agreement'
                ? privateMeetingRouteSentence(x.privateMeeting)
                : privateNoticeSentence(x.privateNotices),
          },
        ]
      : []),
    ...(x.webcast ? [{ key: 'Webcast', value: 'Watch the webcast', href: x.webcast }] : []),
    { key: 'Minutes', value: minutesText(x), href: x.minutes?.approvedAt?.href },
  ];
}

const recorded = (text?: string) => text ?? 'Not recorded';
const met = (n: { met: boolean }) => (n.met ? 'met' : 'not met');

/** The "Meeting in private" section of a meeting's page (reg 5 of SI 2012/2089). */
export function privateMeetingRows(x: PublicMeeting): SummaryRow[] {
  const p = x.privateMeeting;
  if (!p) return [];
  const n = x.privateNotice;
  const urgent = p.route === 'urgent-agreement';
  const notice = (r?: NoticeResult) => (r ? `${noticeSentence(r, 'the meeting')} (${met(r)})` : 'Not recorded');
  return [
    { key: 'Taken in private', value: itemsInPrivateText(x.items.filter((it) => it.exempt).map((it) => it.item)) },
    { key: 'Notice', value: privateMeetingRouteSentence(p) },
    ...(urgent
      ? [
          ...(p.first ? [{ key: 'First notice', value: notice(p.first) }] : []),
          {
            key: 'Notice of reasons for urgency',
            value: p.further ? `Published ${formatDate(p.further.published)}` : 'Not recorded',
          },
          { key: 'Reasons', value: recorded(n?.reasons) },
        ]
      : [
          { key: 'First notice', value: notice(p.first) },
          { key: 'Further notice', value: notice(p.further) },
          { key: 'Reasons', value: recorded(n?.reasons) },
          { key: 'Representations received', value: recorded(n?.representations) },
          { key: 'Response', value: recorded(n?.response) },
        ]),
  ];
}

/** A report's background papers as a list of papers: those with no file say until when they can be inspected. */
export function backgroundPaperItems(papers: PublicBackgroundPaper[]): (PublicBackgroundPaper & { note?: string })[] {
  return papers.map((p) => (p.inspectionUntil ? { ...p, note: inspectionUntilText(p.inspectionUntil) } : p));
}

/** Whether any background paper on the page is open to inspection, so the page says how. */
export function hasPapersForInspection(lists: (PublicBackgroundPaper[] | undefined)[]): boolean {
  return lists.some((l) => l?.some((p) => p.inspectionUntil));
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
