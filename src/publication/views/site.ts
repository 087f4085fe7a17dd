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

/**
 * The links every page's footer carries: each free page in its order (so none is reachable only
 * from the sitemap), then the open data and the accessibility statement (which the regulations
 * want easy to find from every page).
 */
export function footerLinks(m: PublicModel): { href: string; label: string }[] {
  return [
    ...m.pages.map((p) => ({ href: p.href, label: p.title })),
    { href: m.urls.asset('data/'), label: 'Open data' },
    { href: m.urls.accessibility, label: 'Accessibility statement' },
  ];
}

/**
 * Where a reader learns how call-in works: the first free page, in the pages' order, with a
 * heading that names call-in, at that heading. None when no page explains it (an MDX page's
 * headings are not known until Astro renders it, so only Markdown pages are looked at).
 */
export function callInGuide(m: PublicModel): { href: string; title: string } | undefined {
  for (const p of m.pages) {
    for (const h of (p.html ?? '').matchAll(/<h[23] id="([^"]+)">([^<]*)<\/h[23]>/g)) {
      if (/\bcall-?in\b/i.test(h[2])) return { href: `${p.href}#${h[1]}`, title: p.title };
    }
  }
  return undefined;
}

/**
 * The site's icon: the header's mark (a pale square crossed in the brand colour, drawn in CSS
 * there) as SVG. It holds no text of a publisher's.
 */
export const faviconSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">' +
  '<rect width="32" height="32" rx="6" fill="#0c3c4c"/>' +
  '<rect x="4" y="4" width="24" height="24" rx="4" fill="#d6eef0"/>' +
  '<path d="M14 4h4v24h-4zM4 14h24v4H4z" fill="#0c3c4c"/></svg>\n';
