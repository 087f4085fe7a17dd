// Daily rebuilds of unchanged content: calendars and feeds take their dates from the content,
// never the build date, so two builds a day apart give the same bytes, and a later build differs
// only by the entries that have joined a feed since (each dated when it was published).
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { siteFiles } from '../../src/publication/site-check.ts';
import { repo, sharedBuild, type BuildResult } from './helpers.ts';

const DATES = ['2026-11-22', '2026-11-23', '2026-12-09'] as const;
const sites = {} as Record<(typeof DATES)[number], BuildResult>;
beforeAll(() => {
  for (const date of DATES) sites[date] = sharedBuild(join(repo, 'content'), date);
});

/** Every calendar and feed of a build, by path, as text. */
const outputs = (r: BuildResult) =>
  Object.fromEntries(
    siteFiles(r.outDir)
      .filter((f) => f.endsWith('.ics') || f.startsWith('feeds/'))
      .map((f) => [f, readFileSync(join(r.outDir, f), 'utf8')]),
  );

const parser = new XMLParser({ isArray: (name) => name === 'item' });
/** A feed's items: link to pubDate. */
const items = (xml: string) =>
  new Map(
    ((parser.parse(xml).rss.channel.item ?? []) as { link: string; pubDate: string }[]).map((it) => [
      it.link,
      it.pubDate,
    ]),
  );
const londonDay = (pubDate: string) => new Date(pubDate).toLocaleDateString('en-CA', { timeZone: 'Europe/London' });

describe('the sample site rebuilt on later days', () => {
  it('builds', () => {
    for (const date of DATES) expect(sites[date].status, sites[date].output).toBe(0);
  });

  it('a day later: every calendar and feed is byte-identical', () => {
    const [first, next] = [outputs(sites['2026-11-22']), outputs(sites['2026-11-23'])];
    expect(Object.keys(first).length).toBeGreaterThan(50);
    expect(Object.keys(first).filter((f) => f.startsWith('feeds/'))).toHaveLength(4);
    expect(next).toEqual(first);
  });

  it('weeks later: calendars are byte-identical, and each feed keeps every item with its date', () => {
    const [first, later] = [outputs(sites['2026-11-22']), outputs(sites['2026-12-09'])];
    expect(Object.keys(later)).toEqual(Object.keys(first));
    for (const path of Object.keys(first).filter((f) => f.endsWith('.ics')))
      expect(later[path], path).toBe(first[path]);
    for (const path of Object.keys(first).filter((f) => f.startsWith('feeds/'))) {
      const [before, after] = [items(first[path]), items(later[path])];
      for (const [link, date] of before) expect(after.get(link), `${path} ${link}`).toBe(date);
      // What joined since was published after the first build and by the second.
      for (const [link, date] of after)
        if (!before.has(link))
          expect(londonDay(date) > '2026-11-22' && londonDay(date) <= '2026-12-09', link).toBe(true);
    }
  });

  it('lists a meeting whose agenda is not out from the day its agenda is due, dated that day', () => {
    const link = 'https://democracy.example.org/jcb/meetings/2026-12-17-joint-commissioning-board/';
    const feed = (date: (typeof DATES)[number]) =>
      items(readFileSync(join(sites[date].outDir, 'feeds/meetings.xml'), 'utf8'));
    expect(feed('2026-11-22').has(link)).toBe(false);
    // Thursday 17 December 2026 less 5 clear working days.
    expect(londonDay(feed('2026-12-09').get(link)!)).toBe('2026-12-09');
  });
});
