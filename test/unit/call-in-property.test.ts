// Compares the call-in and clear-day functions with a deliberately simple second
// implementation that walks the calendar one day at a time, for every start date
// from 2017-01-01 to 2030-12-01 and every combination of settings.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { callInWindow, type CallInRule } from '../../src/domain/call-in.ts';
import { clearDaysBetween, workingCalendar } from '../../src/domain/working-days.ts';

// The project's list (GOV.UK's years and the statutory rules' years), from which
// src/domain/data/bank-holidays.ts is made.
const csvText = readFileSync(
  join(import.meta.dirname, '..', '..', 'src', 'domain', 'data', 'bank-holidays-england-and-wales.csv'),
  'utf8',
);
const holidays = new Set(
  csvText
    .split('\n')
    .slice(1)
    .map((l) => l.split(',')[0])
    .filter(Boolean),
);

// The simple implementation: JavaScript dates at UTC noon, one day at a time.
const toDate = (s: string) => new Date(`${s}T12:00:00Z`);
const toStr = (d: Date) => d.toISOString().slice(0, 10);
const nextDay = (s: string) => toStr(new Date(toDate(s).getTime() + 86_400_000));
const working = (s: string) => ![0, 6].includes(toDate(s).getUTCDay()) && !holidays.has(s);

function simpleWindow(start: string, rule: CallInRule) {
  let day = start;
  let counted = 0;
  while (counted < rule.workingDays) {
    day = nextDay(day);
    if (working(day)) counted++;
  }
  const ends = rule.closesAt === 'end-of-day' ? `${nextDay(day)}T00:00` : `${day}T${rule.closesAt}`;
  let implementable = ends;
  if (rule.implementFrom === 'next-working-day') {
    let next = nextDay(day);
    while (!working(next)) next = nextDay(next);
    implementable = `${next}T00:00`;
  }
  return { lastDay: day, implementableFrom: implementable };
}

function simpleClearDays(from: string, to: string, count: 'calendar' | 'working') {
  let n = 0;
  for (let d = nextDay(from); d < to; d = nextDay(d)) if (count === 'calendar' || working(d)) n++;
  return n;
}

const starts: string[] = [];
for (let d = '2017-01-01'; d <= '2030-12-01'; d = nextDay(d)) starts.push(d);

describe('call-in windows agree with a day-by-day walk', () => {
  const cal = workingCalendar();
  for (const workingDays of [1, 3, 5, 10]) {
    for (const closesAt of ['end-of-day', '13:00', '17:00']) {
      for (const implementFrom of ['expiry', 'next-working-day'] as const) {
        it(`${workingDays} working days, closing ${closesAt}, implementable from ${implementFrom}`, () => {
          const rule: CallInRule = { workingDays, countFrom: 'publication', closesAt, implementFrom, appliesTo: 'all' };
          for (const start of starts) {
            const w = callInWindow(cal, start, rule);
            const simple = simpleWindow(start, rule);
            if (w.lastDay !== simple.lastDay || w.implementableFrom !== simple.implementableFrom) {
              expect({ start, lastDay: w.lastDay, implementableFrom: w.implementableFrom }).toEqual({
                start,
                ...simple,
              });
            }
          }
        });
      }
    }
  }
});

describe('clear days agree with a day-by-day walk', () => {
  const cal = workingCalendar();
  for (const count of ['calendar', 'working'] as const) {
    it(`${count} clear days for gaps of 0 to 40 days`, () => {
      for (let i = 0; i < starts.length; i += 3) {
        const from = starts[i];
        let to = from;
        for (let gap = 0; gap <= 40; gap++) {
          if (to > '2030-12-31') break;
          const a = clearDaysBetween(cal, from, to, count);
          const b = simpleClearDays(from, to, count);
          if (a !== b) expect({ from, to, count: a }).toEqual({ from, to, count: b });
          to = nextDay(to);
        }
      }
    });
  }
});

describe('the project holiday list', () => {
  it('is the CSV list exactly, from its first day to its last', () => {
    const cal = workingCalendar();
    for (let d = cal.first; d <= cal.last; d = nextDay(d))
      expect(cal.holidayName(d) !== undefined, d).toBe(holidays.has(d));
  });
});
