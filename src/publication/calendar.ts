/**
 * iCalendar (RFC 5545) files, from the public model only: Europe/London times with the
 * zone defined, UIDs stable across builds, each event linking to its page.
 */
import ical, { ICalEventStatus, type ICalCalendar } from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import type { PublicBody, PublicDecision, PublicForwardPlanEntry, PublicMeeting, PublicModel } from './model.ts';
import { addDays, formatDate } from '../domain/dates.ts';
import { LONDON, plainDate, startOfDay, zoned } from '../domain/local-time.ts';
import { callInCounting, implementableFrom } from './explain.ts';
import { absoluteUrl } from './urls.ts';
import { byId } from '../domain/order.ts';
import { shownReference } from '../domain/references.ts';

const TZ = LONDON;

function calendar(m: PublicModel, name: string): ICalCalendar {
  return ical({
    name,
    prodId: { company: new URL(m.site.url).host, product: 'joint-board-transparency', language: 'EN' },
    // No calendar-wide zone: DTSTAMP must be UTC; each event carries TZID=Europe/London and the VTIMEZONE is generated for it.
    timezone: { name: null, generator: getVtimezoneComponent },
    url: m.site.url,
  });
}

/**
 * The file as text. RFC 5545 wants at least one component in a calendar, and ical-generator
 * defines a zone only when an event uses it, so a board with no public meetings would get an
 * empty VCALENDAR: every file defines Europe/London instead, whatever it holds. ical-generator
 * also leaves off the CRLF that ends every content line, the last one included.
 */
function render(cal: ICalCalendar): string {
  const text = cal.toString();
  const full = text.includes('BEGIN:VTIMEZONE') ? text : text.replace(/END:VCALENDAR$/, `${londonZone()}END:VCALENDAR`);
  return `${full}\r\n`;
}

/** The Europe/London VTIMEZONE, its lines ending CRLF as ical-generator writes it. */
const londonZone = () => `${getVtimezoneComponent(TZ)!.replace(/\r?\n/g, '\r\n').trim()}\r\n`;

const uid = (m: PublicModel, kind: string, id: string) => `${kind}-${id}@${new URL(m.site.url).host}`;
const abs = (m: PublicModel, href: string) => absoluteUrl(m.site.url, href);

// ical-generator writes a Date with the machine's local getters, and a local Date cannot even hold
// a London time that the machine's zone skips (02:30 on 10 March 2024 in Los Angeles). Temporal
// values it reads field by field, whatever TZ is, so every time here is one (from local-time.ts).

/** A London clock reading (validation has refused any that a clock change skips or repeats). */
const londonTime = (local: string) => zoned(local, TZ);
/** A fixed DTSTAMP per entry keeps files byte-identical between builds of the same content. */
const stamp = (date: string) => startOfDay(date, TZ).toInstant();

function addCallIn(cal: ICalCalendar, m: PublicModel, d: PublicDecision) {
  const w = d.callIn.window!;
  const common = {
    id: uid(m, 'call-in', d.id),
    stamp: stamp(d.published),
    summary: `Call-in closes: ${d.title}`,
    description: `Decision ${shownReference(d)}. Counted as ${callInCounting(d.callIn)}. Can be implemented from ${implementableFrom(d.callIn)}.\n${abs(m, d.href)}`,
    url: abs(m, d.href),
    timezone: TZ,
  };
  if (w.closesAt === 'end-of-day') {
    cal.createEvent({ ...common, allDay: true, start: plainDate(w.lastDay) });
  } else {
    const at = londonTime(`${w.lastDay}T${w.closesAt}`);
    cal.createEvent({ ...common, start: at, end: at });
  }
}

/** Every call-in window, one event on its last day. */
export function callInCalendar(m: PublicModel): string {
  const cal = calendar(m, `${m.site.title}: call-in deadlines`);
  for (const d of byId(m.decisions)) if (d.callIn.window && d.callIn.applies) addCallIn(cal, m, d);
  return render(cal);
}

