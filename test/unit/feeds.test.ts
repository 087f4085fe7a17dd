// RSS feeds, read back with an XML parser: the channel, and every item's title, link, guid, date,
// category and description. Descriptions are HTML to a feed reader, so they must come back as text.
import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { FEED_LIMIT, feeds, pubDate, rss, type Feed } from '../../src/publication/feeds.ts';
import type { PublicModel } from '../../src/publication/model.ts';

const m = {
  site: { title: 'A & B <Board>', url: 'https://example.org/x/', base: '/x/', buildDate: '2024-06-10' },
} as unknown as PublicModel;

const feed = (items: Feed['items']): Feed => ({
  name: 'decisions',
  title: 'A & B <Board>: decisions\u0007',
  description: 'Decision records as they are published.',
  href: '/x/decisions/',
  items,
});

const ITEMS: Feed['items'] = [
  {
    id: 'd-2',
    title: 'Fish & chips "<b>" \u0001',
    href: '/x/decisions/d-2/',
    published: '2024-07-05',
    description: `It's < 5 & <img src=x onerror=alert(1)>\u0008`,
    category: 'Key decision',
  },
  {
    id: 'd-1',
    title: 'Carers',
    href: '/x/decisions/d-1/',
    published: '2024-01-02',
    description: 'Approved.',
    category: 'Decision',
  },
];

const parse = (xml: string) =>
  new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item', parseTagValue: false }).parse(xml);

