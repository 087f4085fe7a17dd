/**
 * iCalendar (RFC 5545) files, from the public model only: Europe/London times with the
 * zone defined, UIDs stable across builds, each event linking to its page.
 */
import ical, { type ICalCalendar } from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import type { PublicDecision, PublicModel } from './model.ts';
import { zonedToUtc } from '../domain/dates.ts';
import { callInCounting, implementableFrom } from './explain.ts';

const TZ = 'Europe/London';

function calendar(m: PublicModel, name: string): ICalCalendar {
  return ical({
    name,
    prodId: { company: new URL(m.site.url).host, product: 'joint-board-transparency', language: 'EN' },
    // No calendar-wide zone: DTSTAMP must be UTC; each event carries TZID=Europe/London and the VTIMEZONE is generated for it.
    timezone: { name: null, generator: getVtimezoneComponent },
    url: m.site.url,
  });
}

const uid = (m: PublicModel, kind: string, id: string) => `${kind}-${id}@${new URL(m.site.url).host}`;
const abs = (m: PublicModel, href: string) => new URL(href, m.site.url).href;
/**
 * ical-generator writes dates tagged with a TZID, and all-day dates, with the machine's
 * local getters. So the London wall-clock time is built with the local constructor: the
 * two cancel out under any TZ. (Times this site writes, such as 13:00, never fall in a
 * daylight-saving gap of any zone.)
 */
const wallClock = (local: string) => new Date(+local.slice(0, 4), +local.slice(5, 7) - 1, +local.slice(8, 10), +(local.slice(11, 13) || 12), +(local.slice(14, 16) || 0));
/** A fixed DTSTAMP per entry keeps files byte-identical between builds of the same content. */
const stamp = (date: string) => zonedToUtc(`${date}T00:00`);

function addCallIn(cal: ICalCalendar, m: PublicModel, d: PublicDecision) {
  const w = d.callIn.window!;
  const common = {
    id: uid(m, 'call-in', d.id),
    stamp: stamp(d.published),
    summary: `Call-in closes: ${d.title}`,
    description: `Decision ${d.id}. Counted as ${callInCounting(d.callIn)}. Can be implemented from ${implementableFrom(d.callIn)}.\n${abs(m, d.href)}`,
    url: abs(m, d.href),
    timezone: TZ,
  };
  if (w.closesAt === 'end-of-day') {
    cal.createEvent({ ...common, allDay: true, start: wallClock(w.lastDay) });
  } else {
    const at = wallClock(`${w.lastDay}T${w.closesAt}`);
    cal.createEvent({ ...common, start: at, end: at });
  }
}

/** Every call-in window, one event on its last day. */
export function callInCalendar(m: PublicModel): string {
  const cal = calendar(m, `${m.site.title}: call-in deadlines`);
  for (const d of [...m.decisions].sort((a, b) => a.id.localeCompare(b.id))) if (d.callIn.window && d.callIn.applies) addCallIn(cal, m, d);
  return cal.toString();
}

/** One decision's call-in window, for "Add a reminder". */
export function decisionCallInCalendar(m: PublicModel, d: PublicDecision): string {
  const cal = calendar(m, `Call-in: ${d.title}`);
  addCallIn(cal, m, d);
  return cal.toString();
}
