// Search in Chromium finds clean PDF, Word and Excel papers by the words inside them, each result
// opening the paper's file, and finds nothing from the hidden parts of reviewed papers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { build } from '../build/helpers.ts';
import { launch, serve, typeSearch } from './harness.ts';
import { paperFixture, SEARCH_WORDS } from '../support/paper-fixture.ts';

const BASE = '/board/';
let site: { url: string; close: () => Promise<void> };
let browser: Browser;
beforeAll(async () => {
  const r = build(paperFixture(), '2024-06-10');
  expect(r.status, r.output).toBe(0);
  site = await serve(r.outDir, BASE);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Types into the search box and reads the results: each link, its lines of metadata and its second link. */
async function search(page: Page, words: string) {
  await typeSearch(page, words);
  return page.locator('pagefind-results .pf-result').evaluateAll((items) =>
    items.map((li) => ({
      href: li.querySelector('a.pf-result-link')?.getAttribute('href') ?? '',
      meta: [...li.querySelectorAll('.search-result__meta')].map((m) => m.textContent?.trim() ?? ''),
      links: [...li.querySelectorAll('.search-result__meta a')].map((a) => a.getAttribute('href') ?? ''),
    })),
  );
}

describe('searching for words inside papers', () => {
  it('finds each clean paper as a result that opens the file, with its type, size and meeting', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}search/`);
    for (const [name, word] of Object.entries(SEARCH_WORDS)) {
      const results = await search(page, word);
      expect(
        results.map((r) => r.href),
        word,
      ).toEqual([`${BASE}documents/2023-05-10/${name}`]);
      expect(results[0].meta[0]).toMatch(/^Paper \((PDF|Word|Excel), \d+ (bytes|KB)(, 1 page)?\), 10 May 2023$/);
      expect(results[0].meta[1]).toMatch(/^Meeting: /);
      expect(results[0].links).toEqual([`${BASE}papers/2023-05-10/${name.replace(/\.(\w+)$/, '-$1')}/`]);
    }
    await page.close();
  });

  it('finds nothing from the hidden parts of reviewed papers', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}search/`);
    // Pagefind's own search, asked for every result's full text: none holds a canary.
    const texts = (await page.evaluate(
      `(async () => {
        const pagefind = await import('${BASE}pagefind/pagefind.js');
        const out = [];
        for (const w of ['canary', 'hidden', 'tracked', 'deletion', 'comment', 'covered', 'workings']) {
          const r = await pagefind.search(w);
          for (const x of r.results) out.push((await x.data()).content);
        }
        return out;
      })()`,
    )) as string[];
    expect(texts.length).toBeGreaterThan(0);
    for (const t of texts) expect(t).not.toMatch(/canary/i);
    await page.close();
  });
});