/** One decision's call-in window, for "Add a reminder". */
export function decisionCallInCalendar(m: PublicModel, d: PublicDecision): string {
  const cal = calendar(m, `Call-in: ${d.title}`);
  addCallIn(cal, m, d);
  return render(cal);
}

/** A postponed meeting will not happen at its time, but has not been called off: tentative. */
const MEETING_STATUS: Record<PublicMeeting['status'], ICalEventStatus> = {
  scheduled: ICalEventStatus.CONFIRMED,
  held: ICalEventStatus.CONFIRMED,
  cancelled: ICalEventStatus.CANCELLED,
  postponed: ICalEventStatus.TENTATIVE,
};
const MEETING_PREFIX: Record<PublicMeeting['status'], string> = {
  scheduled: '',
  held: '',
  cancelled: 'Cancelled: ',
  postponed: 'Postponed: ',
};

function addMeeting(cal: ICalCalendar, m: PublicModel, x: PublicMeeting) {
  const agenda = x.items.map((it) => `${it.item}. ${it.title}${it.exempt ? ' (in private)' : ''}`);
  cal.createEvent({
    id: uid(m, 'meeting', x.id),
    stamp: stamp(x.announced),
    start: londonTime(x.start),
    ...(x.end ? { end: londonTime(x.end) } : {}),
    timezone: TZ,
    summary: `${MEETING_PREFIX[x.status]}${x.body.title}`,
    location: x.venue ?? null,
    description: [
      agenda.length ? `Agenda:\n${agenda.join('\n')}` : 'The agenda has not been published yet.',
      x.webcast && `Webcast: ${x.webcast}`,
      abs(m, x.href),
    ]
      .filter(Boolean)
      .join('\n\n'),
    url: abs(m, x.href),
    status: MEETING_STATUS[x.status],
  });
}

/** Every published meeting, cancelled ones marked CANCELLED. */
export function meetingsCalendar(m: PublicModel): string {
  const cal = calendar(m, `${m.site.title}: meetings`);
  for (const x of byId(m.meetings)) addMeeting(cal, m, x);
  return render(cal);
}

/** One board's meetings. */
export function bodyCalendar(m: PublicModel, b: PublicBody): string {
  const cal = calendar(m, `${b.name}: meetings`);
  for (const x of byId(m.meetings.filter((x) => x.body.id === b.id))) addMeeting(cal, m, x);
  return render(cal);
}

/** One meeting, for "Add to calendar". */
export function meetingCalendar(m: PublicModel, x: PublicMeeting): string {
  const cal = calendar(m, `${x.body.title}, ${formatDate(x.date, false)}`);
  addMeeting(cal, m, x);
  return render(cal);
}

/** Key decisions still planned: one all-day event on the expected date, or across the expected period. */
export function forwardPlanCalendar(m: PublicModel): string {
  const cal = calendar(m, `${m.site.title}: expected key decisions`);
  for (const f of byId(plannedKeyDecisions(m))) {
    const first = f.expected ?? f.expectedFrom!;
    const last = f.expected ?? f.expectedTo ?? f.expectedFrom!;
    cal.createEvent({
      id: uid(m, 'forward-plan', f.id),
      stamp: stamp(f.published),
      allDay: true,
      start: plainDate(first),
      // An all-day DTEND is the day after the last day.
      ...(last !== first ? { end: plainDate(addDays(last, 1)) } : {}),
      timezone: TZ,
      summary: `Key decision expected: ${f.title}`,
      description: `Forward plan ${shownReference(f)}. Decision maker: ${f.decisionMaker.title}.${f.private ? ' To be taken in private.' : ''}\n${abs(m, f.href)}`,
      url: abs(m, f.href),
    });
  }
  return render(cal);
}

export function plannedKeyDecisions(m: PublicModel): PublicForwardPlanEntry[] {
  return m.forwardPlan.filter((f) => f.kind === 'key-decision' && f.status === 'planned');
}
