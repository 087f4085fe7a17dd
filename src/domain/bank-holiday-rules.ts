/**
 * England and Wales bank holidays worked out for a year from the law rather than read from a
 * list: the Banking and Financial Dealings Act 1971 (Schedule 1: Easter Monday, the last Monday
 * in May and in August, 26 December unless a Sunday, and 27 December when the 25th or 26th is a
 * Sunday), Good Friday and Christmas Day (common law holidays), the royal proclamations that stand
 * every year (New Year's Day since 1974, the first Monday in May since 1978, the other substitute
 * days at Christmas and New Year), and the one-off proclamations that moved or added a day.
 *
 * The site counts working days from src/domain/data/bank-holidays.ts, not from here. These rules
 * made the years GOV.UK does not list (2000-2016, 2029-2030) and are checked against the years it
 * does, so a one-off proclaimed later must be added to ONE_OFFS below (and a date that moved, to
 * MOVED) before its year goes into the list.
 */
import { addDays, dayOfWeek, type CivilDate } from './dates.ts';

export interface BankHoliday {
  date: CivilDate;
  name: string;
}

/**
 * The first year the rules are complete for. Earlier years had one-offs that are not below
 * (the 1981 royal wedding, VE Day 75 in 1995, the 1999 millennium holiday), so they are refused
 * rather than given wrongly; the site needs nothing before the Local Government Act 2000.
 */
export const BANK_HOLIDAY_RULES_FIRST_YEAR = 2000;

/** Days of the pattern a proclamation moved: the date the pattern gives, where it went, and its name there. */
const MOVED: ReadonlyArray<{ from: CivilDate; to: CivilDate; name: string }> = [
  // The Queen's Golden Jubilee weekend.
  { from: '2002-05-27', to: '2002-06-04', name: 'Spring bank holiday (moved)' },
  // The Queen's Diamond Jubilee weekend.
  { from: '2012-05-28', to: '2012-06-04', name: 'Spring bank holiday (moved)' },
  // The 75th anniversary of VE Day.
  { from: '2020-05-04', to: '2020-05-08', name: 'Early May bank holiday (VE Day) — moved from Mon 4 May' },
  // The Queen's Platinum Jubilee weekend.
  { from: '2022-05-30', to: '2022-06-02', name: 'Spring bank holiday — moved from Mon 30 May' },
];

/** Days a proclamation added for one year only. Names are GOV.UK's where it lists the year. */
const ONE_OFFS: readonly BankHoliday[] = [
  { date: '2002-06-03', name: "Queen's Golden Jubilee" },
  { date: '2011-04-29', name: 'Royal wedding' },
  { date: '2012-06-05', name: "Queen's Diamond Jubilee" },
  { date: '2022-06-03', name: 'Platinum Jubilee bank holiday (one-off)' },
  { date: '2022-09-19', name: 'Bank Holiday for the State Funeral of Queen Elizabeth II (one-off)' },
  { date: '2023-05-08', name: 'Bank holiday for the coronation of King Charles III (one-off)' },
];

const pad = (n: number) => String(n).padStart(2, '0');
const civil = (year: number, month: number, day: number): CivilDate => `${year}-${pad(month)}-${pad(day)}`;

const SATURDAY = 6;
const SUNDAY = 0;
const MONDAY = 1;
const FRIDAY = 5;

/** Easter Sunday in the Gregorian calendar (the anonymous algorithm, as given by Meeus). */
export function easterSunday(year: number): CivilDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return civil(year, month, day);
}

/** The first Monday on or after a date. */
const mondayFrom = (date: CivilDate) => addDays(date, (MONDAY - dayOfWeek(date) + 7) % 7);

/** The last Monday on or before a date. */
const mondayUntil = (date: CivilDate) => addDays(date, -((dayOfWeek(date) - MONDAY + 7) % 7));

/** 1 January, or the Monday after it falls at a weekend (the standing proclamation's substitute day). */
function newYearsDay(year: number): BankHoliday {
  const day = civil(year, 1, 1);
  if (dayOfWeek(day) === SATURDAY || dayOfWeek(day) === SUNDAY)
    return { date: mondayFrom(day), name: "New Year's Day (substitute day)" };
  return { date: day, name: "New Year's Day" };
}

/**
 * Christmas Day and Boxing Day, each moved to the next free weekday when it falls at a weekend,
 * named as GOV.UK names them: when Christmas is on a Sunday, Boxing Day keeps the 26th and the
 * 27th is Christmas Day's substitute.
 */
function christmas(year: number): BankHoliday[] {
  const day = (d: number) => civil(year, 12, d);
  switch (dayOfWeek(day(25))) {
    case SATURDAY:
      return [
        { date: day(27), name: 'Christmas Day (substitute day)' },
        { date: day(28), name: 'Boxing Day (substitute day)' },
      ];
    case SUNDAY:
      return [
        { date: day(26), name: 'Boxing Day' },
        { date: day(27), name: 'Christmas Day (substitute day)' },
      ];
    case FRIDAY:
      return [
        { date: day(25), name: 'Christmas Day' },
        { date: day(28), name: 'Boxing Day (substitute day)' },
      ];
    default:
      return [
        { date: day(25), name: 'Christmas Day' },
        { date: day(26), name: 'Boxing Day' },
      ];
  }
}

/** The days the Act and the standing proclamations give every year, before any one-off changes. */
export function statutoryPattern(year: number): BankHoliday[] {
  const easter = easterSunday(year);
  return [
    newYearsDay(year),
    { date: addDays(easter, -2), name: 'Good Friday' },
    { date: addDays(easter, 1), name: 'Easter Monday' },
    { date: mondayFrom(civil(year, 5, 1)), name: 'Early May bank holiday' },
    { date: mondayUntil(civil(year, 5, 31)), name: 'Spring bank holiday' },
    { date: mondayUntil(civil(year, 8, 31)), name: 'Summer bank holiday' },
    ...christmas(year),
  ];
}

/**
 * A year's England and Wales bank holidays in date order: the statutory pattern with the one-off
 * proclamations applied. For a year not yet reached, a one-off proclaimed later is not included.
 */
export function bankHolidaysOf(year: number): BankHoliday[] {
  if (!Number.isInteger(year) || year < BANK_HOLIDAY_RULES_FIRST_YEAR)
    throw new RangeError(`bank-holiday rules start in ${BANK_HOLIDAY_RULES_FIRST_YEAR}; ${year} is not covered`);
  const inYear = (date: CivilDate) => date.startsWith(`${year}-`);
  const moved = (h: BankHoliday): BankHoliday => {
    const move = MOVED.find((m) => m.from === h.date);
    return move ? { date: move.to, name: move.name } : h;
  };
  return [...statutoryPattern(year).map(moved), ...ONE_OFFS.filter((h) => inYear(h.date))].sort((a, b) =>
    a.date.localeCompare(b.date),
  );
}

/** Every proclamation's dates, so a test can check each move starts from a day the pattern gives. */
export const PROCLAMATIONS = { moved: MOVED, oneOffs: ONE_OFFS } as const;
