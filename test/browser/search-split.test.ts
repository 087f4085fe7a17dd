// A large archive's search is written as several indexes by year (SEARCH_INDEX_PAGES pages at
// most each) and the search page merges them: here the sample site is split into four, and
// one search finds entries from the newest index and from the oldest.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { build, repo } from '../build/helpers.ts';
import { launch, serve, typeSearch } from './harness.ts';

let site: { url: string; close: () => Promise<void> };
let browser: Browser;
let outDir: string;
beforeAll(async () => {
  const r = build(join(repo, 'content'), '2026-11-22', undefined, { env: { SEARCH_INDEX_PAGES: '40' } });
  expect(r.status, r.output).toBe(0);
  outDir = r.outDir;
  site = await serve(r.outDir, '/jcb/');
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('a search split into indexes by year', () => {
  it('writes the indexes the search page lists, each a whole Pagefind bundle', () => {
    const list = /<script type="application\/json" id="search-bundles">(.*?)<\/script>/s.exec(
      readFileSync(join(outDir, 'search', 'index.html'), 'utf8'),
    )?.[1];
    const bundles = JSON.parse(list!) as { path: string; years: string[] }[];
    expect(bundles.length).toBeGreaterThan(2);
    expect(bundles[0].path).toBe('pagefind/');
    expect(bundles.at(-1)!.years).toContain('2017');
    for (const b of bundles) expect(existsSync(join(outDir, b.path, 'pagefind-entry.json')), b.path).toBe(true);
  });

  it('finds entries from the newest and the oldest index in one search', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 6000 } });
    await page.goto(`${site.url}search/`);
    await typeSearch(page, 'pooled');
    const hrefs = await page
      .locator('pagefind-results a.pf-result-link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(
      hrefs.some((h) => /\/decisions\/scc-cabinet-2017/.test(h)),
      hrefs.join(' '),
    ).toBe(true);
    expect(
      hrefs.some((h) => /\/decisions\/[a-z-]*202[4-6]/.test(h)),
      hrefs.join(' '),
    ).toBe(true);
    await page.close();
  });
});
