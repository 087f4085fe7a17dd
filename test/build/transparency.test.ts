// The transparency page of the sample site: one table of years, each year linking to its own
// page, which lists the decisions and meetings behind each figure.
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContentRoot } from '../../src/publication/load.ts';
import { buildPublicModel, type PublicModel } from '../../src/publication/model.ts';
import {
  statutoryReports,
  statutoryReportsSummary,
  transparencyByYear,
  transparencyLink,
  transparencyRows,
} from '../../src/publication/views.ts';
import { repo, sharedBuild, type BuildResult } from './helpers.ts';

const DATE = '2026-11-22';
let r: BuildResult;
let m: PublicModel;
beforeAll(() => {
  const root = join(repo, 'content');
  r = sharedBuild(root, DATE);
  m = buildPublicModel(checkContentRoot(root, DATE).content!, { buildDate: DATE });
});
const read = (path: string) => readFileSync(join(r.outDir, path), 'utf8');
/** The page's main content, without the header and footer every page shares. */
const main = (path: string) => /<main[\s\S]*<\/main>/.exec(read(path))![0];
const decode = (s: string) =>
  s
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe('the transparency page', () => {
  it('builds', () => expect(r.status, r.output).toBe(0));

  it('is one captioned table with a row a year, newest first, each year a row heading linking to its page', () => {
    const html = main('transparency/index.html');
    expect(html.match(/<table/g)).toHaveLength(1);
    expect(html).not.toContain('<details');
    expect(html).toContain('<caption class="table__caption">Notice given and records published, by year</caption>');
    const years = [
      ...html.matchAll(/<th scope="row"[^>]*><a href="\/jcb\/transparency\/(\d{4})\/">(\d{4})<\/a><\/th>/g),
    ];
    expect(years.map((x) => x[1])).toEqual(transparencyByYear(m).map((y) => y.year));
    expect(years.every((x) => x[1] === x[2])).toBe(true);
    expect(years.length).toBeGreaterThan(5);
    // Every heading is scoped: the year column, the column groups and their columns.
    expect(html.match(/<th(?=[\s>])(?![^>]*scope=)/g)).toBeNull();
    expect(html.match(/<th scope="colgroup"/g)).toHaveLength(4);
    expect(html.match(/<th scope="col"/g)).toHaveLength(18);
  });

  it('is short: no list of decisions or meetings on it', () => {
    const html = main('transparency/index.html');
    expect(html).not.toMatch(/href="\/jcb\/(decisions|meetings)\//);
    expect(html.length).toBeLessThan(20_000);
  });
});

describe('each year’s transparency page', () => {
  it('exists for every year of the table, and is in the sitemap', () => {
    const sitemap = read('sitemap.xml');
    for (const y of transparencyByYear(m)) {
      expect(existsSync(join(r.outDir, 'transparency', y.year, 'index.html')), y.year).toBe(true);
      expect(sitemap, y.year).toContain(`<loc>https://democracy.example.org/jcb/transparency/${y.year}/</loc>`);
    }
  });

  it('gives each figure of the year with every decision or meeting it counts, linked to its page', () => {
    for (const y of transparencyByYear(m)) {
      const html = decode(main(`transparency/${y.year}/index.html`));
      expect(html, y.year).toContain(`<h1>Transparency in ${y.year}</h1>`);
      for (const row of transparencyRows(y)) {
        expect(html, `${y.year} ${row.label}`).toContain(
          `<dt class="summary-list__key">${row.label}</dt> <dd class="summary-list__value"> <strong>${row.items.length}</strong> of ${row.of.length}`,
        );
        for (const x of row.items) {
          const { href, title } = transparencyLink(x);
          expect(html, `${y.year} ${row.label}`).toContain(`<a href="${href}">${title}</a>`);
        }
      }
    }
  });

  it('gives the special urgency report and the report of decisions that should have been key, or None', () => {
    for (const y of transparencyByYear(m)) {
      const html = decode(main(`transparency/${y.year}/index.html`));
      const r = statutoryReports(y);
      expect(html, y.year).toContain('<h2 id="special-urgency">Decisions taken under special urgency</h2>');
      expect(html, y.year).toContain(
        '<h2 id="should-have-been-key">Decisions that should have been treated as key decisions</h2>',
      );
      for (const row of [...r.specialUrgency, ...r.shouldHaveBeenKey])
        expect(html, y.year).toContain(`<a href="${row.decision.href}">${row.decision.title}</a>`);
      for (const row of r.specialUrgency) expect(html, y.year).toContain(row.reason);
      for (const row of r.shouldHaveBeenKey) expect(html, y.year).toContain(row.why);
      const empty = [r.specialUrgency, r.shouldHaveBeenKey].filter((l) => l.length === 0).length;
      expect(html.match(/<p>None\.<\/p>/g) ?? [], y.year).toHaveLength(empty);
    }
    // The sample's special urgency decision, in its year's report.
    expect(decode(main('transparency/2020/index.html'))).toContain('jcb-2020-001');
    const index = main('transparency/index.html');
    const summary = statutoryReportsSummary(m);
    for (const y of [...summary.specialUrgency, ...summary.shouldHaveBeenKey])
      expect(index, y.year).toContain(y.count === 0 ? `<li>${y.year}: None</li>` : `<a href="${y.href}">${y.text}`);
  });

  it('links back to the table and to the years either side', () => {
    const html = main('transparency/2022/index.html');
    expect(html).toContain('<a href="/jcb/transparency/">Every year in one table</a>');
    expect(html).toContain('Earlier year: <a href="/jcb/transparency/2021/">2021</a>');
    expect(html).toContain('Later year: <a href="/jcb/transparency/2023/">2023</a>');
    expect(read('transparency/2022/index.html')).toContain(
      '<a class="breadcrumbs__link" href="/jcb/transparency/">Transparency</a></li><li class="breadcrumbs__item" aria-current="page">2022</li>',
    );
  });
});
