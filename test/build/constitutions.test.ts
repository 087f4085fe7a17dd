// Fixture sites with each source constitution's call-in rule: each builds, and its pages,
// data and calendar show its own rule for the same decision.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { build, fixtures } from './helpers.ts';

const cases = [
  {
    name: 'croydon',
    lastDay: '2023-05-17',
    closesAt: '13:00',
    implementableFrom: '2023-05-17T13:00',
    page: [
      'Call-in closed at 1pm on Wednesday 17 May 2023',
      '5 working days after the decision was made on Wednesday 10 May 2023',
      'Can be implemented from 1pm on Wednesday 17 May 2023',
    ],
    dtstart: 'DTSTART;TZID=Europe/London:20230517T130000',
  },
  {
    name: 'wiltshire',
    lastDay: '2023-05-18',
    closesAt: '17:00',
    implementableFrom: '2023-05-18T17:00',
    page: ['Call-in closed at 5pm on Thursday 18 May 2023', 'after the record was published on Thursday 11 May 2023'],
    dtstart: 'DTSTART;TZID=Europe/London:20230518T170000',
  },
  {
    name: 'west-somerset',
    lastDay: '2023-05-19',
    closesAt: 'end-of-day',
    implementableFrom: '2023-05-22T00:00',
    page: ['Call-in closed at the end of Friday 19 May 2023', 'Can be implemented from Monday 22 May 2023'],
    dtstart: 'DTSTART;VALUE=DATE:20230519',
  },
  {
    name: 'three-day',
    lastDay: '2023-05-16',
    closesAt: 'end-of-day',
    implementableFrom: '2023-05-17T00:00',
    page: ['Call-in closed at the end of Tuesday 16 May 2023', '3 working days after the record was published'],
    dtstart: 'DTSTART;VALUE=DATE:20230516',
  },
] as const;

describe('call-in rules of the source constitutions', () => {
  for (const c of cases) {
    it(`${c.name}: the page, the data and the calendar show its rule`, () => {
      const r = build(join(fixtures, 'constitutions', c.name), '2024-06-10');
      expect(r.status, r.output).toBe(0);
      const decision = JSON.parse(readFileSync(join(r.outDir, 'data', 'decisions.json'), 'utf8')).find(
        (d: { id: string }) => d.id === 'jcb-2023-001',
      );
      expect(decision.callIn).toMatchObject({
        applies: true,
        status: 'closed',
        lastDay: c.lastDay,
        closesAt: c.closesAt,
        implementableFrom: c.implementableFrom,
      });
      const page = readFileSync(join(r.outDir, 'decisions', 'jcb-2023-001', 'index.html'), 'utf8');
      for (const text of c.page) expect(page).toContain(text);
      const ics = readFileSync(join(r.outDir, 'calendar', 'call-in.ics'), 'utf8');
      const event = ics.split('BEGIN:VEVENT').find((e) => e.includes('UID:call-in-jcb-2023-001@'))!;
      expect(event).toContain(c.dtstart);
      expect(() => ICAL.parse(ics)).not.toThrow();
    });
  }

  it('sheffield: decisions of an advisory joint committee are not subject to call-in', () => {
    const r = build(join(fixtures, 'constitutions', 'sheffield'), '2024-06-10');
    expect(r.status, r.output).toBe(0);
    const decisions = JSON.parse(readFileSync(join(r.outDir, 'data', 'decisions.json'), 'utf8'));
    for (const d of decisions)
      expect(d.callIn).toMatchObject({
        applies: false,
        status: 'not-applicable',
        lastDay: null,
        implementableFrom: null,
      });
    expect(readFileSync(join(r.outDir, 'decisions', 'jcb-2023-001', 'index.html'), 'utf8')).toContain(
      'The body advises; the partners make the decisions.',
    );
    expect(readFileSync(join(r.outDir, 'calendar', 'call-in.ics'), 'utf8')).not.toContain('BEGIN:VEVENT');
  });
});
