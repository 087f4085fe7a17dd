// The source-arrangement fixture sites (Bury, Croydon, Somerset) and the statutory-record site in Chromium under the site's
// security headers, as the sample site is checked in accessibility.test.ts and site-health.test.ts:
// every sitemap page passes axe at WCAG 2.2 AA at 320 px with every `details` open, does not
// scroll sideways, and logs no console error, blocked resource or request to another origin.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { fixtures, sharedBuild } from '../build/helpers.ts';
import { axe, launch, serve, sitemapPaths } from './harness.ts';

/** The source-arrangement sites, and the statutory-record site with one case of each duty. */
const SITES = [
  ...['bury', 'croydon', 'somerset'].map((name) => ({ name, root: join(fixtures, 'arrangements', name) })),
  { name: 'statutory-record', root: join(fixtures, 'statutory-record') },
];
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe('fixture sites', () => {
  for (const { name, root } of SITES) {
    it(`${name}: every page passes axe at 320 px with details open, fits, and is clean in the console`, async () => {
      const r = sharedBuild(root, '2026-11-22');
      expect(r.status, r.output).toBe(0);
      const { base, paths } = sitemapPaths(r.outDir);
      // The base path the site was built for, from its own site.yaml, is the sitemap's.
      expect(base).toBe(new URL(/^url: *(\S+)/m.exec(readFileSync(join(root, 'site.yaml'), 'utf8'))![1]).pathname);
      const site = await serve(r.outDir, base);
      const context = await browser.newContext({ viewport: { width: 320, height: 640 }, reducedMotion: 'reduce' });
      const origin = new URL(site.url).origin;
      const problems: string[] = [];
      context.on('request', (req) => {
        if (!req.url().startsWith(origin)) problems.push(`request to ${req.url()}`);
      });
      context.on('console', (msg) => {
        if (msg.type() === 'error') problems.push(`${msg.page()?.url() ?? '?'}: ${msg.text()}`);
      });
      const page = await context.newPage();
      try {
        expect(paths.length).toBeGreaterThan(10);
        for (const path of [...paths, 'search/']) {
          await page.goto(`${site.url}${path}`);
          await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
          const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
          if (scroll > 320) problems.push(`${path}: ${scroll} px wide at 320 px`);
          const violations = await axe(page);
          for (const v of violations) problems.push(`${path}: ${v}`);
        }
      } finally {
        await context.close();
        await site.close();
      }
      expect(problems).toEqual([]);
    }, 300_000);
  }
});
