/**
 * Civil dates: `YYYY-MM-DD` strings in the site's time zone, never a Date read
 * in the machine's zone. Arithmetic goes through UTC day numbers, so results do
 * not depend on TZ. Clock times in a zone (instants, offsets, today) are in local-time.ts.
 */
export type CivilDate = string;

const MS_PER_DAY = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** Days since 1970-01-01 for a civil date. */
export function dayNumber(date: CivilDate): number {
  return Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / MS_PER_DAY;
}

export function fromDayNumber(n: number): CivilDate {
  const d = new Date(n * MS_PER_DAY);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function addDays(date: CivilDate, days: number): CivilDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** The same day `years` later; 29 February becomes 28 February in a year without one. */
export function addYears(date: CivilDate, years: number): CivilDate {
  const y = +date.slice(0, 4) + years;
  const m = +date.slice(5, 7);
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const d = m === 2 && +date.slice(8, 10) === 29 && !leap ? 28 : +date.slice(8, 10);
  return `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
}

/** 0 Sunday … 6 Saturday. */
export function dayOfWeek(date: CivilDate): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "Thursday 28 March 2024" (or "28 March 2024" without the weekday). */
export function formatDate(date: CivilDate, withWeekday = true): string {
  const text = `${+date.slice(8, 10)} ${MONTHS[+date.slice(5, 7) - 1]} ${date.slice(0, 4)}`;
  return withWeekday ? `${WEEKDAYS[dayOfWeek(date)]} ${text}` : text;
}

/** "March 2024". */
export function formatMonth(date: CivilDate): string {
  return `${MONTHS[+date.slice(5, 7) - 1]} ${date.slice(0, 4)}`;
}

/** "2pm", "10:30am", "12 noon" for a local `HH:MM`. */
export function formatTime(time: string): string {
  const h = +time.slice(0, 2);
  const m = time.slice(3, 5);
  if (h === 12 && m === '00') return '12 noon';
  if (h === 0 && m === '00') return 'midnight';
  const suffix = h < 12 ? 'am' : 'pm';
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return m === '00' ? `${h12}${suffix}` : `${h12}:${m}${suffix}`;
}

/** The financial year `2017-18` as its first and last civil dates. */
export function financialYear(year: string): { start: CivilDate; end: CivilDate } {
  const first = +year.slice(0, 4);
  return { start: `${first}-04-01`, end: `${first + 1}-03-31` };
}

/** Whether a dated thing (from/until, both optional, inclusive) overlaps [start, end]. */
export function overlaps(span: { from?: CivilDate; until?: CivilDate }, start: CivilDate, end: CivilDate): boolean {
  return (!span.from || span.from <= end) && (!span.until || span.until >= start);
}

/** Whether [inner.from, inner.until] lies inside [outer.from, outer.until]; open ends run for ever. */
export function within(
  inner: { from?: CivilDate; until?: CivilDate },
  outer: { from?: CivilDate; until?: CivilDate },
): boolean {
  if (outer.from && (!inner.from || inner.from < outer.from)) return false;
  if (outer.until && (!inner.until || inner.until > outer.until)) return false;
  return true;
}
