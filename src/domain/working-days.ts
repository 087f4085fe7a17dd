/**
 * Working days: Monday to Friday, not an England and Wales bank holiday, not a
 * site closure day. A date outside the bank-holiday list is an error, never a guess.
 */
import { BANK_HOLIDAYS, BANK_HOLIDAYS_FIRST, BANK_HOLIDAYS_LAST } from './data/bank-holidays.ts';
import { addDays, dayOfWeek, type CivilDate } from './dates.ts';

/** The project's England and Wales list, from which data/bank-holidays.ts is made. */
const HOLIDAY_CSV = 'src/domain/data/bank-holidays-england-and-wales.csv';

/**
 * What can be done about a date the list does not cover. Before its start, nothing: it begins in
 * the year of the Local Government Act 2000, which brought in call-in, and the rules that made its
 * early years are not kept for earlier ones. After its end, the years up to the date can be added,
 * with the command that regenerates the list.
 */
export function calendarRangeAdvice(date: CivilDate, first: CivilDate): string {
  if (date < first) return `the list begins on ${first}, and working days before it cannot be counted`;
  const newLast = `${date.slice(0, 4)}-12-31`;
  return (
    `add the England and Wales bank holidays up to ${newLast} to ${HOLIDAY_CSV} ` +
    `and run node scripts/import-bank-holidays.mjs ${HOLIDAY_CSV} ${first} ${newLast}`
  );
}

export class CalendarRangeError extends Error {
  date: CivilDate;
  first: CivilDate;
  last: CivilDate;
  /** What can be done about it (calendarRangeAdvice). */
  advice: string;
  constructor(date: CivilDate, first: CivilDate, last: CivilDate) {
    const advice = calendarRangeAdvice(date, first);
    super(`${date} is outside the bank-holiday list (${first} to ${last}); ${advice}`);
    this.name = 'CalendarRangeError';
    this.date = date;
    this.first = first;
    this.last = last;
    this.advice = advice;
  }
}

export interface WorkingCalendar {
  isWorkingDay(date: CivilDate): boolean;
  /** Why a weekday is not a working day: the holiday's name, or 'closure day'. */
  holidayName(date: CivilDate): string | undefined;
  first: CivilDate;
  last: CivilDate;
}

export function workingCalendar(
  extra: { extraBankHolidays?: CivilDate[]; closureDays?: CivilDate[] } = {},
): WorkingCalendar {
  const names = new Map<string, string>(BANK_HOLIDAYS.map(([d, n]) => [d, n]));
  for (const d of extra.extraBankHolidays ?? []) names.set(d, names.get(d) ?? 'Additional bank holiday');
  for (const d of extra.closureDays ?? []) names.set(d, names.get(d) ?? 'Closure day');
  const check = (date: CivilDate) => {
    if (date < BANK_HOLIDAYS_FIRST || date > BANK_HOLIDAYS_LAST)
      throw new CalendarRangeError(date, BANK_HOLIDAYS_FIRST, BANK_HOLIDAYS_LAST);
  };
  return {
    first: BANK_HOLIDAYS_FIRST,
    last: BANK_HOLIDAYS_LAST,
    isWorkingDay(date) {
      check(date);
      const dow = dayOfWeek(date);
      return dow !== 0 && dow !== 6 && !names.has(date);
    },
    holidayName(date) {
      check(date);
      return names.get(date);
    },
  };
}

/** The nth working day strictly after `date` (n >= 1). */
export function addWorkingDays(cal: WorkingCalendar, date: CivilDate, n: number): CivilDate {
  let d = date;
  let left = n;
  while (left > 0) {
    d = addDays(d, 1);
    if (cal.isWorkingDay(d)) left--;
  }
  return d;
}

/** The first working day strictly after `date`. */
export const nextWorkingDay = (cal: WorkingCalendar, date: CivilDate) => addWorkingDays(cal, date, 1);

/** Days strictly between `from` and `to` that count: every day, or working days only. */
export function clearDaysBetween(
  cal: WorkingCalendar,
  from: CivilDate,
  to: CivilDate,
  count: 'calendar' | 'working',
): number {
  if (to <= from) return 0;
  let n = 0;
  for (let d = addDays(from, 1); d < to; d = addDays(d, 1)) {
    if (count === 'calendar' || cal.isWorkingDay(d)) n++;
  }
  return n;
}

/** Weekday holidays and closure days strictly after `from` up to and including `to`, with their names. */
export function holidaysCrossed(
  cal: WorkingCalendar,
  from: CivilDate,
  to: CivilDate,
): { date: CivilDate; name: string }[] {
  const out: { date: CivilDate; name: string }[] = [];
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) {
    const name = cal.holidayName(d);
    const dow = dayOfWeek(d);
    if (name && dow !== 0 && dow !== 6) out.push({ date: d, name });
  }
  return out;
}
