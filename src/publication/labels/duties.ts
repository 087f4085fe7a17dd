/** Words for the duty ledger: each duty's result, as a tag and as a sentence. */
import type { Duty, DutyStatus } from '../../domain/duties.ts';
import type { TagLabel } from './general.ts';

export const dutyStatusLabel: Record<DutyStatus, TagLabel> = {
  met: ['Met', 'green'],
  late: ['Late', 'red'],
  missed: ['Not met', 'red'],
  'not-recorded': ['Not recorded', 'grey'],
  pending: ['Not yet due', 'yellow'],
};

const days = (n: number, count?: 'calendar' | 'working') =>
  `${n} ${count === 'working' ? 'working ' : ''}day${n === 1 ? '' : 's'}`;

/** "3 working days to spare", "On the last day", "2 days late"; or what the record lacks. */
export function dutyResultText(d: Duty): string {
  if (d.margin !== undefined) {
    if (d.margin > 0) return `${days(d.margin, d.count)} to spare`;
    if (d.margin === 0) return 'On the last day';
    return `${days(-d.margin, d.count)} late`;
  }
  switch (d.status) {
    case 'met':
    case 'missed':
    case 'late':
      return '';
    case 'not-recorded':
      return 'The record does not say when this was done';
    case 'pending':
      return '';
  }
}
