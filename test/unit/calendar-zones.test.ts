// Calendars are the same bytes whatever the machine's time zone, and every event is at the right
// instant. Node reads process.env.TZ afresh when it changes, so one test run can try many zones.
import { afterEach, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { callInCalendar, forwardPlanCalendar, meetingsCalendar } from '../../src/publication/calendar.ts';
import type { PublicModel } from '../../src/publication/model.ts';

const ZONES = [
  'UTC',
  'Europe/London',
  'America/Los_Angeles',
  'America/New_York',
  'Pacific/Auckland',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
  'Pacific/Apia',
];

/** London time, and the UTC instant it is. */
const TIMES: [string, string][] = [
  ['2024-03-10T02:30', '2024-03-10T02:30:00Z'], // the US spring-forward day: 02:30 does not exist in Los Angeles
  ['2024-03-31T00:30', '2024-03-31T00:30:00Z'], // before the UK spring-forward hour
  ['2024-03-31T02:30', '2024-03-31T01:30:00Z'], // after it
  ['2024-10-27T00:30', '2024-10-26T23:30:00Z'], // before the UK fall-back hour
  ['2024-10-27T02:30', '2024-10-27T02:30:00Z'], // after it
  ['2024-05-31T23:30', '2024-05-31T22:30:00Z'], // late at night in summer: still 31 May in London
  ['2024-04-07T02:30', '2024-04-07T01:30:00Z'], // the day New Zealand's clocks go back: 02:30 happens twice in Auckland
];

const meeting = ([start]: [string, string], i: number) => ({
  id: `m-${i}`,
  href: `/x/meetings/m-${i}/`,
  date: start.slice(0, 10),
  announced: start.slice(0, 10),
  start,
  end: undefined,
  status: 'scheduled',
  body: { id: 'board', title: 'Board' },
  items: [],
});

const model = {
  site: { url: 'https://example.org/x/', title: 'Test', base: '/x/' },
  meetings: TIMES.map(meeting),
  decisions: [
    // A timed call-in window, closing at 02:30 on the day 02:30 does not exist in Los Angeles.
    {
      id: 'd-1',
      title: 'Decision',
      href: '/x/decisions/d-1/',
      published: '2024-03-04',
      callIn: {
        applies: true,
        window: {
          start: '2024-03-04',
          lastDay: '2024-03-10',
          closesAt: '02:30',
          implementableFrom: '2024-03-10T02:30',
        },
        rule: { workingDays: 5, countFrom: 'publication' },
        holidays: [],
      },
    },
    // An all-day one, on 30 December 2011, a day Samoa skipped.
    {
      id: 'd-2',
      title: 'Decision',
      href: '/x/decisions/d-2/',
      published: '2011-12-22',
      callIn: {
        applies: true,
        window: {
          start: '2011-12-22',
          lastDay: '2011-12-30',
          closesAt: 'end-of-day',
          implementableFrom: '2011-12-31T00:00',
        },
        rule: { workingDays: 5, countFrom: 'publication' },
        holidays: [],
      },
    },
  ],
  forwardPlan: [
    {
      id: 'f-1',
      title: 'Plan',
      href: '/x/forward-plan/f-1/',
      kind: 'key-decision',
      status: 'planned',
      published: '2024-01-02',
      expectedFrom: '2024-03-10',
      expectedTo: '2024-03-31',
      decisionMaker: { title: 'Board' },
    },
  ],
  bodies: [],
} as unknown as PublicModel;

const calendars = () => [meetingsCalendar(model), callInCalendar(model), forwardPlanCalendar(model)];
const events = (text: string) =>
  new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
const original = process.env.TZ;
afterEach(() => {
  // Assigning undefined would set TZ to the text "undefined".
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
});

describe('calendars under any machine time zone', () => {
  it('are byte-identical', () => {
    const built = ZONES.map((tz) => {
      process.env.TZ = tz;
      return calendars();
    });
    for (const [i, other] of built.entries()) expect(other, ZONES[i]).toEqual(built[0]);
  });

  for (const tz of ZONES) {
    it(`put every meeting at its London instant when built under ${tz}`, () => {
      process.env.TZ = tz;
      const [meetings, callIn, forwardPlan] = calendars();
      process.env.TZ = 'UTC';
      const list = events(meetings);
      expect(list).toHaveLength(TIMES.length);
      for (const [i, [local, utc]] of TIMES.entries()) {
        const e = list.find((x) => x.uid === `meeting-m-${i}@example.org`)!;
        expect(e.component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/London');
        expect(e.startDate.toString(), local).toBe(`${local}:00`);
        expect(e.startDate.toJSDate().toISOString(), local).toBe(utc.replace('Z', '.000Z'));
      }
      const [timed, allDay] = events(callIn);
      expect(timed.startDate.toJSDate().toISOString()).toBe('2024-03-10T02:30:00.000Z');
      expect(allDay.startDate.isDate).toBe(true);
      expect(allDay.startDate.toString()).toBe('2011-12-30');
      const [planned] = events(forwardPlan);
      expect([planned.startDate.toString(), planned.endDate.toString()]).toEqual(['2024-03-10', '2024-04-01']);
    });
  }
});
