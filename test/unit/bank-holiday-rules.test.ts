// The statutory rules (src/domain/bank-holiday-rules.ts) against the project's list: they must
// give exactly GOV.UK's published years, which is what makes them trusted for the years GOV.UK
// does not list (2000-2016 and 2029-2030), and the generated table must be the rules' days.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import {
  BANK_HOLIDAY_RULES_FIRST_YEAR,
  PROCLAMATIONS,
  bankHolidaysOf,
  easterSunday,
  statutoryPattern,
} from '../../src/domain/bank-holiday-rules.ts';
import { BANK_HOLIDAYS, BANK_HOLIDAYS_FIRST, BANK_HOLIDAYS_LAST } from '../../src/domain/data/bank-holidays.ts';
import { dayOfWeek } from '../../src/domain/dates.ts';

const data = join(import.meta.dirname, '..', '..', 'src', 'domain', 'data');
// The project's list, from which src/domain/data/bank-holidays.ts is made; GOV.UK's years in it
// are a copy of the shared published list.
const csv = parse(readFileSync(join(data, 'bank-holidays-england-and-wales.csv'), 'utf8'), {
  columns: true,
  skip_empty_lines: true,
  trim: true,
}) as { date: string; name: string }[];

const GOV_UK_YEARS = range(2017, 2028);
const RULE_YEARS = [...range(2000, 2016), ...range(2029, 2030)];

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
const yearOf = (date: string) => +date.slice(0, 4);
const rulesFor = (year: number) => bankHolidaysOf(year).map((h) => [h.date, h.name]);
const csvYears = [...new Set(csv.map((r) => yearOf(r.date)))].sort((a, b) => a - b);

describe('the rules and the published list', () => {
  it('the list has every year from 2000 to 2030, GOV.UK years and rule years alike', () => {
    expect(csvYears).toEqual(range(2000, 2030));
  });
  for (const year of GOV_UK_YEARS) {
    it(`give GOV.UK's ${year} exactly, dates and names`, () => {
      expect(rulesFor(year)).toEqual(csv.filter((r) => yearOf(r.date) === year).map((r) => [r.date, r.name]));
    });
  }
  it('give every other year of the list exactly', () => {
    // A year added to the list later is checked too, so a proclamation missing from the rules shows.
    for (const year of csvYears.filter((y) => !GOV_UK_YEARS.includes(y))) {
      expect(rulesFor(year), String(year)).toEqual(
        csv.filter((r) => yearOf(r.date) === year).map((r) => [r.date, r.name]),
      );
    }
  });
});

describe('the generated table', () => {
  it('covers 2000-01-01 to 2030-12-31', () => {
    expect([BANK_HOLIDAYS_FIRST, BANK_HOLIDAYS_LAST]).toEqual(['2000-01-01', '2030-12-31']);
  });
  it('is the list between its first and last dates (made by scripts/import-bank-holidays.mjs)', () => {
    const inRange = csv.filter((r) => r.date >= BANK_HOLIDAYS_FIRST && r.date <= BANK_HOLIDAYS_LAST);
    expect(BANK_HOLIDAYS.map(([d, n]) => [d, n])).toEqual(inRange.map((r) => [r.date, r.name]));
  });
  it('is what the rules give for 2000-2016 and 2029-2030', () => {
    for (const year of RULE_YEARS) {
      expect(
        BANK_HOLIDAYS.filter(([d]) => yearOf(d) === year).map(([d, n]) => [d, n]),
        String(year),
      ).toEqual(rulesFor(year));
    }
  });
  it('says where each span of years came from', () => {
    expect(readFileSync(join(data, 'bank-holidays.ts'), 'utf8').split('\n')[0]).toBe(
      "// England and Wales bank holidays: 2000-2016 from the statutory rules and proclamations, 2017-2028 from GOV.UK's published list, 2029-2030 from the statutory rules.",
    );
  });
});

describe('2000 to 2011, before the published list', () => {
  const days = new Map(range(2000, 2011).flatMap((y) => bankHolidaysOf(y).map((h) => [h.date, h.name])));
  it.each([
    ['2000-01-03', "New Year's Day (substitute day)"],
    ['2002-06-03', "Queen's Golden Jubilee"],
    ['2002-06-04', 'Spring bank holiday (moved)'],
    ['2004-12-27', 'Christmas Day (substitute day)'],
    ['2004-12-28', 'Boxing Day (substitute day)'],
    ['2005-01-03', "New Year's Day (substitute day)"],
    ['2005-12-26', 'Boxing Day'],
    ['2005-12-27', 'Christmas Day (substitute day)'],
    ['2006-01-02', "New Year's Day (substitute day)"],
    ['2009-12-28', 'Boxing Day (substitute day)'],
    ['2010-12-27', 'Christmas Day (substitute day)'],
    ['2010-12-28', 'Boxing Day (substitute day)'],
    ['2011-04-29', 'Royal wedding'],
    ['2011-12-26', 'Boxing Day'],
    ['2011-12-27', 'Christmas Day (substitute day)'],
  ])('%s is %s', (date, name) => {
    expect(days.get(date)).toBe(name);
  });
  it('2002 has no spring bank holiday on the last Monday in May, since it moved', () => {
    expect(days.has('2002-05-27')).toBe(false);
  });
  it('2011 has nine bank holidays and 2002 nine, the others eight', () => {
    for (const year of range(2000, 2011))
      expect(bankHolidaysOf(year).length, String(year)).toBe(year === 2002 || year === 2011 ? 9 : 8);
  });
});

describe('the rules', () => {
  it('find Easter Sunday by the Gregorian computus', () => {
    const known: [number, string][] = [
      [2000, '2000-04-23'],
      [2008, '2008-03-23'],
      [2011, '2011-04-24'],
      [2019, '2019-04-21'],
      [2038, '2038-04-25'],
      [2285, '2285-03-22'],
    ];
    for (const [year, date] of known) expect(easterSunday(year), String(year)).toBe(date);
  });
  it('give eight distinct weekdays a year in date order, for a century of years', () => {
    for (const year of range(2000, 2100)) {
      const dates = statutoryPattern(year).map((h) => h.date);
      expect(new Set(dates).size, String(year)).toBe(8);
      expect(
        dates.every((d) => dayOfWeek(d) !== 0 && dayOfWeek(d) !== 6),
        String(year),
      ).toBe(true);
      const all = bankHolidaysOf(year).map((h) => h.date);
      expect(all, String(year)).toEqual([...all].sort());
    }
  });
  it('move only days the pattern gives, to weekdays in the same year', () => {
    for (const { from, to } of PROCLAMATIONS.moved) {
      expect(statutoryPattern(yearOf(from)).map((h) => h.date)).toContain(from);
      expect(yearOf(to)).toBe(yearOf(from));
      expect([0, 6]).not.toContain(dayOfWeek(to));
    }
  });
  it('add one-offs on weekdays that are not already bank holidays', () => {
    for (const { date } of PROCLAMATIONS.oneOffs) {
      expect([0, 6]).not.toContain(dayOfWeek(date));
      expect(statutoryPattern(yearOf(date)).map((h) => h.date)).not.toContain(date);
    }
  });
  it('refuse years before 2000, whose one-offs they do not hold', () => {
    expect(BANK_HOLIDAY_RULES_FIRST_YEAR).toBe(2000);
    expect(() => bankHolidaysOf(1999)).toThrow(RangeError);
    expect(() => bankHolidaysOf(2000.5)).toThrow(RangeError);
  });
});
