import type {
  PublicCallIn,
  PublicDecision,
  PublicForwardPlanEntry,
  PublicMeeting,
  PublicModel,
  PublishedDocument,
} from '../types.ts';
import type { Variance } from '../../domain/budget.ts';
import { formatDate, formatMonth, formatTime } from '../../domain/dates.ts';
import { shownReference } from '../../domain/references.ts';

type Colour = 'green' | 'red' | 'grey' | 'blue' | 'yellow' | 'purple' | 'orange';
/** A tag's words and colour. */
export type TagLabel = [string, Colour];

export const outcomeLabel: Record<PublicDecision['outcome'], [string, Colour]> = {
  approved: ['Approved', 'green'],
  rejected: ['Rejected', 'red'],
  deferred: ['Deferred', 'yellow'],
  noted: ['Noted', 'grey'],
  recommended: ['Recommended to partners', 'blue'],
};

export const meetingStatusLabel: Record<PublicMeeting['status'], [string, Colour]> = {
  scheduled: ['Scheduled', 'blue'],
  held: ['Held', 'green'],
  cancelled: ['Cancelled', 'red'],
  postponed: ['Postponed', 'yellow'],
};

export const forwardPlanStatusLabel: Record<PublicForwardPlanEntry['status'], [string, Colour]> = {
  planned: ['Planned', 'blue'],
  decided: ['Decided', 'green'],
  deferred: ['Deferred', 'yellow'],
  withdrawn: ['Withdrawn', 'grey'],
};

export const callInStatusLabel: Record<PublicCallIn['status'], [string, Colour]> = {
  open: ['Call-in open', 'orange'],
  closed: ['Call-in closed', 'grey'],
  'called-in': ['Called in', 'purple'],
  exempt: ['Exempt from call-in', 'yellow'],
  'not-applicable': ['Not subject to call-in', 'grey'],
};

export const callInOutcomeLabel = {
  'no-further-action': 'No further action: the decision stands',
  'referred-back': 'Referred back to the decision maker',
  'referred-to-council': 'Referred to full council',
  withdrawn: 'Call-in withdrawn',
} as const;

export const attendanceLabel = {
  present: 'Present',
  apologies: 'Apologies',
  absent: 'Absent',
  substitute: 'Substitute',
} as const;

export const voteMethodLabel = {
  consensus: 'Consensus',
  'show-of-hands': 'Show of hands',
  recorded: 'Recorded vote',
  majority: 'Majority vote',
} as const;

export const bodyKindLabel = {
  'joint-committee': 'Joint committee',
  board: 'Board',
  cabinet: 'Cabinet',
  committee: 'Committee',
  'sub-committee': 'Sub-committee',
  advisory: 'Advisory committee',
} as const;

/** "Thursday 12 November 2026, 2pm to 4pm". */
export function meetingWhen(m: Pick<PublicMeeting, 'start' | 'end'>): string {
  const date = formatDate(m.start.slice(0, 10));
  const from = formatTime(m.start.slice(11, 16));
  const sameDay = m.end && m.end.slice(0, 10) === m.start.slice(0, 10);
  return m.end && sameDay ? `${date}, ${from} to ${formatTime(m.end.slice(11, 16))}` : `${date}, ${from}`;
}

export function money(pounds: number): string {
  return `£${pounds.toLocaleString('en-GB')}`;
}

/** "£105.2m", "£803,000" → headline style for summaries. */
export function moneyShort(pounds: number): string {
  if (Math.abs(pounds) >= 1_000_000) return `£${(pounds / 1_000_000).toFixed(1).replace(/\.0$/, '')}m`;
  return money(pounds);
}

/** "£1,240", or "–" where there is no figure (or, with `zeroIsNone`, where it is zero). */
export function moneyOrDash(pounds: number | undefined, { zeroIsNone = false } = {}): string {
  return pounds === undefined || (zeroIsNone && pounds === 0) ? '–' : money(pounds);
}

/** "£1,240", or an empty cell where the figure is missing (a partner not in that year). */
export function moneyOrBlank(pounds: number | undefined): string {
  return pounds === undefined ? '' : money(pounds);
}

const sign = (n: number) => (n > 0 ? '+' : n < 0 ? '−' : '');

/** "+£3,500 (+3.5%)", "−£10 (−10%)", "£0 (0%)"; the percentage is left out when the budget is zero. */
export function varianceText(v: Variance | undefined): string {
  if (!v) return '';
  const percent = v.percent !== undefined ? ` (${sign(v.percent)}${Math.abs(v.percent)}%)` : '';
  return `${sign(v.amount)}${money(Math.abs(v.amount))}${percent}`;
}

