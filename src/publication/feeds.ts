/**
 * RSS 2.0 feeds of decisions, officer decisions, meetings and the forward plan, from the public model only:
 * newest first, at most 50 items, each linking to its page and dated by its publication. Dates
 * come from the content, never the build date, so a daily rebuild leaves every item's date as it
 * was; an entry dated after the build date joins its feed on that date.
 * The XML is written by @astrojs/rss, which escapes text but keeps characters XML 1.0 forbids:
 * they are dropped here first, so one stray control character cannot break a feed.
 */
import { getRssString } from '@astrojs/rss';
import type { PublicModel } from './model.ts';
import { formatDate, type CivilDate } from '../domain/dates.ts';
import { startOfDay } from '../domain/local-time.ts';
import { shownReference } from '../domain/references.ts';
import { outcomeLabel, meetingStatusLabel, forwardPlanStatusLabel } from './labels.ts';
import { absoluteUrl } from './urls.ts';
import { escapeXml, xmlChars } from './xml.ts';

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
  name: 'decisions' | 'meetings' | 'forward-plan' | 'officer-decisions';
  title: string;
  description: string;
  /** The register page the feed follows. */
  href: string;
  items: FeedItem[];
}

/** An item's pubDate: the start of its publication date in London. */
export const pubDate = (date: CivilDate) => new Date(startOfDay(date).epochMilliseconds);

/** The items published by the build date, newest first: no item is dated in the future. */
const newestFirst = (items: FeedItem[], buildDate: CivilDate) =>
  items
    .filter((it) => it.published <= buildDate)
    .sort((a, b) => b.published.localeCompare(a.published) || b.id.localeCompare(a.id))
    .slice(0, FEED_LIMIT);

export function feeds(m: PublicModel): Feed[] {
  const newest = (items: FeedItem[]) => newestFirst(items, m.site.buildDate);
  const decisionItem = (d: PublicModel['decisions'][number]): FeedItem => ({
    id: d.id,
    title: d.title,
    href: d.href,
    published: d.published,
    category: d.key ? 'Key decision' : d.officerDecision ? 'Officer decision' : 'Decision',
    description: `${shownReference(d)}. ${outcomeLabel[d.outcome][0]} by ${d.decisionMaker.title} on ${formatDate(d.made)}.${d.delegation ? ` Under delegated powers: ${d.delegation.power}` : ''}${d.exempt ? ` ${d.exempt.summary}` : ''}`,
  });
  return [
    {
      name: 'decisions',
      title: `${m.site.title}: decisions`,
      description: 'Decision records as they are published.',
      href: m.urls.decisions,
      items: newest(m.decisions.map(decisionItem)),
    },
    {
      name: 'meetings',
      title: `${m.site.title}: meetings`,
      description: 'Meetings and their agendas as they are published.',
      href: m.urls.meetings,
      items: newest(
        m.meetings.map((x) => ({
          id: x.id,
          title: x.title,
          href: x.href,
          // A meeting is published with its agenda, or dated by when its agenda is due (meetingAnnounced).
          published: x.announced,
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
      items: newest(
        m.forwardPlan.map((f) => ({
          id: f.id,
          title: f.title,
          href: f.href,
          published: f.published,
          category: f.kind === 'key-decision' ? 'Key decision' : 'Private meeting notice',
          description: `${shownReference(f)}. ${forwardPlanStatusLabel[f.status][0]}. Decision maker: ${f.decisionMaker.title}. Expected ${f.expected ? formatDate(f.expected) : `${formatDate(f.expectedFrom!)} to ${formatDate(f.expectedTo ?? f.expectedFrom!)}`}.`,
        })),
      ),
    },
    {
      name: 'officer-decisions',
      title: `${m.site.title}: officer decisions`,
      description: 'Decisions taken by officers under delegated powers, as their records are published.',
      href: m.urls.officerDecisions,
      items: newest(m.decisions.filter((d) => d.officerDecision).map(decisionItem)),
    },
  ];
}

export const feedHref = (m: PublicModel, name: Feed['name']) => `${m.site.base}feeds/${name}.xml`;

/** The feed as RSS 2.0. Item dates are the publication dates; the channel's is the newest of them. */
export function rss(m: PublicModel, feed: Feed): Promise<string> {
  const abs = (href: string) => absoluteUrl(m.site.url, href);
  const newest = feed.items[0] && pubDate(feed.items[0].published).toUTCString();
  return getRssString({
    title: xmlChars(feed.title),
    description: xmlChars(feed.description),
    site: abs(feed.href),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    // Channel elements the options have no field for, as XML (so escaped here).
    customData: [
      '<language>en-gb</language>',
      `<atom:link href="${escapeXml(abs(feedHref(m, feed.name)))}" rel="self" type="application/rss+xml"/>`,
      ...(newest ? [`<pubDate>${newest}</pubDate>`, `<lastBuildDate>${newest}</lastBuildDate>`] : []),
    ].join(''),
    items: feed.items.map((it) => ({
      title: xmlChars(it.title),
      link: abs(it.href),
      pubDate: pubDate(it.published),
      categories: [xmlChars(it.category)],
      // RSS readers take an item's description as HTML: the plain text is escaped here for HTML, then by getRssString for XML.
      description: escapeXml(it.description),
    })),
  });
}
