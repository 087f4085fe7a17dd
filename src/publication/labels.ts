/** Words and tag colours for the model's values: one place, so every page says the same. */
import type {
  PublicBody,
  PublicCallIn,
  PublicDecision,
  PublicForwardPlanEntry,
  PublicMeeting,
  PublicMembership,
  PublicModel,
  PublicPerson,
  PublishedDocument,
} from './types.ts';
import type { Partner } from '../schemas/index.ts';
import type { Variance } from '../domain/budget.ts';
import { formatDate, formatMonth, formatTime } from '../domain/dates.ts';

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
export function decisionNotes(d: Pick<PublicDecision, 'id' | 'key' | 'exempt'>): string {
  return `${d.id}${d.key ? ', key decision' : ''}${d.exempt ? ', contains exempt information' : ''}`;
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

/** A page's title in the browser: "Decisions – Joint Commissioning Board", or the site's title alone on its home page. */
export function pageTitle(title: string, siteTitle: string): string {
  return title === siteTitle ? siteTitle : `${title} – ${siteTitle}`;
}

/** "June 2024", for a month written YYYY-MM. */
export function monthName(month: string): string {
  return formatMonth(`${month}-01`);
}

/** "PDF, 12 KB": what a published paper is, as far as it is known. */
export function documentMeta(d: Pick<PublishedDocument, 'type' | 'size'>): string {
  return [d.type, d.size].filter(Boolean).join(', ');
}

// ---- Forward plan ----

/** What a forward plan entry gives notice of, in its facts. */
export const forwardPlanKindLabel: Record<PublicForwardPlanEntry['kind'], string> = {
  'key-decision': 'A key decision',
  'private-meeting': 'A meeting to be held in private',
};

/** The same, in a register's line about the entry. */
export const forwardPlanKindShortLabel: Record<PublicForwardPlanEntry['kind'], string> = {
  'key-decision': 'Key decision',
  'private-meeting': 'Notice of a private meeting',
};

/** "Tuesday 16 July 2024", or the expected period "Monday 1 July 2024 to Wednesday 31 July 2024". */
export function expectedWhen(f: Pick<PublicForwardPlanEntry, 'expected' | 'expectedFrom' | 'expectedTo'>): string {
  return f.expected
    ? formatDate(f.expected)
    : `${formatDate(f.expectedFrom!)} to ${formatDate(f.expectedTo ?? f.expectedFrom!)}`;
}

/** The purple tag of an entry that is, or will be taken, in private; none otherwise. */
export function forwardPlanPrivacyTag(f: Pick<PublicForwardPlanEntry, 'kind' | 'private'>): TagLabel | undefined {
  if (f.kind === 'private-meeting') return ['Private meeting notice', 'purple'];
  return f.private ? ['To be taken in private', 'purple'] : undefined;
}

/** "Revised 2 times". */
export function revisedText(n: number): string {
  return `Revised ${n} ${plural(n, 'time')}`;
}

// ---- Boards and people ----

/** "Southampton City Council, NHS Southampton City CCG". */
export function partnerNames(partners: Pick<Partner, 'name'>[]): string {
  return partners.map((p) => p.name).join(', ');
}

/** A partner's short name (in a table column, a chart, a quorum rule), else its name, else `fallback`. */
export function partnerShortName(p: Pick<Partner, 'name' | 'short'> | undefined, fallback = ''): string {
  return p?.short ?? p?.name ?? fallback;
}

/** A partner's short name in a sentence: NHS bodies' read with an article ("the CCG"), councils' do not ("SCC"). */
export function partnerInSentence(p: Pick<Partner, 'name' | 'short' | 'kind'> | undefined, fallback: string): string {
  if (!p?.short) return partnerShortName(p, fallback);
  return p.kind === 'local-authority' ? p.short : `the ${p.short}`;
}

export const bodyDecidesLabel: Record<PublicBody['decides'], string> = {
  delegated: 'Makes decisions under delegated authority',
  advisory: 'Advises; the partners make the decisions',
};

/** Whom a board decides for: its partners, or none when it only advises. */
export function decidesForText(b: Pick<PublicBody, 'decides' | 'partners'>): string {
  return b.decides === 'delegated' ? partnerNames(b.partners) : 'None: recommendations go to each partner';
}

/** "By majority; the chair has a casting vote". */
export function votingText(b: Pick<PublicBody, 'voting' | 'castingVote'>): string {
  return `${b.voting === 'consensus' ? 'By consensus' : 'By majority'}${b.castingVote === 'chair' ? '; the chair has a casting vote' : ''}`;
}

/** "1 April 2019 to 31 March 2023", "from the start to date". */
export function membershipPeriod(x: Pick<PublicMembership, 'from' | 'until'>): string {
  return `${x.from ? formatDate(x.from, false) : 'from the start'} to ${x.until ? formatDate(x.until, false) : 'date'}`;
}

/** The period in a board's members table, marking a current member. */
export function memberPeriodText(x: Pick<PublicMembership, 'from' | 'until' | 'current'>): string {
  return `${membershipPeriod(x)}${x.current ? ' (current)' : ''}`;
}

/** "Vice-chair", "Adviser (non-voting)". */
export function roleText(x: Pick<PublicMembership, 'role' | 'voting'>): string {
  return `${x.role}${x.voting ? '' : ' (non-voting)'}`;
}

/** How a person attended one meeting: "present", "attendance not recorded", "apologies (not a member)". */
export function personAttendanceText(a: PublicPerson['attendance'][number]): string {
  const status = a.status === 'not-recorded' ? 'attendance not recorded' : attendanceLabel[a.status].toLowerCase();
  return `${status}${a.expected ? '' : ' (not a member)'}`;
}

/** "Director of Adult Social Care, Southampton City Council": a person's role and organisation, as known. */
export function personDescription(p: Pick<PublicPerson, 'title' | 'partner'>): string {
  return [p.title, p.partner?.name].filter(Boolean).join(', ');
}

// ---- Open data and transparency ----

const LICENCE_NAMES: Record<string, string> = { 'OGL-UK-3.0': 'Open Government Licence v3.0' };

/** The licence's name, or its identifier when the site does not know it. */
export function licenceName(id: string): string {
  return Object.hasOwn(LICENCE_NAMES, id) ? LICENCE_NAMES[id] : id;
}

export const feedTitleLabel = {
  decisions: 'Decisions feed',
  meetings: 'Meetings feed',
  'forward-plan': 'Forward plan feed',
} as const;

/** "Show it" or "Show all 3". */
export function showAllText(n: number): string {
  return n === 1 ? 'Show it' : `Show all ${n}`;
}
