/**
 * RSS 2.0 feeds of decisions, meetings and the forward plan, from the public model only:
 * newest first, at most 50 items, each linking to its page and dated by its publication.
 */
import type { PublicModel } from './model.ts';
import { dayOfWeek, formatDate, type CivilDate } from '../domain/dates.ts';
import { startOfDay } from '../domain/local-time.ts';
import { outcomeLabel, meetingStatusLabel, forwardPlanStatusLabel } from './labels.ts';
import { absoluteUrl } from './urls.ts';
import { escapeXml } from './xml.ts';

export const FEED_LIMIT = 50;

export interface FeedItem {
  id: string;
  title: string;
  href: string;
  /** The date the entry was published: its pubDate, and the order of the feed. */
  published: CivilDate;
  description: string;
  category: string;
}

export interface Feed {
  name: 'decisions' | 'meetings' | 'forward-plan';
  title: string;
  description: string;
  /** The register page the feed follows. */
  href: string;
  items: FeedItem[];
}

/** Escaped for XML text and attributes; characters XML 1.0 does not allow are dropped, so one stray control character cannot break a feed. */
const escape = escapeXml;

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 822 date-time of the start of a civil date in London: "Fri, 13 Nov 2026 00:00:00 +0000". */
export function rfc822(date: CivilDate): string {
  const zone = startOfDay(date).offset.replace(':', '');
  return `${DAYS[dayOfWeek(date)]}, ${date.slice(8, 10)} ${MONTHS[+date.slice(5, 7) - 1]} ${date.slice(0, 4)} 00:00:00 ${zone}`;
}

const newestFirst = (items: FeedItem[]) =>
  [...items].sort((a, b) => b.published.localeCompare(a.published) || b.id.localeCompare(a.id)).slice(0, FEED_LIMIT);

/**
 * A meeting is published with its agenda. One whose agenda is not out yet is dated by the
 * meeting, or by the build date while the meeting is still to come, so no item is dated in the future.
 */
export function meetingPublished(x: { agendaPublished?: CivilDate; date: CivilDate }, buildDate: CivilDate): CivilDate {
  return x.agendaPublished ?? (x.date < buildDate ? x.date : buildDate);
}

export function feeds(m: PublicModel): Feed[] {
  return [
    {
      name: 'decisions',
      title: `${m.site.title}: decisions`,
      description: 'Decision records as they are published.',
      href: m.urls.decisions,
      items: newestFirst(
        m.decisions.map((d) => ({
          id: d.id,
          title: d.title,
          href: d.href,
          published: d.published,
          category: d.key ? 'Key decision' : 'Decision',
          description: `${d.id}. ${outcomeLabel[d.outcome][0]} by ${d.decisionMaker.title} on ${formatDate(d.made)}.${d.exempt ? ` ${d.exempt.summary}` : ''}`,
        })),
      ),
    },
    {
      name: 'meetings',
      title: `${m.site.title}: meetings`,
      description: 'Meetings and their agendas as they are published.',
      href: m.urls.meetings,
      items: newestFirst(
        m.meetings.map((x) => ({
          id: x.id,
          title: x.title,
          href: x.href,
          published: meetingPublished(x, m.site.buildDate),
          category: meetingStatusLabel[x.status][0],
          description: `${meetingStatusLabel[x.status][0]}.${x.venue ? ` ${x.venue}.` : ''}${x.items.length ? ` Agenda: ${x.items.map((it) => it.title).join('; ')}.` : ' The agenda has not been published yet.'}`,
        })),
      ),
    },
    {
      name: 'forward-plan',
      title: `${m.site.title}: forward plan`,
      description: 'Notices of key decisions and of meetings to be held in private, as they are published.',
      href: m.urls.forwardPlan,
      items: newestFirst(
        m.forwardPlan.map((f) => ({
          id: f.id,
          title: f.title,
          href: f.href,
          published: f.published,
          category: f.kind === 'key-decision' ? 'Key decision' : 'Private meeting notice',
          description: `${f.id}. ${forwardPlanStatusLabel[f.status][0]}. Decision maker: ${f.decisionMaker.title}. Expected ${f.expected ? formatDate(f.expected) : `${formatDate(f.expectedFrom!)} to ${formatDate(f.expectedTo ?? f.expectedFrom!)}`}.`,
        })),
      ),
    },
  ];
}

export const feedHref = (m: PublicModel, name: Feed['name']) => `${m.site.base}feeds/${name}.xml`;

/** The feed as RSS 2.0. Item dates are the publication dates; the channel's is the newest of them. */
export function rss(m: PublicModel, feed: Feed): string {
  const abs = (href: string) => absoluteUrl(m.site.url, href);
  const tag = (name: string, text: string, attrs = '') => `<${name}${attrs}>${escape(text)}</${name}>`;
  const newest = feed.items[0]?.published;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    tag('title', feed.title),
    tag('link', abs(feed.href)),
    tag('description', feed.description),
    tag('language', 'en-gb'),
    `<atom:link href="${escape(abs(feedHref(m, feed.name)))}" rel="self" type="application/rss+xml"/>`,
    ...(newest ? [tag('pubDate', rfc822(newest)), tag('lastBuildDate', rfc822(newest))] : []),
    ...feed.items.map((it) =>
      [
        '<item>',
        tag('title', it.title),
        tag('link', abs(it.href)),
        tag('guid', abs(it.href), ' isPermaLink="true"'),
        tag('pubDate', rfc822(it.published)),
        tag('category', it.category),
        // RSS readers take an item's description as HTML: the plain text is escaped once for HTML, then for XML.
        tag('description', escape(it.description)),
        '</item>',
      ].join(''),
    ),
    '</channel>',
    '</rss>',
    '',
  ];
  return lines.join('\n');
}
