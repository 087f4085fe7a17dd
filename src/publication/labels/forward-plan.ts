import type { PublicForwardPlanEntry } from '../types.ts';
import { formatDate } from '../../domain/dates.ts';
import { plural, type TagLabel } from './general.ts';

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
