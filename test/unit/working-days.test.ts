import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  workingCalendar,
  addWorkingDays,
  clearDaysBetween,
  CalendarRangeError,
} from '../../src/domain/working-days.ts';
import { callInWindow, DEFAULT_CALL_IN } from '../../src/domain/call-in.ts';
import { addDays } from '../../src/domain/dates.ts';

const cal = workingCalendar();

describe('call-in worked examples (rules.md: 5 working days from publication, end of day)', () => {
  const cases: [string, string, string, string?][] = [
    ['2024-03-28', '2024-04-08', '2024-04-09T00:00'],
    ['2024-12-23', '2025-01-02', '2025-01-03T00:00'],
    ['2022-05-31', '2022-06-09', '2022-06-10T00:00'],
    ['2022-09-14', '2022-09-22', '2022-09-23T00:00'],
    ['2023-05-04', '2023-05-12', '2023-05-13T00:00', '2023-05-15T00:00'],
  ];
  for (const [published, lastDay, implementable, nextWorking] of cases) {
    it(`published ${published} closes at the end of ${lastDay}`, () => {
      const w = callInWindow(cal, published, DEFAULT_CALL_IN);
      expect(w.lastDay).toBe(lastDay);
      expect(w.implementableFrom).toBe(implementable);
      if (nextWorking) {
        expect(
          callInWindow(cal, published, { ...DEFAULT_CALL_IN, implementFrom: 'next-working-day' }).implementableFrom,
        ).toBe(nextWorking);
      }
    });
  }

  it('a 13:00 window is implementable from 13:00 on the last day (Croydon)', () => {
    const w = callInWindow(cal, '2024-07-15', { ...DEFAULT_CALL_IN, countFrom: 'decision', closesAt: '13:00' });
    expect(w).toMatchObject({ lastDay: '2024-07-22', implementableFrom: '2024-07-22T13:00' });
  });
});

describe('clear days', () => {
  it('a decision on Thu 1 May 2025 needs notice by Wed 2 Apr 2025 (28 clear calendar days)', () => {
    expect(clearDaysBetween(cal, '2025-04-02', '2025-05-01', 'calendar')).toBe(28);
    expect(clearDaysBetween(cal, '2025-04-03', '2025-05-01', 'calendar')).toBe(27);
  });
  it('a meeting on Wed 7 Jan 2026 needs its agenda by Mon 29 Dec 2025 (5 clear working days)', () => {
    expect(clearDaysBetween(cal, '2025-12-29', '2026-01-07', 'working')).toBe(5);
    expect(clearDaysBetween(cal, '2025-12-30', '2026-01-07', 'working')).toBe(4);
  });
});

/** The error a calendar call throws, to look at its words. */
function rangeError(call: () => unknown): CalendarRangeError {
  try {
    call();
  } catch (err) {
    if (err instanceof CalendarRangeError) return err;
    throw err;
  }
  throw new Error('expected a CalendarRangeError');
}

describe('the bank-holiday list', () => {
  it('covers 2000 to 2030', () => {
    expect([cal.first, cal.last]).toEqual(['2000-01-01', '2030-12-31']);
  });
  it('counts working days in its first years', () => {
    expect(cal.holidayName('2000-01-03')).toBe("New Year's Day (substitute day)");
    expect(cal.isWorkingDay('2000-01-04')).toBe(true);
    // Published on Thursday 30 May 2002: the Golden Jubilee and the moved spring bank holiday
    // (Monday 3 and Tuesday 4 June) do not count.
    expect(callInWindow(cal, '2002-05-30', DEFAULT_CALL_IN).lastDay).toBe('2002-06-10');
  });
  it('refuses to guess past its end, and says how to add the year', () => {
    expect(() => addWorkingDays(cal, '2030-12-30', 5)).toThrow(CalendarRangeError);
    const err = rangeError(() => addWorkingDays(cal, '2030-12-30', 5));
    expect(err.date).toMatch(/^2031-01-0\d$/);
    expect(err.message).toContain('(2000-01-01 to 2030-12-31)');
    expect(err.message).toContain(
      'add the England and Wales bank holidays up to 2031-12-31 to src/domain/data/bank-holidays-england-and-wales.csv ' +
        'and run node scripts/import-bank-holidays.mjs src/domain/data/bank-holidays-england-and-wales.csv 2000-01-01 2031-12-31',
    );
  });
  it('asks for every year up to a date several years past its end', () => {
    expect(rangeError(() => cal.isWorkingDay('2033-03-01')).advice).toContain('2000-01-01 2033-12-31');
  });
  it('gives the command in the form the import script takes', () => {
    const script = readFileSync(join(import.meta.dirname, '..', '..', 'scripts', 'import-bank-holidays.mjs'), 'utf8');
    expect(script).toContain('usage: node scripts/import-bank-holidays.mjs <csv> <first YYYY-MM-DD> <last YYYY-MM-DD>');
  });
  it('refuses a date before its start, saying where it begins and not to add years', () => {
    const err = rangeError(() => cal.isWorkingDay('1999-12-31'));
    expect(err.message).toBe(
      '1999-12-31 is outside the bank-holiday list (2000-01-01 to 2030-12-31); ' +
        'the list begins on 2000-01-01, and working days before it cannot be counted',
    );
    expect(err.message).not.toMatch(/later years|import-bank-holidays|add /);
    expect(() => addWorkingDays(cal, '1999-12-29', 1)).toThrow(CalendarRangeError);
  });
  it('takes extra bank holidays and closure days from the site', () => {
    const local = workingCalendar({ extraBankHolidays: ['2026-06-01'], closureDays: ['2026-06-02'] });
    expect(addWorkingDays(local, '2026-05-29', 1)).toBe('2026-06-03');
    expect(addDays('2026-05-29', 1)).toBe('2026-05-30');
  });
});
