// An axe sweep of every page in the sitemap of the sample site, at WCAG 2.2 AA, in Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { sharedBuild, repo } from '../build/helpers.ts';
import { launch, serve } from './harness.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
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
  const sitemap = readFileSync(join(r.outDir, 'sitemap.xml'), 'utf8');
  pages = [...sitemap.matchAll(/<loc>https:\/\/democracy\.example\.org\/jcb\/([^<]*)<\/loc>/g)].map((m) => m[1]);
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
          // Evaluated by the test, not added as a script: the site's policy blocks inline scripts.
          await page.evaluate(axeSource);
          const violations = await page.evaluate(async () => {
            // @ts-expect-error axe is evaluated above
            const result = await window.axe.run(document, {
              runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
            });
            return result.violations.map(
              (v: { id: string; nodes: { target: string[] }[] }) =>
                `${v.id} (${v.nodes.length}: ${v.nodes
                  .slice(0, 2)
                  .map((n) => n.target.join(' '))
                  .join(', ')})`,
            );
          });
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
