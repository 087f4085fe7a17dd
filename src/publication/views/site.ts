import type { PublicModel, PublicPage } from '../types.ts';
import type { MatterEvent } from '../timeline.ts';
import { absoluteUrl } from '../urls.ts';

// ---- Calendars, open data and the layout ----

/** Every calendar the site publishes, with its link and the absolute address to subscribe to. */
export function subscribableCalendars(
  m: PublicModel,
): { href: string; address: string; title: string; text: string }[] {
  const calendar = (name: string, title: string, text: string) => {
    const href = calendarHref(m, name);
    return { href, address: absoluteUrl(m.site.url, href), title, text };
  };
  return [
    calendar(
      'meetings',
      'All meetings',
      'Every meeting of every board, with its venue and agenda. Cancelled meetings stay in the calendar marked as cancelled.',
    ),
    ...m.bodies.map((b) => calendar(b.id, `${b.name} meetings`, `Meetings of the ${b.name} only.`)),
    calendar(
      'call-in',
      'Call-in deadlines',
      'The last day on which each decision can be called in by scrutiny members.',
    ),
    calendar(
      'forward-plan',
      'Expected key decisions',
      'The date each key decision on the forward plan is expected to be taken, as an all-day event.',
    ),
  ];
}

/** A calendar file's address on the site: calendar/<name>.ics. */
export function calendarHref(m: PublicModel, name: string): string {
  return m.urls.asset(`calendar/${name}.ics`);
}

/** A data file's JSON Schema, under data/: decisions.json has schema/decisions.schema.json. */
export function schemaFile(file: string): string {
  return `schema/${file.replace(/\.json$/, '.schema.json')}`;
}

/** Whether a page address is the not-found page, which is served at any missing address. */
export function isNotFoundPath(path: string): boolean {
  return /\/404(\.html|\/)?$/.test(path);
}

/** The link of an event in a matter's timeline: none for the current page's own events. */
export function timelineEventHref(e: MatterEvent, current: string): string | undefined {
  return e.href && !e.href.startsWith(current) ? e.href : undefined;
}

/** The navigation section a content page belongs to: only the about page has one. */
export function pageSection(p: PublicPage): 'about' | undefined {
  return p.id === 'about' ? 'about' : undefined;
}