/** A partner's full name, or its id when the site does not know it. */
export function partnerName(m: Pick<PublicModel, 'partner'>, id: string): string {
  return m.partner(id)?.name ?? id;
}

export const budgetStatusLabel = { plan: 'Plan', revised: 'Revised plan', outturn: 'Outturn' } as const;

/** "All wards", or the ward names. */
export function wardsText(wards: string[]): string {
  return wards.map((w) => (w === 'all' ? 'All wards' : w)).join(', ');
}

/** "Show of hands, 5 for, 1 against": the method, then whichever counts were recorded. */
export function voteText(vote: NonNullable<PublicDecision['vote']>): string {
  return [
    voteMethodLabel[vote.method],
    vote.for !== undefined && `${vote.for} for`,
    vote.against !== undefined && `${vote.against} against`,
    vote.abstained !== undefined && `${vote.abstained} abstained`,
  ]
    .filter(Boolean)
    .join(', ');
}

/** "£1,200,000 from Better Care Fund, Carers scheme": the amount, and the fund and scheme where known. */
export function spendText(spend: NonNullable<PublicDecision['spend']>): string {
  const fund = spend.fundLink ? ` from ${spend.fundLink.title}` : '';
  const scheme = spend.schemeLink ? `, ${spend.schemeLink.title} scheme` : '';
  return `${money(spend.amount)}${fund}${scheme}`;
}

/** "Joint Commissioning Board, 15 May 2024, item 5", or the meeting alone. */
export function meetingItemText(meeting: { title: string }, item?: string): string {
  return item ? `${meeting.title}, item ${item}` : meeting.title;
}

/** "jcb-2024-001, key decision, contains exempt information": the reference and what is special about it. */
export function decisionNotes(d: Pick<PublicDecision, 'id' | 'reference' | 'key' | 'exempt'>): string {
  return `${shownReference(d)}${d.key ? ', key decision' : ''}${d.exempt ? ', contains exempt information' : ''}`;
}

export function noticeTag(met: boolean): TagLabel {
  return met ? ['Notice met', 'green'] : ['Notice not met', 'red'];
}

export function recordTag(met: boolean): TagLabel {
  return met ? ['Record on time', 'green'] : ['Record late', 'red'];
}

/** "Decision" or "Decisions", "time" or "times": a noun for a count. */
export function plural(n: number, noun: string): string {
  return n === 1 ? noun : `${noun}s`;
}

/** Whether a meeting was quorate, as a tag; none when it cannot be said. */
export function quorumTag(quorate: boolean | null): TagLabel | undefined {
  if (quorate === null) return undefined;
  return quorate ? ['Quorate', 'green'] : ['Not quorate', 'red'];
}

/** An upcoming meeting's tag on the home page: none while it is scheduled, else its status as recorded. */
export function upcomingStatusTag(status: PublicMeeting['status']): TagLabel | undefined {
  return status === 'scheduled' ? undefined : [status, 'yellow'];
}

/** The text with its first letter a capital: "From the start to date". */
export function upperFirst(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** "Yes" or "No". */
export function yesNo(value: boolean): string {
  return value ? 'Yes' : 'No';
}

/** The longest page title search engines show whole, and the one the pages keep to. */
export const TITLE_MAX = 70;

/**
 * A page's title in the browser: "Decisions – Joint Commissioning Board", or the site's title
 * alone on its home page. A title that would be longer than TITLE_MAX drops the site's name (the
 * tab and the result still show the site's address), and a page title longer than that on its
 * own is cut at a word and ends in "…"; the page's heading still gives it whole.
 */
export function pageTitle(title: string, siteTitle: string): string {
  if (title === siteTitle || `${title} – ${siteTitle}`.length <= TITLE_MAX) {
    return title === siteTitle ? siteTitle : `${title} – ${siteTitle}`;
  }
  if (title.length <= TITLE_MAX) return title;
  const cut = title.slice(0, TITLE_MAX - 1);
  const atWord = cut.lastIndexOf(' ');
  return `${(atWord > TITLE_MAX / 2 ? cut.slice(0, atWord) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}

/** "June 2024", for a month written YYYY-MM. */
export function monthName(month: string): string {
  return formatMonth(`${month}-01`);
}

/** "PDF, 12 KB": what a published paper is, as far as it is known. */
export function documentMeta(d: Pick<PublishedDocument, 'type' | 'size'>): string {
  return [d.type, d.size].filter(Boolean).join(', ');
}
