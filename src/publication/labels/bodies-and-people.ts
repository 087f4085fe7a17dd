import type { PublicBody, PublicMembership, PublicPerson } from '../types.ts';
import type { Partner } from '../../schemas/index.ts';
import { formatDate } from '../../domain/dates.ts';
import { attendanceLabel } from './general.ts';

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
  'officer-decisions': 'Officer decisions feed',
} as const;
