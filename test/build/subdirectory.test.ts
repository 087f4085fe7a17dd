// A site whose url is a subdirectory two levels deep: every address in every page, feed,
// calendar and data file stays under that path and names a file that exists, so dist/ works
// copied into that folder of any static server, with no rewrites.
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, filesOf, fixtureAt, type BuildResult } from './helpers.ts';

const SUBDIRECTORY = 'https://example.org/boards/jcb/';

const base = new URL(SUBDIRECTORY).pathname;
let r: BuildResult;
let files: { path: string; bytes: Buffer }[];
beforeAll(() => {
  r = build(fixtureAt('minimal', SUBDIRECTORY), '2023-08-01');
  files = r.status === 0 ? filesOf(r.outDir) : [];
});

/** The file a path under the base is served from: directories serve their index.html. */
function served(path: string): string | undefined {
  const rel = decodeURIComponent(path.slice(base.length));
  for (const candidate of [rel, `${rel.replace(/\/$/, '')}/index.html`]) {
    if (candidate && existsSync(join(r.outDir, candidate)) && !candidate.endsWith('/')) return candidate;
  }
  return rel === '' ? 'index.html' : undefined;
}

describe(`a site at ${SUBDIRECTORY}`, () => {
  it('builds', () => expect(r.status, r.output).toBe(0));

  it('has every link, script, stylesheet and image of every page under the base path, naming a file that exists', () => {
    const problems: string[] = [];
    const html = files.filter((f) => f.path.endsWith('.html'));
    expect(html.length).toBeGreaterThan(15);
    let checked = 0;
    for (const page of html) {
      // Script bodies (such as the search result template) hold no addresses of their own.
      const text = page.bytes.toString('utf8').replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/g, '$1</script>');
      const pageUrl = new URL(page.path.replace(/(^|\/)index\.html$/, '$1'), SUBDIRECTORY);
      for (const [, attr, value] of text.matchAll(/\s(href|src|action|bundle-path|base-url)="([^"]*)"/g)) {
        if (/^(mailto|tel|data|javascript):/.test(value)) continue;
        const url = new URL(value.replace(/&amp;/g, '&'), pageUrl);
        if (url.origin !== 'https://example.org') continue; // another site
        if (!url.pathname.startsWith(base)) {
          problems.push(`${page.path}: ${attr}="${value}" is outside ${base}`);
          continue;
        }
        checked++;
        if (attr === 'bundle-path' || attr === 'base-url') {
          if (!existsSync(join(r.outDir, url.pathname.slice(base.length))))
            problems.push(`${page.path}: ${attr}="${value}" names no folder`);
          continue;
        }
        const target = served(url.pathname);
        if (!target) problems.push(`${page.path}: ${attr}="${value}" names no file`);
        else if (url.hash && target.endsWith('.html')) {
          const id = decodeURIComponent(url.hash.slice(1));
          const targetText = target === page.path ? text : readFileSync(join(r.outDir, target), 'utf8');
          if (!targetText.includes(`id="${id}"`))
            problems.push(`${page.path}: ${attr}="${value}" names no element ${url.hash}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(500);
  });

  it('has every address in feeds, calendars, data files, stylesheets and the sitemap under the base path, naming a file that exists', () => {
    const problems: string[] = [];
    const texts = files.filter((f) => /\.(xml|ics|json|csv|css)$/.test(f.path) && !f.path.startsWith('pagefind/'));
    expect(texts.map((f) => f.path)).toEqual(
      expect.arrayContaining(['feeds/decisions.xml', 'calendar/meetings.ics', 'data/index.json', 'sitemap.xml']),
    );
    let checked = 0;
    for (const f of texts) {
      // iCalendar folds long lines; unfold before reading addresses.
      const text = f.bytes.toString('utf8').replace(/\r?\n[ \t]/g, '');
      const addresses = [...text.matchAll(/https:\/\/example\.org(\/[^\s"<>;,)\\]*)/g)].map((m) => m[1]);
      const local = f.path.endsWith('.css') ? [...text.matchAll(/url\((\/[^)]*)\)/g)].map((m) => m[1]) : [];
      for (const path of [...addresses, ...local]) {
        checked++;
        if (!path.startsWith(base)) problems.push(`${f.path}: ${path} is outside ${base}`);
        else if (!served(path.split('#')[0])) problems.push(`${f.path}: ${path} names no file`);
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  it('points the search at the index under the base path', () => {
    const html = readFileSync(join(r.outDir, 'search/index.html'), 'utf8');
    expect(html).toContain(`bundle-path="${base}pagefind/"`);
    expect(existsSync(join(r.outDir, 'pagefind', 'pagefind-component-ui.js'))).toBe(true);
  });
});
