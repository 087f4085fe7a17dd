/**
 * Local times that a clock change leaves without exactly one instant. In London the hour from
 * 01:00 does not happen on the last Sunday of March and happens twice on the last Sunday of
 * October, so a meeting "at 01:30" that day cannot be put in a calendar: it is refused.
 * The zone's rules come from the time zone data (Intl), as in zonedToUtc.
 */
import type { Content } from './content.ts';
import type { Problem } from './problems.ts';

const MINUTE = 60_000;
const DAY = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** How far the zone's clocks are ahead of UTC at an instant, in milliseconds. */
function offsetAt(t: number, timeZone: string): number {
  const fmt = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  });
  const p = Object.fromEntries(fmt.formatToParts(new Date(t)).map((x) => [x.type, x.value]));
  return Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute) - Math.floor(t / MINUTE) * MINUTE;
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
export function clockChangeAt(local: string, timeZone = 'Europe/London'): ClockChange | undefined {
  const wall = Date.UTC(
    +local.slice(0, 4),
    +local.slice(5, 7) - 1,
    +local.slice(8, 10),
    +local.slice(11, 13),
    +local.slice(14, 16),
  );
  // A time inside a change is within hours of it; zones change at most once in two days.
  let lo = wall - DAY;
  let hi = wall + DAY;
  const before = offsetAt(lo, timeZone);
  const after = offsetAt(hi, timeZone);
  if (before === after) return undefined;
  while (hi - lo > MINUTE) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
    if (offsetAt(mid, timeZone) === before) lo = mid;
    else hi = mid;
  }
  // hi is the instant of the change: the clocks read hi + before just before it and hi + after from it.
  const [oldWall, newWall] = [hi + before, hi + after];
  if (wall < Math.min(oldWall, newWall) || wall >= Math.max(oldWall, newWall)) return undefined;
  const clock = (t: number) => `${pad(new Date(t).getUTCHours())}:${pad(new Date(t).getUTCMinutes())}`;
  return { kind: after > before ? 'gap' : 'overlap', from: clock(oldWall), to: clock(newWall) };
}

/** What is wrong with a local date-time as a time in the zone, worded for a publisher; undefined when it is fine. */
export function localTimeProblem(
  local: string,
  timeZone = 'Europe/London',
): { found: string; expected: string } | undefined {
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
