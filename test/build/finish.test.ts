// Issue 13's page defects, checked over every HTML page of the built sample site.
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteFiles } from '../../src/publication/site-check.ts';
import { sharedBuild, repo, type BuildResult } from './helpers.ts';

let r: BuildResult;
let pages: { path: string; html: string }[] = [];
beforeAll(() => {
  r = sharedBuild(join(repo, 'content'), '2026-11-22');
  pages = siteFiles(r.outDir)
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .map((path) => ({ path, html: readFileSync(join(r.outDir, path), 'utf8') }));
});

const decode = (s: string) =>
  s
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('every page of the sample site', () => {
  it('builds', () => {
    expect(r.status, r.output).toBe(0);
    expect(pages.length).toBeGreaterThan(100);
  });

  it('has a title of at most 70 characters', () => {
    const long = pages
      .map((p) => ({ path: p.path, title: decode(/<title>([^<]*)<\/title>/.exec(p.html)?.[1] ?? '') }))
      .filter((p) => p.title.length === 0 || p.title.length > 70);
    expect(long).toEqual([]);
  });

  it('links an icon the site publishes, so no browser asks for /favicon.ico', () => {
    const without = pages.filter(
      (p) => !p.html.includes('<link rel="icon" href="/jcb/favicon.svg" type="image/svg+xml">'),
    );
    expect(without.map((p) => p.path)).toEqual([]);
    const svg = readFileSync(join(r.outDir, 'favicon.svg'), 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });

  it('links every free page from the footer, so none is reachable only from the sitemap', () => {
    for (const free of ['about/', 'how-to-take-part/', 'glossary/', 'qipp-savings/']) {
      expect(existsSync(join(r.outDir, free, 'index.html'))).toBe(true);
      const missing = pages.filter(
        (p) => p.path !== '404.html' && !/<footer[\s\S]*<\/footer>/.exec(p.html)![0].includes(`href="/jcb/${free}"`),
      );
      expect(
        missing.map((p) => p.path),
        free,
      ).toEqual([]);
    }
  });

  it('links how call-in works from the call-in page and every decision page', () => {
    const link = '<a href="/jcb/how-to-take-part/#how-call-in-works">How call-in works</a>';
    expect(readFileSync(join(r.outDir, 'how-to-take-part/index.html'), 'utf8')).toContain('id="how-call-in-works"');
    expect(readFileSync(join(r.outDir, 'call-in/index.html'), 'utf8')).toContain(link);
    const decisions = pages.filter((p) => /^decisions\/[^/]+\/index\.html$/.test(p.path));
    expect(decisions.length).toBeGreaterThan(20);
    expect(decisions.filter((p) => !p.html.includes(link)).map((p) => p.path)).toEqual([]);
  });

  it('labels every cell of a stacked register with its column', () => {
    const html = readFileSync(join(r.outDir, 'decisions/index.html'), 'utf8');
    expect(html).toContain('class="table table--stack"');
    for (const label of ['Date', 'Decision maker', 'Outcome', 'Call-in'])
      expect(html).toContain(`data-label="${label}"`);
  });

  it('prints the page address and gives the build date as a date, not a breakable ISO string', () => {
    const html = readFileSync(join(r.outDir, 'decisions/jcb-2024-001/index.html'), 'utf8');
    expect(html).toContain(
      'This page: https://democracy.example.org/jcb/decisions/jcb-2024-001/. Information correct as at Sunday 22 November 2026.',
    );
    expect(html).toContain('<time datetime="2026-11-22">Sunday 22 November 2026</time>');
  });
});
