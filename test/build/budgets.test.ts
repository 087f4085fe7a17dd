// Pooled budgets from the source reports: every published figure equals the source table,
// aligned lines stay out of the pooled total, and the pages, CSVs and data agree.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { build, fixtures, repo, type BuildResult } from './helpers.ts';

const read = (r: BuildResult, path: string) => readFileSync(join(r.outDir, path), 'utf8');
const sites: Record<string, BuildResult> = {};
beforeAll(() => {
  sites.sample = build(join(repo, 'content'), '2026-11-22');
  sites.somerset = build(join(fixtures, 'budgets', 'somerset'), '2024-06-10');
  sites.croydon = build(join(fixtures, 'budgets', 'croydon'), '2024-06-10');
});

describe('Somerset jointly commissioned services (seed 004)', () => {
  it('builds', () => expect(sites.somerset.status, sites.somerset.output).toBe(0));
  it('publishes the 50/50 equipment and carers pools and the 75/25 learning disabilities pool exactly', () => {
    const [year] = JSON.parse(read(sites.somerset, 'data/budgets.json'));
    const line = (name: string) => year.schemes.find((s: { scheme: string }) => s.scheme === name);
    expect(line('Integrated Community Equipment Store').contributions).toEqual({
      'somerset-ccg': 1_039_609,
      'somerset-county-council': 1_039_609,
    });
    expect(line('Carers Service').contributions).toEqual({
      'somerset-ccg': 203_500,
      'somerset-county-council': 203_500,
    });
    const ld = line('Learning Disabilities');
    expect(ld.contributions['somerset-ccg']).toBe(16_904_490);
    expect(ld.contributions['somerset-ccg'] / ld.total).toBe(0.25);
    expect(line('Reablement (Better Care Fund)').total).toBe(14_305_000);
  });
  it('keeps the aligned mental health lines out of the pooled total', () => {
    const [year] = JSON.parse(read(sites.somerset, 'data/budgets.json'));
    expect(year.totals.total).toBe(111_783_178);
    expect(year.alignedTotals.total).toBe(106_225 + 311_525);
    const page = read(sites.somerset, 'budgets/jointly-commissioned-services/index.html');
    expect(page).toContain('Total pooled');
    expect(page).toContain('Aligned budgets');
    expect(page).toContain('£111,783,178');
  });
});

describe("Croydon's Integrated Commissioning Unit investment (seed 002)", () => {
  it('builds', () => expect(sites.croydon.status, sites.croydon.output).toBe(0));
  it('is all aligned: nothing pooled, the partners keep their own budgets', () => {
    const [year] = JSON.parse(read(sites.croydon, 'data/budgets.json'));
    expect(year.totals.total).toBe(0);
    expect(year.alignedTotals).toEqual({
      'croydon-council': 113_160_000,
      'croydon-ccg': 105_560_000,
      total: 218_720_000,
    });
    const page = read(sites.croydon, 'budgets/integrated-commissioning-unit/index.html');
    expect(page).toContain('Nothing is pooled in 2013-14. £218.7m is in aligned budgets');
    expect(page).not.toContain('data-chart-spec');
    expect(page).not.toMatch(/<script[^>]*src=/);
  });
});

describe('the sample Better Care Fund', () => {
  it('states the 2017/18 split in a sentence and the table', () => {
    const page = read(sites.sample, 'budgets/better-care-fund/index.html');
    expect(page).toContain('The CCG contributes £69.5m (66%) and SCC £35.7m (34%) of the £105.2m pooled fund.');
    expect(page).toContain('£105,196,000');
  });
  it('charts come from the same figures as the tables', () => {
    const page = read(sites.sample, 'budgets/better-care-fund/index.html');
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
    const page = read(sites.sample, 'budgets/better-care-fund/index.html');
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
  it('registers only the bar chart parts, never chart.js/auto', () => {
    const source = readFileSync(join(repo, 'src', 'scripts', 'budget-charts.ts'), 'utf8');
    expect(source).not.toContain('chart.js/auto');
    expect(source).toMatch(/Chart\.register\(BarController, BarElement/);
  });
});
