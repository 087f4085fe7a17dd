/**
 * Clock times in a time zone: the one place where the site turns a local `YYYY-MM-DDTHH:MM`
 * into an instant, an offset, or today's date. Every other module asks this one.
 *
 * Built on Temporal (the standard successor to Date), through temporal-polyfill, which uses the
 * built-in Temporal where the runtime has one, so it can later be dropped. Temporal rather than
 * @date-fns/tz: a Temporal value is a clock reading or an instant in a named zone and never
 * passes through the machine's zone, and ical-generator reads it field by field, so calendars
 * are the same bytes whatever TZ is set. TZDate (@date-fns/tz) is a Date underneath, and on a
 * clock-change day its results can depend on the machine's zone (date-fns/tz issue 13, open).
 * Temporal also answers the clock-change question directly (disambiguation and
 * getTimeZoneTransition), where a Date library needs a search.
 *
 * Clock changes: in London the hour from 01:00 does not happen on the last Sunday of March and
 * happens twice on the last Sunday of October, so a meeting "at 01:30" that day cannot be put
 * in a calendar: it is refused (checkLocalTimes).
 */
import { Temporal } from 'temporal-polyfill';
import type { CivilDate } from './dates.ts';
import type { Content } from './content.ts';
import type { Problem } from './problems.ts';

export const LONDON = 'Europe/London';

/**
 * A local `YYYY-MM-DDTHH:MM` as an instant in the zone. Validation refuses the times a clock
 * change skips or repeats; were one to get here, a skipped time is read on the clocks after the
 * change and a repeated one as its second, later, instant.
 */
export function zoned(local: string, timeZone = LONDON): Temporal.ZonedDateTime {
  return Temporal.PlainDateTime.from(local).toZonedDateTime(timeZone, { disambiguation: 'later' });
}

/** A civil date as a Temporal date, in no zone (an all-day calendar event). */
export const plainDate = (date: CivilDate) => Temporal.PlainDate.from(date);

/** Midnight at the start of a civil date in the zone. */
export const startOfDay = (date: CivilDate, timeZone = LONDON) => zoned(`${date}T00:00`, timeZone);

/** A local `YYYY-MM-DDTHH:MM` as ISO 8601 with the zone's offset then: 2026-07-16T14:00:00+01:00. */
export const withOffset = (local: string, timeZone = LONDON) =>
  zoned(local, timeZone).toString({ timeZoneName: 'never' });

/** Today's date in a time zone (Europe/London by default). */
export function todayIn(timeZone = LONDON, now: Date = new Date()): CivilDate {
  return Temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO(timeZone).toPlainDate().toString();
}

export interface ClockChange {
  /** `gap`: the clocks jump over these local times; `overlap`: they show them twice. */
  kind: 'gap' | 'overlap';
  /** Clock time just before the change, `HH:MM` (01:00 in March, 02:00 in October in London). */
  from: string;
  /** Clock time just after it. */
  to: string;
}

/** The clock change that a local `YYYY-MM-DDTHH:MM` falls inside, or undefined when it names exactly one instant. */
export function clockChangeAt(local: string, timeZone = LONDON): ClockChange | undefined {
  const wall = Temporal.PlainDateTime.from(local);
  // Inside a change the two readings differ: in a gap the clocks before and after it, in an overlap its two instants.
  const earlier = wall.toZonedDateTime(timeZone, { disambiguation: 'earlier' });
  const later = wall.toZonedDateTime(timeZone, { disambiguation: 'later' });
  if (earlier.offsetNanoseconds === later.offsetNanoseconds) return undefined;
  const change = earlier.getTimeZoneTransition('next')!;
  const clock = (offset: string) =>
    change.toInstant().toZonedDateTimeISO(offset).toPlainTime().toString({ smallestUnit: 'minute' });
  return {
    kind: later.offsetNanoseconds > earlier.offsetNanoseconds ? 'gap' : 'overlap',
    from: clock(earlier.offset),
    to: clock(later.offset),
  };
}

/** What is wrong with a local date-time as a time in the zone, worded for a publisher; undefined when it is fine. */
export function localTimeProblem(local: string, timeZone = LONDON): { found: string; expected: string } | undefined {
  const change = clockChangeAt(local, timeZone);
  if (!change) return undefined;
  const place = timeZone.split('/').pop()!.replace(/_/g, ' ');
  const [first, last] = change.kind === 'gap' ? [change.from, change.to] : [change.to, change.from];
  return {
    found:
      change.kind === 'gap'
        ? `${local}, a time that does not exist in ${place} (clocks go forward from ${change.from} to ${change.to} that day)`
        : `${local}, a time that happens twice in ${place} (clocks go back from ${change.from} to ${change.to} that day)`,
    expected: `expected a time outside ${first}-${last}`,
  };
}

/** Every local date-time in the content (a meeting's start and end) that does not name exactly one instant. */
export function checkLocalTimes(c: Content): Problem[] {
  const timeZone = c.site.data.timezone;
  return c.meetings.flatMap((m) =>
    (['start', 'end'] as const).flatMap((field) => {
      const value = m.data[field];
      const problem = value ? localTimeProblem(value, timeZone) : undefined;
      return problem ? [{ file: m.file, field, ...problem }] : [];
    }),
  );
}
