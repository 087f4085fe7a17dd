// What the published iCalendar files say, read back with ical.js: which events each file
// holds, their UIDs, times, statuses and text. Time-zone arithmetic under other machine zones
// is in calendar-zones.test.ts.
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { join } from 'node:path';
import { checkContentRoot } from '../../src/publication/load.ts';
import { buildPublicModel } from '../../src/publication/model.ts';
import type { Content } from '../../src/domain/content.ts';
import {
  bodyCalendar,
  callInCalendar,
  decisionCallInCalendar,
  forwardPlanCalendar,
  meetingCalendar,
  meetingsCalendar,
  plannedKeyDecisions,
} from '../../src/publication/calendar.ts';

const m = buildPublicModel(checkContentRoot(join(import.meta.dirname, '..', '..', 'content')).content as Content, {
  buildDate: '2024-06-10',
});
const read = (text: string) => {
  const cal = new ICAL.Component(ICAL.parse(text));
  return {
    name: cal.getFirstPropertyValue('name') ?? cal.getFirstPropertyValue('x-wr-calname'),
    zones: cal.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid')),
    events: cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)),
  };
};
const host = 'democracy.example.org';

describe('meetingsCalendar', () => {
  const cal = read(meetingsCalendar(m));

  it('holds every published meeting once, with a stable UID, sorted by id', () => {
    expect(cal.name).toBe(`${m.site.title}: meetings`);
    expect(cal.events.map((e) => e.uid)).toEqual(
      [...m.meetings].map((x) => `meeting-${x.id}@${host}`).sort((a, b) => a.localeCompare(b)),
    );
  });

  it('puts each meeting at its London time, defining the zone it uses', () => {
    expect(cal.zones).toEqual(['Europe/London']);
    const x = m.meetings.find((y) => y.id === '2019-01-24-joint-commissioning-board')!;
    const e = cal.events.find((y) => y.uid === `meeting-${x.id}@${host}`)!;
    expect(e.component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/London');
    expect(e.startDate.toString()).toBe(`${x.start}:00`);
    if (x.end) expect(e.endDate.toString()).toBe(`${x.end}:00`);
    expect(e.summary).toBe('Joint Commissioning Board');
    expect(e.location).toBe(x.venue);
    expect(e.component.getFirstPropertyValue('url')).toBe(`https://${host}${x.href}`);
    expect(e.description).toContain('Agenda:\n1. ');
    expect(e.description.endsWith(`https://${host}${x.href}`)).toBe(true);
    expect(e.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
  });

  it('marks a cancelled meeting cancelled, in its status and its summary', () => {
    const e = cal.events.find((y) => y.uid === `meeting-2020-03-26-joint-commissioning-board@${host}`)!;
    expect(e.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(e.summary).toBe('Cancelled: Joint Commissioning Board');
  });

  it('says when a meeting’s agenda is not out yet', () => {
    const e = cal.events.find((y) => y.uid === `meeting-2027-03-18-joint-commissioning-board@${host}`)!;
    expect(e.description.startsWith('The agenda has not been published yet.')).toBe(true);
  });
});

describe('bodyCalendar and meetingCalendar', () => {
  it('hold only one board’s meetings, or the one meeting', () => {
    const cabinet = m.bodies.find((b) => b.id === 'scc-cabinet')!;
    const cal = read(bodyCalendar(m, cabinet));
    expect(cal.name).toBe('Cabinet: meetings');
    expect(cal.events.map((e) => e.uid)).toEqual([`meeting-2017-07-18-scc-cabinet@${host}`]);
    const hwb = m.bodies.find((b) => b.id === 'health-and-wellbeing-board')!;
    expect(read(bodyCalendar(m, hwb)).events).toEqual([]);
    const one = read(meetingCalendar(m, m.meetings[0]));
    expect(one.events.map((e) => e.uid)).toEqual([`meeting-${m.meetings[0].id}@${host}`]);
  });
});

describe('every calendar file', () => {
  const hwb = m.bodies.find((b) => b.id === 'health-and-wellbeing-board')!;
  const files: [string, string][] = [
    ['meetings', meetingsCalendar(m)],
    ['a board with no public meetings', bodyCalendar(m, hwb)],
    ['call-in', callInCalendar(m)],
    ['forward plan', forwardPlanCalendar(m)],
    ['one meeting', meetingCalendar(m, m.meetings[0])],
    [
      'one decision',
      decisionCallInCalendar(
        m,
        m.decisions.find((d) => d.callIn.window)!,
      ),
    ],
  ];

  it('holds a component, the Europe/London zone, even when it has no events (RFC 5545 wants one)', () => {
    expect(read(bodyCalendar(m, hwb)).events).toEqual([]);
    for (const [name, text] of files) {
      expect(read(text).zones, name).toEqual(['Europe/London']);
      expect(text.match(/^BEGIN:VTIMEZONE\r$/gm), name).toHaveLength(1);
    }
  });

  it('ends every line with CRLF, the last one included', () => {
    for (const [name, text] of files) {
      expect(text.endsWith('END:VCALENDAR\r\n'), name).toBe(true);
      expect(text.replace(/\r\n/g, ''), name).not.toMatch(/[\r\n]/);
    }
  });
});

describe('callInCalendar', () => {
  const cal = read(callInCalendar(m));

  it('holds a deadline for every decision whose call-in window applies, and none for exempt ones', () => {
    const expected = m.decisions
      .filter((d) => d.callIn.applies && d.callIn.window)
      .map((d) => `call-in-${d.id}@${host}`)
      .sort((a, b) => a.localeCompare(b));
    expect(cal.events.map((e) => e.uid)).toEqual(expected);
    expect(expected).toContain(`call-in-jcb-2024-001@${host}`);
    expect(expected).not.toContain(`call-in-jcb-2020-001@${host}`);
    expect(expected).not.toContain(`call-in-jcb-2019-005@${host}`);
  });

  it('puts a window that closes at the end of the day on its last day, all day, and says how it was counted', () => {
    const d = m.decisions.find((x) => x.id === 'jcb-2024-001')!;
    const e = cal.events.find((x) => x.uid === `call-in-${d.id}@${host}`)!;
    expect(e.startDate.isDate).toBe(true);
    expect(e.startDate.toString()).toBe(d.callIn.window!.lastDay);
    expect(e.summary).toBe(`Call-in closes: ${d.title}`);
    expect(e.description).toMatch(
      /^Decision KD 2023\/31\. Counted as 5 working days after the record was published on .+\. Can be implemented from .+\.\n/,
    );
  });

  it('is the same event in a decision’s own reminder', () => {
    const d = m.decisions.find((x) => x.id === 'jcb-2024-001')!;
    const one = read(decisionCallInCalendar(m, d));
    expect(one.name).toBe(`Call-in: ${d.title}`);
    expect(one.events).toHaveLength(1);
    const e = cal.events.find((x) => x.uid === `call-in-${d.id}@${host}`)!;
    expect(one.events[0].uid).toBe(e.uid);
    expect(one.events[0].description).toBe(e.description);
  });
});

describe('forwardPlanCalendar', () => {
  const cal = read(forwardPlanCalendar(m));

  it('holds the key decisions still planned, not private meeting notices or settled entries', () => {
    expect(plannedKeyDecisions(m).map((f) => f.id)).toEqual(['fp-2026-005', 'fp-2026-006', 'fp-2026-008']);
    expect(cal.events.map((e) => e.uid)).toEqual([
      `forward-plan-fp-2026-005@${host}`,
      `forward-plan-fp-2026-006@${host}`,
      `forward-plan-fp-2026-008@${host}`,
    ]);
  });

  it('gives an expected date one all-day event, and an expected period an event ending the day after it', () => {
    const byId = (id: string) => cal.events.find((e) => e.uid === `forward-plan-${id}@${host}`)!;
    const day = byId('fp-2026-005');
    expect(day.startDate.isDate).toBe(true);
    expect(day.startDate.toString()).toBe('2026-12-17');
    expect(day.summary).toMatch(/^Key decision expected: /);
    const period = byId('fp-2026-008');
    expect([period.startDate.toString(), period.endDate.toString()]).toEqual(['2027-03-01', '2027-04-01']);
    expect(period.description).toMatch(/^Forward plan KD 2026\/23\. Decision maker: Joint Commissioning Board\.\n/);
  });
});
