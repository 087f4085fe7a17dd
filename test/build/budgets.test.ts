// Pooled budget pages, CSVs and data agree with the figures (test/unit/pooled-budgets.test.ts
// checks the model's figures for the source reports): aligned lines are shown apart from the
// pooled total, a fund with nothing pooled has no chart, and the sample fund's sentence, table,
// charts and downloads say the same. The Somerset and Croydon budgets are built in their
// arrangements (test/fixtures/arrangements/, copied from test/fixtures/budgets/; Croydon's has
// one line more, with figures marked not available).
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { fixtures, pagefindPages, repo, sharedBuild, type BuildResult } from './helpers.ts';

const read = (r: BuildResult, path: string) => readFileSync(join(r.outDir, path), 'utf8');
const sites: Record<string, BuildResult> = {};
beforeAll(() => {
  sites.sample = sharedBuild(join(repo, 'content'), '2026-11-22');
  sites.somerset = sharedBuild(join(fixtures, 'arrangements', 'somerset'), '2026-11-22');
  sites.croydon = sharedBuild(join(fixtures, 'arrangements', 'croydon'), '2026-11-22');
});

describe('Somerset jointly commissioned services (seed 004)', () => {
  it('builds', () => expect(sites.somerset.status, sites.somerset.output).toBe(0));
  it('shows the aligned mental health lines apart, under their own total, and the pooled total', () => {
    const [year] = JSON.parse(read(sites.somerset, 'data/budgets.json'));
    expect(year.totals.total).toBe(111_783_178);
    const page = read(sites.somerset, 'budgets/jointly-commissioned-services/index.html');
    const pooled = page.indexOf('Total pooled');
    const aligned = page.indexOf('Aligned budgets');
    expect(pooled).toBeGreaterThan(-1);
    expect(aligned).toBeGreaterThan(pooled);
    expect(page).toContain('£111,783,178');
    expect(page.slice(aligned)).toContain('Total aligned');
    expect(page.slice(aligned)).toContain('£417,750');
    expect(page).toContain('A further £417,750 is in aligned budgets, kept by each partner and not pooled.');
    expect(page).toContain('data-chart-spec');
  });
});

