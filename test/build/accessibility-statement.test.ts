// The sample site's accessibility statement: made from its own papers, linked from every page.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sharedBuild, repo, type BuildResult } from './helpers.ts';
import { readPaper } from '../../src/papers/check.ts';
import { paperBarriers } from '../../src/papers/accessibility.ts';

let r: BuildResult;
const page = (path: string) => readFileSync(join(r.outDir, path), 'utf8');
beforeAll(() => {
  r = sharedBuild(join(repo, 'content'), '2026-11-22');
});

/** Every HTML file under dist/, by its path. */
function htmlFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? htmlFiles(join(dir, e.name), `${prefix}${e.name}/`)
      : e.name.endsWith('.html')
        ? [`${prefix}${e.name}`]
        : [],
  );
}

describe('the sample site’s accessibility statement', () => {
  it('builds', () => expect(r.status, r.output).toBe(0));

  it('has the headings of the model statement', () => {
    const headings = [...page('accessibility/index.html').matchAll(/<h([1-4])[^>]*>([^<]*)<\/h\1>/g)].map((h) => h[2]);
    expect(headings).toEqual(
      expect.arrayContaining([
        'Accessibility statement for Southampton Joint Commissioning Board',
        'How accessible this website is',
        'Feedback and contact information',
        'Reporting accessibility problems with this website',
        'Enforcement procedure',
        "Technical information about this website's accessibility",
        'Compliance status',
        'Non-accessible content',
        'Non-compliance with the accessibility regulations',
        'Disproportionate burden',
        "Content that's not within the scope of the accessibility regulations",
        "What we're doing to improve accessibility",
        'Preparation of this statement',
      ]),
    );
  });

  it('lists every paper of the sample site that the checks find a problem in, from 23 September 2018', async () => {
    const html = page('accessibility/index.html');
    const sitemap = page('sitemap.xml');
    const papers = [...sitemap.matchAll(/<loc>https:\/\/democracy\.example\.org(\/jcb\/papers\/[^<]+)<\/loc>/g)].map(
      (x) => x[1],
    );
    expect(papers.length).toBeGreaterThan(10);
    // What the paper check finds in the sample's files, read here on its own.
    const failing: string[] = [];
    for (const href of papers) {
      const file = `documents/${href
        .replace(/^\/jcb\/papers\//, '')
        .replace(/\/$/, '')
        .replace(/-(pdf|docx|xlsx)$/, '.$1')}`;
      const reading = await readPaper(file, readFileSync(join(repo, 'content', file)));
      if (paperBarriers(file, reading).length && !/documents\/(2017|2018-0[1-8])/.test(file)) failing.push(href);
    }
    expect(failing.length).toBeGreaterThan(0);
    const listed = [...html.matchAll(/<a href="(\/jcb\/papers\/[^"]+)"/g)].map((x) => x[1]);
    expect(listed.sort()).toEqual(failing.sort());
    expect(html).toContain(
      'This website is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard, due to the non-compliances listed below.',
    );
    expect(html).toContain(`${failing.length} papers (not tagged)`);
    // The sample's 2017 and April 2018 papers are out of scope, counted apart.
    expect(html).toMatch(/\d+ papers? published before then may not be accessible/);
  });

  it('says how to ask for another format, by when, and where to go next', () => {
    const html = page('accessibility/index.html');
    expect(html).toContain('<a href="mailto:democratic.services@example.org">democratic.services@example.org</a>');
    expect(html).toContain('<a href="tel:02380000000">023\u00a08000\u00a00000</a>');
    expect(html).toContain('get back to you in 10 working days.');
    expect(html).toContain(
      '<a href="https://www.equalityadvisoryservice.com/">Equality Advisory and Support Service (EASS)</a>',
    );
    expect(html).toContain('when the website was last built, on Sunday 22 November 2026.');
  });

  it('is linked from the footer of every page, the not-found page included, and is in the sitemap', () => {
    const pages = htmlFiles(r.outDir);
    expect(pages).toContain('404.html');
    expect(pages.length).toBeGreaterThan(100);
    const without = pages.filter((p) => {
      const footer = page(p).split('<footer')[1] ?? '';
      return !footer.includes('<a href="/jcb/accessibility/"');
    });
    expect(without).toEqual([]);
    expect(page('accessibility/index.html')).toContain(
      '<a href="/jcb/accessibility/" aria-current="page">Accessibility statement</a>',
    );
    expect(page('sitemap.xml')).toContain('<loc>https://democracy.example.org/jcb/accessibility/</loc>');
  });
});