describe('an RSS feed', () => {
  it('is well-formed RSS 2.0 with its channel and a self link', async () => {
    const xml = await rss(m, feed(ITEMS));
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = parse(xml);
    expect(doc.rss['@_version']).toBe('2.0');
    expect(doc.rss['@_xmlns:atom']).toBe('http://www.w3.org/2005/Atom');
    const channel = doc.rss.channel;
    expect(channel.title).toBe('A & B <Board>: decisions');
    expect(channel.link).toBe('https://example.org/x/decisions/');
    expect(channel.description).toBe('Decision records as they are published.');
    expect(channel.language).toBe('en-gb');
    expect(channel['atom:link']).toEqual({
      '@_href': 'https://example.org/x/feeds/decisions.xml',
      '@_rel': 'self',
      '@_type': 'application/rss+xml',
    });
    // The channel is dated by its newest item.
    expect(channel.pubDate).toBe('Thu, 04 Jul 2024 23:00:00 GMT');
    expect(channel.lastBuildDate).toBe(channel.pubDate);
  });

  it('keeps the items in order, each linking to its page, with the link as a permanent guid', async () => {
    const items = parse(await rss(m, feed(ITEMS))).rss.channel.item;
    expect(items.map((it: { title: string }) => it.title)).toEqual(['Fish & chips "<b>"', 'Carers']);
    expect(items.map((it: { link: string }) => it.link)).toEqual([
      'https://example.org/x/decisions/d-2/',
      'https://example.org/x/decisions/d-1/',
    ]);
    for (const it of items) expect(it.guid).toEqual({ '#text': it.link, '@_isPermaLink': 'true' });
    expect(items.map((it: { category: string }) => it.category)).toEqual(['Key decision', 'Decision']);
  });

  it('dates each item at the start of its publication date in London, in summer and in winter time', async () => {
    const items = parse(await rss(m, feed(ITEMS))).rss.channel.item;
    expect(items.map((it: { pubDate: string }) => new Date(it.pubDate).toISOString())).toEqual([
      '2024-07-04T23:00:00.000Z',
      '2024-01-02T00:00:00.000Z',
    ]);
    expect(pubDate('2026-11-13').toISOString()).toBe('2026-11-13T00:00:00.000Z');
  });

  it('escapes descriptions for HTML and then for XML, so a reader shows them as text', async () => {
    const xml = await rss(m, feed(ITEMS));
    expect(xml).toContain(
      '<description>It&amp;apos;s &amp;lt; 5 &amp;amp; &amp;lt;img src=x onerror=alert(1)&amp;gt;</description>',
    );
    // The XML parser undoes one level; what is left is HTML that has no element in it.
    const html = parse(xml).rss.channel.item[0].description;
    expect(html).toBe('It&apos;s &lt; 5 &amp; &lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/[<>]/);
  });

  it('escapes titles once and drops characters XML forbids', async () => {
    const xml = await rss(m, feed(ITEMS));
    expect(xml).toContain('<title>Fish &amp; chips &quot;&lt;b&gt;&quot; </title>');
    expect(xml).toContain('<title>A &amp; B &lt;Board&gt;: decisions</title>');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });

  it('has no items and no date while nothing is published', async () => {
    const xml = await rss(m, feed([]));
    expect(XMLValidator.validate(xml)).toBe(true);
    const channel = parse(xml).rss.channel;
    expect(channel.item).toBeUndefined();
    expect(channel.pubDate).toBeUndefined();
    expect(channel['atom:link']['@_href']).toBe('https://example.org/x/feeds/decisions.xml');
  });
});

describe('the feeds of a site', () => {
  const decision = (i: number) => ({
    id: `d-${String(i).padStart(3, '0')}`,
    title: `Decision ${i}`,
    href: `/x/decisions/d-${i}/`,
    published: `2024-01-${String((i % 28) + 1).padStart(2, '0')}`,
    made: '2024-01-01',
    key: i % 2 === 0,
    outcome: 'approved',
    decisionMaker: { title: 'Board' },
  });
  const site = {
    ...m,
    urls: { decisions: '/x/decisions/', meetings: '/x/meetings/', forwardPlan: '/x/forward-plan/' },
    decisions: Array.from({ length: 60 }, (_, i) => decision(i)),
    meetings: [],
    forwardPlan: [],
  } as unknown as PublicModel;

  it(`hold the newest ${FEED_LIMIT} entries, newest first`, () => {
    const [decisions, meetings, plan] = feeds(site);
    expect([decisions.name, meetings.name, plan.name]).toEqual(['decisions', 'meetings', 'forward-plan']);
    expect(decisions.items).toHaveLength(FEED_LIMIT);
    const dates = decisions.items.map((it) => it.published);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(decisions.items[0]).toMatchObject({ published: '2024-01-28', category: 'Decision' });
    expect(decisions.items[0].description).toBe('d-055. Approved by Board on Monday 1 January 2024.');
  });

  const meeting = (id: string, announced: string) => ({
    id,
    title: id,
    href: `/x/meetings/${id}/`,
    announced,
    status: 'scheduled',
    items: [],
  });
  const at = (buildDate: string) =>
    ({
      ...site,
      site: { ...m.site, buildDate },
      decisions: [],
      meetings: [meeting('m-past', '2026-11-04'), meeting('m-due', '2026-12-09'), meeting('m-later', '2027-02-03')],
    }) as unknown as PublicModel;

  it('date a meeting by when it was announced, whatever the build date, and list it from that day', () => {
    const items = (buildDate: string) => feeds(at(buildDate))[1].items.map((it) => [it.id, it.published]);
    expect(items('2026-11-22')).toEqual([['m-past', '2026-11-04']]);
    expect(items('2026-12-08')).toEqual(items('2026-11-22'));
    expect(items('2026-12-09')).toEqual([
      ['m-due', '2026-12-09'],
      ['m-past', '2026-11-04'],
    ]);
    expect(items('2027-06-01')).toEqual([
      ['m-later', '2027-02-03'],
      ['m-due', '2026-12-09'],
      ['m-past', '2026-11-04'],
    ]);
  });

  it('hold a decision dated after the build date until that date', () => {
    const [decisions] = feeds({ ...site, site: { ...m.site, buildDate: '2024-01-10' } } as unknown as PublicModel);
    expect(decisions.items.map((it) => it.published).every((d) => d <= '2024-01-10')).toBe(true);
    expect(decisions.items.length).toBeGreaterThan(0);
  });
});