describe("Croydon's Integrated Commissioning Unit investment (seed 002)", () => {
  it('builds', () => expect(sites.croydon.status, sites.croydon.output).toBe(0));
  it('says nothing is pooled, and draws no chart and loads no chart script', () => {
    const page = read(sites.croydon, 'budgets/integrated-commissioning-unit/index.html');
    expect(page).toContain('Nothing is pooled in 2013-14. £218.7m is in aligned budgets');
    expect(page).toContain('£218,720,000');
    expect(page).not.toContain('data-chart-spec');
    expect(page).not.toMatch(/<script[^>]*src=/);
  });
  it('is called an aligned budget with a lead officer, never a pooled fund, in the menu, headings and home page', () => {
    const page = read(sites.croydon, 'budgets/integrated-commissioning-unit/index.html');
    const home = read(sites.croydon, 'index.html');
    const list = read(sites.croydon, 'budgets/index.html');
    expect(list).toContain('<h1>Aligned budgets</h1>');
    expect(home).toMatch(/class="site-nav__link"[^>]*>Aligned budgets</);
    expect(home).toMatch(/class="site-nav__link"[^>]*>Cabinet and boards</);
    expect(home).toContain('<h2 id="pooled-budget">Aligned budget</h2>');
    expect(home).toMatch(/aligns £218.7m in the partners(&#39;|')s? own budgets/);
    expect(home).not.toMatch(/pools\s*(<strong>)?£0/);
    expect(read(sites.croydon, 'bodies/index.html')).toContain('<h1>Cabinet and boards</h1>');
    expect(page).not.toContain('Pooled fund manager');
    expect(page).not.toContain('Pooled budgets');
    // Its table has an aligned section alone: no "Total pooled" row of £0.
    expect(page).not.toContain('Total pooled');
    expect(page).toContain('Total aligned');
  });
});

describe('figures marked not available (the Croydon line the report garbles)', () => {
  it('are dashes read as not available, left out of the totals, with a note', () => {
    const page = read(sites.croydon, 'budgets/integrated-commissioning-unit/index.html');
    const row = page.slice(page.indexOf('id="scheme-2013-14-contribution-to-staffing-spend"'));
    const cells = row.slice(0, row.indexOf('</tr>'));
    const dash = '<span aria-hidden="true">–</span><span class="visually-hidden">not available</span>';
    expect(cells.split(dash).length - 1).toBe(3);
    expect(cells).not.toContain('£0');
    expect(page).toContain('Totals leave out 2 figures marked not available.');
    expect(page).toContain('£113,160,000');
    expect(page).toContain('£105,560,000');
    expect(page).toContain('£218,720,000');
  });
  it('are null in budgets.json and empty in the CSVs, and the totals leave them out', () => {
    const [year] = JSON.parse(read(sites.croydon, 'data/budgets.json'));
    const line = year.schemes.find((s: { slug: string }) => s.slug === 'contribution-to-staffing-spend');
    expect(line.contributions).toEqual({ 'croydon-council': null, 'croydon-ccg': null });
    expect(line.total).toBeNull();
    expect(year.alignedTotals).toEqual({
      'croydon-council': 113_160_000,
      'croydon-ccg': 105_560_000,
      total: 218_720_000,
    });
    const table = parse(read(sites.croydon, 'budgets/integrated-commissioning-unit/2013-14.csv'), {
      columns: true,
    }) as Record<string, string>[];
    expect(table.find((r) => r.scheme === 'Contribution to staffing spend')).toMatchObject({
      'croydon-council': '',
      'croydon-ccg': '',
      total: '',
    });
    const long = parse(read(sites.croydon, 'data/budgets.csv'), { columns: true }) as Record<string, string>[];
    expect(long.filter((r) => r.scheme === 'Contribution to staffing spend').map((r) => r.amount)).toEqual(['', '']);
  });
});

describe('the sample Better Care Fund', () => {
  it('states the 2017/18 split in a sentence and the table', () => {
    const page = read(sites.sample, 'budgets/better-care-fund/2017-18/index.html');
    expect(page).toContain('The CCG contributes £69.5m (66%) and SCC £35.7m (34%) of the £105.2m pooled fund.');
    expect(page).toContain('£105,196,000');
  });
  it('charts come from the same figures as the tables', () => {
    const page = ['2017-18/index.html', '2024-25/index.html']
      .map((p) => read(sites.sample, `budgets/better-care-fund/${p}`))
      .join('\n');
    const specs = [...page.matchAll(/<script type="application\/json" data-chart-spec>(.*?)<\/script>/g)].map((m) =>
      JSON.parse(m[1]),
    );
    const y2017 = specs.find((s) => s.title === 'Contributions by partner for each scheme, 2017-18');
    const ccg = y2017.datasets
      .find((d: { label: string }) => d.label === 'CCG')
      .data.reduce((a: number, b: number) => a + b, 0);
    const scc = y2017.datasets
      .find((d: { label: string }) => d.label === 'SCC')
      .data.reduce((a: number, b: number) => a + b, 0);
    expect([ccg, scc]).toEqual([69_501_000, 35_695_000]);
    expect(specs.some((s) => s.title.startsWith('Budget and outturn'))).toBe(true);
  });
  it('offers each table as CSV in whole pounds, and the long data/budgets.csv matches the JSON', () => {
    const table = parse(read(sites.sample, 'budgets/better-care-fund/2017-18.csv'), { columns: true }) as Record<
      string,
      string
    >[];
    expect(table.find((r) => r.scheme === 'Clusters')).toMatchObject({
      'southampton-city-ccg': '47026000',
      'southampton-city-council': '2212000',
      total: '49238000',
    });
    const long = parse(read(sites.sample, 'data/budgets.csv'), { columns: true }) as {
      fund: string;
      year: string;
      scheme: string;
      partner: string;
      amount: string;
    }[];
    const json = JSON.parse(read(sites.sample, 'data/budgets.json')) as {
      fund: string;
      year: string;
      schemes: { scheme: string; contributions: Record<string, number> }[];
    }[];
    const expected = json.flatMap((b) =>
      b.schemes.flatMap((s) =>
        Object.entries(s.contributions).map(
          ([partner, amount]) => `${b.fund}|${b.year}|${s.scheme}|${partner}|${amount}`,
        ),
      ),
    );
    expect(long.map((r) => `${r.fund}|${r.year}|${r.scheme}|${r.partner}|${r.amount}`)).toEqual(expected);
  });
  it('shows variance where a year has outturn', () => {
    const page = read(sites.sample, 'budgets/better-care-fund/2024-25/index.html');
    expect(page).toContain('Variance is outturn minus budget');
    const year = JSON.parse(read(sites.sample, 'data/budgets.json')).find(
      (b: { year: string }) => b.year === '2024-25',
    );
    const carers = year.schemes.find((s: { scheme: string }) => s.scheme === 'Carers');
    expect(carers).toMatchObject({ budget: 1_680_000, outturn: 1_643_000, variance: -37_000, variancePercent: -2.2 });
  });
  it('links a decision to the scheme it spends from, and the scheme back to the decision', () => {
    const decision = read(sites.sample, 'decisions/jcb-2026-003/index.html');
    expect(decision).toContain('href="/jcb/budgets/better-care-fund/#scheme-joint-equipment-store"');
    const fund = read(sites.sample, 'budgets/better-care-fund/index.html');
    const section = fund.slice(fund.indexOf('id="scheme-joint-equipment-store"'));
    expect(section.slice(0, 600)).toContain('href="/jcb/decisions/jcb-2026-003/"');
  });
});

describe('chart JavaScript', () => {
  it('loads only on pages with charts', () => {
    expect(read(sites.sample, 'budgets/better-care-fund/index.html')).toMatch(
      /<script type="module" src="[^"]*_astro\/[^"]+\.js"/,
    );
    expect(read(sites.sample, 'decisions/jcb-2026-003/index.html')).not.toMatch(/_astro\/Chart/);
    expect(read(sites.sample, 'index.html')).not.toMatch(/_astro\/Chart/);
  });
  it('bundles only the bar chart parts of Chart.js, never chart.js/auto with every chart type', () => {
    const page = read(sites.sample, 'budgets/better-care-fund/index.html');
    const scripts = [...page.matchAll(/<script type="module" src="\/jcb\/([^"]+\.js)"/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    const bundle = scripts.map((s) => read(sites.sample, s)).join('\n');
    // Each Chart.js controller carries its id; chart.js/auto registers all of them.
    expect(bundle).toMatch(/["'`]bar["'`]/);
    for (const id of ['doughnut', 'pie', 'polarArea', 'radar', 'bubble', 'scatter'])
      expect(bundle, id).not.toMatch(new RegExp(`["'\`]${id}["'\`]`));
  });
});

describe('the sample Better Care Fund, one year per page', () => {
  const FUND = '/jcb/budgets/better-care-fund/';
  const OTHERS = ['2025-26', '2024-25', '2023-24', '2017-18'];
  const page = (year?: string) => read(sites.sample, `budgets/better-care-fund/${year ? `${year}/` : ''}index.html`);
  const yearNav = (html: string) => {
    const nav = html.match(/<nav class="year-nav"[^>]*>(.*?)<\/nav>/s)?.[1] ?? '';
    return [...nav.matchAll(/<a ([^>]*)>([^<]*)<\/a>/g)].map(([, attrs, year]) => ({
      year,
      href: attrs.match(/href="([^"]*)"/)?.[1],
      current: attrs.includes('aria-current="page"'),
    }));
  };
  const chartTitles = (html: string) =>
    [...html.matchAll(/<script type="application\/json" data-chart-spec>(.*?)<\/script>/g)].map(
      (m) => JSON.parse(m[1]).title as string,
    );

  it('shows the current year, 2026-27, on the fund page, with no other year’s table or charts', () => {
    const html = page();
    expect(html).toContain('id="table-2026-27"');
    for (const y of OTHERS) expect(html, y).not.toContain(`id="table-${y}"`);
    expect(chartTitles(html)).toEqual([
      'Contributions by partner for each scheme, 2026-27',
      "Each partner's share of the pooled fund, 2026-27",
      'Pooled contributions by partner, by year',
    ]);
  });

  it('gives every other year a page of its own, its table and charts only, linking every year', () => {
    for (const y of OTHERS) {
      const html = page(y);
      expect(html).toContain(`id="table-${y}"`);
      expect(html.match(/<table class="table[^"]*" id="table-/g), y).toHaveLength(1);
      expect(
        chartTitles(html).every((t) => t.endsWith(`, ${y}`)),
        y,
      ).toBe(true);
      expect(yearNav(html)).toEqual(
        ['2026-27', ...OTHERS].map((x) => ({
          year: x,
          href: x === '2026-27' ? FUND : `${FUND}${x}/`,
          current: x === y,
        })),
      );
    }
    // The year the fund page shows has no second page.
    expect(existsSync(join(sites.sample.outDir, 'budgets/better-care-fund/2026-27/index.html'))).toBe(false);
    expect(yearNav(page()).filter((l) => l.current)).toEqual([{ year: '2026-27', href: FUND, current: true }]);
  });

  it('still leads an address of a year on the fund page (#year-2017-18) to that year', () => {
    const html = page();
    for (const y of OTHERS) expect(html).toMatch(new RegExp(`<a [^>]*href="${FUND}${y}/"[^>]*id="year-${y}"`));
  });

  it('puts every year page in the sitemap and the search index, and links each from the list of budgets', () => {
    const sitemap = read(sites.sample, 'sitemap.xml');
    // The index records addresses from the site's base.
    const indexed = new Set(pagefindPages(sites.sample.outDir).map((p) => `/jcb${p.url}`));
    const list = read(sites.sample, 'budgets/index.html');
    for (const y of OTHERS) {
      expect(sitemap).toContain(`<loc>https://democracy.example.org${FUND}${y}/</loc>`);
      expect(indexed.has(`${FUND}${y}/`), y).toBe(true);
      expect(list).toContain(`href="${FUND}${y}/"`);
    }
    expect(list).toContain(`<a href="${FUND}">2026-27</a>`);
  });

  it('links the decision that approved each year, 2024-25 included', () => {
    expect(page('2024-25')).toContain(
      `Approved by decision: <a href="/jcb/decisions/jcb-2023-002/">Better Care Fund plan 2023-25</a>`,
    );
    for (const html of [page(), ...OTHERS.map(page)])
      expect(html).toMatch(/Approved by decision: <a href="\/jcb\/decisions\//);
  });

  it('gives the 2024-25 outturn one column for its total and its budget, which are the same figures', () => {
    const html = page('2024-25');
    const head = html.match(/<table class="table[^"]*" id="table-2024-25">.*?<thead>(.*?)<\/thead>/s)![1];
    expect([...head.matchAll(/<th [^>]*>([^<]*)<\/th>/g)].map((m) => m[1])).toEqual([
      'Scheme',
      'NHS Hampshire and Isle of Wight Integrated Care Board',
      'Southampton City Council',
      'Total budget',
      'Outturn',
      'Variance',
    ]);
    expect(html).toContain('The total budget is the partners’ contributions. Variance is outturn minus budget');
  });

  it('runs under a content security policy without inline scripts or styles: chart boxes start hidden', () => {
    for (const html of [page(), ...OTHERS.map(page)]) {
      expect(html).not.toMatch(/<[^>]+\sstyle=/);
      for (const [tag] of html.matchAll(/<script\b[^>]*>/g))
        expect(tag, tag).toMatch(/\ssrc="\/jcb\/_astro\/[^"]+\.js"|type="application\/json"/);
      const boxes = [...html.matchAll(/<div class="chart__canvas"[^>]*>/g)].map((m) => m[0]);
      expect(boxes.length).toBeGreaterThan(0);
      for (const box of boxes) expect(box).toMatch(/\shidden[\s>]/);
    }
  });
});
