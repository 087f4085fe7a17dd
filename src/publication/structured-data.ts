/** schema.org descriptions of published entries, for search engines (JSON-LD). */
import type { PublicMeeting, PublicModel } from './model.ts';
import { withOffset } from '../domain/local-time.ts';
import { absoluteUrl } from './urls.ts';

const EVENT_STATUS: Record<PublicMeeting['status'], string> = {
  scheduled: 'https://schema.org/EventScheduled',
  held: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
};

export function meetingEvent(m: PublicModel, x: PublicMeeting): Record<string, unknown> {
  const url = (href: string) => absoluteUrl(m.site.url, href);
  const place = x.venue ? { '@type': 'Place', name: x.venue, address: x.venue } : undefined;
  const online = x.webcast ? { '@type': 'VirtualLocation', url: x.webcast } : undefined;
  const location = [place, online].filter(Boolean);
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: x.title,
    url: url(x.href),
    startDate: withOffset(x.start),
    ...(x.end ? { endDate: withOffset(x.end) } : {}),
    eventStatus: EVENT_STATUS[x.status],
    eventAttendanceMode: `https://schema.org/${place && online ? 'Mixed' : online ? 'Online' : 'Offline'}EventAttendanceMode`,
    ...(location.length ? { location: location.length === 1 ? location[0] : location } : {}),
    ...(x.items.length ? { description: `Agenda: ${x.items.map((it) => it.title).join('; ')}` } : {}),
    organizer: { '@type': 'Organization', name: x.body.title, url: url(x.body.href) },
    isAccessibleForFree: true,
  };
}

/** JSON for a <script> element: "<" escaped so no text can close the element. */
export function jsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
