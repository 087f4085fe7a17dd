// The call-in rules of the source constitutions (test/fixtures/constitutions/): for the same
// decision, each fixture's model gives its own window, and the open data record, the sentences
// the decision page prints and the call-in calendar say the same. test/build/call-in.test.ts
// checks that pages print these sentences.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { checkContentRoot } from '../../src/publication/load.ts';
import { buildPublicModel, type PublicModel } from '../../src/publication/model.ts';
import { decisionRecord } from '../../src/publication/open-data.ts';
import { callInCloses, callInCounting, implementableFrom } from '../../src/publication/explain.ts';
import { callInCalendar } from '../../src/publication/calendar.ts';

const BUILD_DATE = '2024-06-10';
const fixtures = join(import.meta.dirname, '..', 'fixtures', 'constitutions');

function model(name: string): PublicModel {
  const { content, problems } = checkContentRoot(join(fixtures, name), BUILD_DATE);
  expect(problems).toEqual([]);
  return buildPublicModel(content!, { buildDate: BUILD_DATE });
}

/** The call-in calendar's events, parsed as a calendar program reads them. */
function callInEvents(m: PublicModel) {
  return new ICAL.Component(ICAL.parse(callInCalendar(m))).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

const cases = [
  {
    name: 'croydon',
    lastDay: '2023-05-17',
    closesAt: '13:00',
    implementableFrom: '2023-05-17T13:00',
    closes: '1pm on Wednesday 17 May 2023',
    counting: '5 working days after the decision was made on Wednesday 10 May 2023',
    implementable: '1pm on Wednesday 17 May 2023',
    event: { allDay: false, start: '2023-05-17T13:00:00' },
  },
  {
    name: 'wiltshire',
    lastDay: '2023-05-18',
    closesAt: '17:00',
    implementableFrom: '2023-05-18T17:00',
    closes: '5pm on Thursday 18 May 2023',
    counting: '5 working days after the record was published on Thursday 11 May 2023',
    implementable: '5pm on Thursday 18 May 2023',
    event: { allDay: false, start: '2023-05-18T17:00:00' },
  },
  {
    // jcb-2023-001 is published on a Friday, so expiry (Saturday) and the next working day differ.
    name: 'west-somerset',
    lastDay: '2023-05-19',
    closesAt: 'end-of-day',
    implementableFrom: '2023-05-22T00:00',
    closes: 'the end of Friday 19 May 2023',
    counting: '5 working days after the record was published on Friday 12 May 2023',
    implementable: 'Monday 22 May 2023',
    event: { allDay: true, start: '2023-05-19' },
  },
  {
    name: 'three-day',
    lastDay: '2023-05-16',
    closesAt: 'end-of-day',
    implementableFrom: '2023-05-17T00:00',
    closes: 'the end of Tuesday 16 May 2023',
    counting: '3 working days after the record was published on Thursday 11 May 2023',
    implementable: 'Wednesday 17 May 2023',
    event: { allDay: true, start: '2023-05-16' },
  },
] as const;

describe('call-in rules of the source constitutions', () => {
  for (const c of cases) {
    it(`${c.name}: the data, the page's sentences and the calendar show its rule for jcb-2023-001`, () => {
      const m = model(c.name);
      const d = m.decisions.find((x) => x.id === 'jcb-2023-001')!;
      expect(decisionRecord(m, d).callIn).toMatchObject({
        applies: true,
        status: 'closed',
        lastDay: c.lastDay,
        closesAt: c.closesAt,
        implementableFrom: c.implementableFrom,
      });
      expect(callInCloses(d.callIn)).toBe(c.closes);
      expect(callInCounting(d.callIn)).toBe(c.counting);
      expect(implementableFrom(d.callIn)).toBe(c.implementable);

      const event = callInEvents(m).find((e) => e.uid.startsWith('call-in-jcb-2023-001@'))!;
      expect(event).toBeDefined();
      expect(event.startDate.isDate).toBe(c.event.allDay);
      expect(event.startDate.toString()).toBe(c.event.start);
      if (!c.event.allDay)
        expect(event.component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/London');
    });
  }

  it('sheffield: decisions of an advisory joint committee are not subject to call-in', () => {
    const m = model('sheffield');
    expect(m.decisions.length).toBeGreaterThan(0);
    for (const d of m.decisions) {
      expect(decisionRecord(m, d).callIn, d.id).toMatchObject({
        applies: false,
        status: 'not-applicable',
        lastDay: null,
        implementableFrom: null,
      });
      expect(d.callIn.reason, d.id).toBe('The body advises; the partners make the decisions.');
      expect(callInCloses(d.callIn), d.id).toBeUndefined();
    }
    expect(callInEvents(m)).toEqual([]);
  });
});
