// An axe sweep of every page in the sitemap of the sample site, at WCAG 2.2 AA, in Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { sharedBuild, repo } from '../build/helpers.ts';
import { axe, launch, serve, sitemapPaths } from './harness.ts';

let site: { url: string; close: () => Promise<void> };
let browser: Browser;
let pages: string[] = [];
// Two pages at a time: the browser renders each and runs axe in it while the other loads.
const PAGES_AT_ONCE = 2;
beforeAll(async () => {
  const r = sharedBuild(join(repo, 'content'), '2026-11-22');
  expect(r.status, r.output).toBe(0);
  site = await serve(r.outDir, '/jcb/');
  browser = await launch();
  pages = sitemapPaths(r.outDir).paths;
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('accessibility', () => {
  it('every page in the sitemap passes axe at WCAG 2.2 AA', async () => {
    expect(pages.length).toBeGreaterThan(100);
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const failures: string[] = [];
    const queue = [...pages, 'search/', 'no-such-page/'];
    let checked = 0;
    await Promise.all(
      Array.from({ length: PAGES_AT_ONCE }, async () => {
        const page = await context.newPage();
        for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
          await page.goto(`${site.url}${path}`);
          const violations = await axe(page);
          for (const v of violations) failures.push(`${path}: ${v}`);
          checked++;
        }
      }),
    );
    expect(checked).toBe(pages.length + 2);
    await context.close();
    expect(failures.sort()).toEqual([]);
  }, 600_000);
});
