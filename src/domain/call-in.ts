/**
 * Call-in: the window in which scrutiny may call a decision in, when it closes,
 * and from when the decision may be implemented.
 */
import { addDays, type CivilDate } from './dates.ts';
import { addWorkingDays, nextWorkingDay, type WorkingCalendar } from './working-days.ts';

export interface CallInRule {
  workingDays: number;
  countFrom: 'publication' | 'decision';
  closesAt: 'end-of-day' | string;
  implementFrom: 'expiry' | 'next-working-day';
  appliesTo: 'all' | 'key';
}

export const DEFAULT_CALL_IN: CallInRule = {
  workingDays: 5,
  countFrom: 'publication',
  closesAt: 'end-of-day',
  implementFrom: 'expiry',
  appliesTo: 'all',
};

export interface CallInWindow {
  /** The date counting starts from (publication or decision). */
  start: CivilDate;
  /** Day N: the last day on which the decision can be called in. */
  lastDay: CivilDate;
  closesAt: 'end-of-day' | string;
  /** Local date-time `YYYY-MM-DDTHH:MM` at which the window ends. */
  endsAt: string;
  /** Local date-time `YYYY-MM-DDTHH:MM` from which the decision may be implemented. */
  implementableFrom: string;
}

/** Day 1 is the first working day strictly after the start date; the window ends on day N at closesAt. */
export function callInWindow(cal: WorkingCalendar, start: CivilDate, rule: CallInRule): CallInWindow {
  const lastDay = addWorkingDays(cal, start, rule.workingDays);
  const endsAt = rule.closesAt === 'end-of-day' ? `${addDays(lastDay, 1)}T00:00` : `${lastDay}T${rule.closesAt}`;
  let implementableFrom: string;
  if (rule.implementFrom === 'next-working-day') {
    implementableFrom = `${nextWorkingDay(cal, lastDay)}T00:00`;
  } else {
    implementableFrom = endsAt;
  }
  return { start, lastDay, closesAt: rule.closesAt, endsAt, implementableFrom };
}
