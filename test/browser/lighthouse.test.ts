// Lighthouse (mobile settings) in Debian's Chromium on the pages a resident uses most, served with
// gzip and the site's security headers: accessibility, best practices and SEO at 100 on each.
// Performance depends on the machine's load, so `npm run lighthouse` prints it instead.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedBuild, repo } from '../build/helpers.ts';
import { serve } from './harness.ts';
import { audit, lighthousePages } from '../../scripts/lighthouse.mjs';

interface Result {
  path: string;
  scores: Record<string, number>;
  failing: string[];
  runtimeError?: string;
}
let site: { url: string; close: () => Promise<void> };
let pages: Record<string, string> = {};
beforeAll(async () => {
  const r = sharedBuild(join(repo, 'content'), '2026-11-22');
  expect(r.status, r.output).toBe(0);
  const chosen = lighthousePages(readFileSync(join(r.outDir, 'sitemap.xml'), 'utf8')) as {
    base: string;
    pages: Record<string, string>;
  };
  pages = chosen.pages;
  site = await serve(r.outDir, chosen.base);
});
afterAll(() => site?.close());

describe('Lighthouse', () => {
  it('scores accessibility, best practices and SEO at 100 on home, decision, meeting, forward plan, fund, call-in and search', async () => {
    expect(Object.keys(pages)).toEqual(['home', 'decision', 'meeting', 'forward plan', 'fund', 'call-in', 'search']);
    const results = (await audit(site.url, pages)) as Record<string, Result>;
    const below = Object.entries(results).flatMap(([name, r]) => [
      ...(r.runtimeError ? [`${name}: ${r.runtimeError}`] : []),
      ...['accessibility', 'best-practices', 'seo']
        .filter((c) => r.scores[c] !== 100)
        .map((c) => `${name} (/${r.path}): ${c} ${r.scores[c]} (${r.failing.join('; ')})`),
    ]);
    expect(below).toEqual([]);
  }, 600_000);
});
