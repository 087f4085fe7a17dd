// Search in Chromium, on the canary fixture built for a subdirectory two levels deep and served
// under it: words and references find their entries, withheld text finds nothing, and without
// JavaScript the page explains itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { build, fixtureAt } from '../build/helpers.ts';
import { launch, serve, typeSearch } from './harness.ts';

const BASE = '/boards/jcb/';
let site: { url: string; close: () => Promise<void> };
let browser: Browser;
beforeAll(async () => {
  const r = build(fixtureAt('canary', `https://example.org${BASE}`), '2024-06-10');
  expect(r.status, r.output).toBe(0);
  site = await serve(r.outDir, BASE);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

interface Result {
  href: string;
  title: string;
  meta: string;
  excerpt: string;
}

/** Types into the Component UI's search box and reads the results it shows. */
async function search(page: Page, words: string): Promise<{ summary: string; results: Result[] }> {
  await typeSearch(page, words);
  const results = await page.locator('pagefind-results .pf-result').evaluateAll((items) =>
    items.map((li) => ({
      href: li.querySelector('a.pf-result-link')?.getAttribute('href') ?? '',
      title: li.querySelector('a.pf-result-link')?.textContent?.trim() ?? '',
      meta: li.querySelector('.search-result__meta')?.textContent?.trim() ?? '',
      excerpt: li.querySelector('.pf-result-excerpt')?.textContent?.trim() ?? '',
    })),
  );
  return { summary: (await page.locator('pagefind-summary').textContent()) ?? '', results };
}

/** Runs code against Pagefind's own browser API; passed as text so Vitest leaves its import() alone. */
function withPagefind<T>(page: Page, body: string): Promise<T> {
  return page.evaluate(
    `(async () => { const pagefind = await import('${BASE}pagefind/pagefind.js'); ${body} })()`,
  ) as Promise<T>;
}

async function searchPage(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 4000 } });
  await page.goto(`${site.url}search/`);
  return page;
}

describe('search', () => {
  it('finds a decision by a word from its record, with its type and date', async () => {
    const page = await searchPage();
    const { results } = await search(page, 'pooling');
    const hit = results.find((x) => x.href === `${BASE}decisions/jcb-2023-002/`);
    expect(hit, JSON.stringify(results)).toBeDefined();
    expect(hit!.title).toBe('Test Fund plan 2023-24');
    expect(hit!.meta).toBe('Decision, 10 May 2023');
    await page.close();
  });

  it('finds agenda items within a meeting, linking to the item', async () => {
    const page = await searchPage();
    await search(page, 'Test Fund plan');
    const links = await page
      .locator('pagefind-results a.pf-heading-link')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toContain(`${BASE}meetings/2023-05-10-test-board/#item-4`);
    await page.close();
  });

  it('finds an entry first by its reference', async () => {
    const page = await searchPage();
    for (const [id, href] of [
      ['jcb-2023-003', 'decisions/jcb-2023-003/'],
      ['fp-2023-002', 'forward-plan/fp-2023-002/'],
      ['2023-05-10-test-board', 'meetings/2023-05-10-test-board/'],
    ]) {
      const { results } = await search(page, id);
      expect(results[0]?.href, id).toBe(`${BASE}${href}`);
    }
    await page.close();
  });

  it('finds an entry first by the council’s reference, as by its id', async () => {
    const page = await searchPage();
    for (const [reference, href] of [
      ['1241', 'decisions/jcb-2023-003/'],
      ['KD 2023/42', 'forward-plan/fp-2023-002/'],
    ]) {
      const { results } = await search(page, reference);
      expect(results[0]?.href, reference).toBe(`${BASE}${href}`);
    }
    await page.close();
  });

  it('follows a result link to the page, under the base path', async () => {
    const page = await searchPage();
    await search(page, 'jcb-2023-003');
    await page.locator('pagefind-results a.pf-result-link').first().click();
    await page.waitForURL(`**${BASE}decisions/jcb-2023-003/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Hospital discharge support for summer 2023');
    await page.close();
  });

  it('never returns withheld text or a withheld entry', async () => {
    const page = await searchPage();
    // Pagefind also shows near matches, so a search for withheld words may list public pages;
    // none may be a withheld entry or show withheld text.
    // Withheld: canary markers, exempt decision bodies (bidders and prices), an exempt item's
    // summary (Example Street), a draft (day opportunities) and embargoed entries' ids.
    const withheld =
      /canary|bidder [bcd]\b|195,000|48,000|52,000|example street|day opportunities|jcb-2024-00[235]|fp-2024-099|2024-07-10-test-board|canary-ref/i;
    for (const words of [
      'canary',
      'CANARY-EXEMPT-BODY',
      'Bidder C',
      '48,000',
      '195,000',
      'Example Street',
      'day opportunities',
      'jcb-2024-002',
      'fp-2024-099',
      '2024-07-10-test-board',
      'CANARY-REF-EMBARGO-FP',
    ]) {
      const { results } = await search(page, words);
      for (const x of results) expect(`${x.href} ${x.title} ${x.excerpt}`, words).not.toMatch(withheld);
    }
    await page.close();
  });

  it('holds no canary text in any indexed page, read through Pagefind’s own search API', async () => {
    const page = await searchPage();
    const pages = await withPagefind<{ url: string; text: string }[]>(
      page,
      `
      const all = await pagefind.search(null, { filters: {} });
      return Promise.all(all.results.map(async (r) => { const d = await r.data(); return { url: d.url, text: JSON.stringify(d.meta) + ' ' + d.content }; }));`,
    );
    expect(pages.length).toBeGreaterThan(10);
    expect(pages.map((p) => p.url)).toContain(`${BASE}decisions/jcb-2024-001/`);
    expect(pages.filter((p) => /canary/i.test(p.text)).map((p) => p.url)).toEqual([]);
    expect(pages.map((p) => p.text).join(' ')).toContain('PUBLIC-EXEMPT-SUMMARY');
    await page.close();
  });

  it('filters by type and sorts by date', async () => {
    const page = await searchPage();
    const filtered = await withPagefind<{ names: string[]; types: string[] }>(
      page,
      `
      const filters = await pagefind.filters();
      const decisions = await pagefind.search('board', { filters: { Type: 'Decision' } });
      const types = await Promise.all(decisions.results.map(async (r) => (await r.data()).meta.type));
      return { names: Object.keys(filters).sort(), types };`,
    );
    expect(filtered.names).toEqual(['Board or committee', 'Call-in', 'Key decision', 'Partner', 'Type', 'Year']);
    expect(filtered.types.length).toBeGreaterThan(0);
    expect(new Set(filtered.types)).toEqual(new Set(['Decision']));

    await search(page, 'board');
    await page.locator('[data-search-sort]').selectOption('desc');
    await page.waitForTimeout(500);
    await page.waitForFunction(() => !document.querySelector('pagefind-results .pf-skeleton'), undefined, {
      timeout: 15_000,
    });
    const dates = await page.locator('pagefind-results .search-result__meta').allTextContents();
    const parsed = dates
      .map((d) => /, (\d+ \w+ \d{4})$/.exec(d.trim())?.[1])
      .filter((d): d is string => !!d)
      .map((d) => Date.parse(`${d} 12:00 UTC`));
    expect(parsed.length).toBeGreaterThan(3);
    expect(parsed).toEqual([...parsed].sort((a, b) => b - a));
    await page.close();
  });

  it('runs a search given in the address (?q=)', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}search/?q=jcb-2023-003`);
    await page.waitForSelector('pagefind-results a.pf-result-link', { timeout: 15_000 });
    await expect(page.locator('pagefind-results a.pf-result-link').first().getAttribute('href')).resolves.toBe(
      `${BASE}decisions/jcb-2023-003/`,
    );
    await page.close();
  });

  it('without JavaScript, explains itself and links to the registers', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}search/`);
    await expect(page.locator('main').textContent()).resolves.toContain(
      'Search runs in your browser and needs JavaScript',
    );
    for (const register of ['decisions/', 'meetings/', 'forward-plan/']) {
      await expect(page.locator(`main a[href="${BASE}${register}"]`).count()).resolves.toBeGreaterThan(0);
    }
    await context.close();
  });

  it('is linked from the header of every page', async () => {
    const page = await browser.newPage();
    await page.goto(site.url);
    await page.locator('header a', { hasText: 'Search' }).click();
    await page.waitForURL(`**${BASE}search/`);
    await page.close();
  });
});
