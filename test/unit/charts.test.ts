// Chart specifications for the pooled-budget pages: the figures, labels and the summary
// a screen reader hears, made from the same model as the tables.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkContentRoot } from '../../src/publication/load.ts';
import { buildPublicModel } from '../../src/publication/model.ts';
import type { Content } from '../../src/domain/content.ts';
import type { PublicFundYear } from '../../src/publication/types.ts';
import { parseBudgetTable } from '../../src/domain/budget.ts';
import { outturnChart, schemeChart, shareChart, yearsChart } from '../../src/publication/charts.ts';

const m = buildPublicModel(checkContentRoot(join(import.meta.dirname, '..', '..', 'content')).content as Content, {
  buildDate: '2024-06-10',
});
const fund = m.funds.find((f) => f.id === 'better-care-fund')!;
const year = (y: string) => fund.years.find((x) => x.year === y)!;

describe('schemeChart', () => {
  it('stacks each partner’s contribution to every pooled scheme, named by short name', () => {
    const c = schemeChart(m, fund, year('2024-25'));
    expect(c.kind).toBe('stacked');
    expect(c.horizontal).toBe(true);
    expect(c.title).toBe('Contributions by partner for each scheme, 2024-25');
    expect(c.labels.slice(0, 3)).toEqual(['Carers', 'Clusters', 'Rehab & Reablement']);
    expect(c.datasets.map((d) => d.label)).toEqual(['ICB', 'SCC']);
    expect(c.datasets[0].data[0]! + c.datasets[1].data[0]!).toBe(1_680_000);
    expect(c.summary).toBe('11 pooled schemes in 2024-25; the largest is Clusters at £57m of £127.5m.');
  });
});

describe('shareChart', () => {
  it('gives each partner’s share of the pooled total in pounds and per cent', () => {
    const c = shareChart(m, year('2024-25'));
    expect(c.labels).toEqual(['2024-25']);
    expect(c.datasets).toEqual([
      { label: 'ICB (65%)', data: [83_250_000] },
      { label: 'SCC (35%)', data: [44_288_000] },
    ]);
    expect(c.summary).toBe('ICB £83.3m (65%), SCC £44.3m (35%) of £127.5m.');
  });
});

describe('yearsChart', () => {
  it('stacks pooled totals by partner across every year, a partner absent from a year counting zero', () => {
    const c = yearsChart(m, fund);
    expect(c.horizontal).toBe(false);
    expect(c.labels).toEqual(['2017-18', '2023-24', '2024-25', '2025-26', '2026-27']);
    expect(c.datasets.map((d) => d.label)).toEqual(['CCG', 'SCC', 'ICB']);
    expect(c.datasets[0].data).toEqual([69_501_000, 0, 0, 0, 0]);
    expect(c.summary).toBe('The pooled fund was £105.2m in 2017-18 and £136.9m in 2026-27.');
  });
});

describe('outturnChart', () => {
  const withTable = (rows: string[][]): PublicFundYear => ({
    year: '2024-25',
    href: '/budgets/f/2024-25/',
    csv: '/budgets/f/2024-25.csv',
    status: 'outturn',
    units: 'pounds',
    table: parseBudgetTable(['scheme', 'a', 'budget', 'outturn'], rows, 'pounds', new Set(['a']), new Set(['a'])).table,
  });

  it('sets budget against outturn for each pooled scheme and says how far over it went', () => {
    const c = outturnChart(year('2024-25'))!;
    expect(c.kind).toBe('grouped');
    expect(c.datasets.map((d) => d.label)).toEqual(['Budget', 'Outturn']);
    expect(c.datasets[0].data[0]).toBe(1_680_000);
    expect(c.datasets[1].data[0]).toBe(1_643_000);
    expect(c.summary).toBe('Outturn £128m against a budget of £127.5m: an overspend of £429,000 (0.3%).');
  });

  it('says underspend or on budget, and leaves out the percentage of a zero budget', () => {
    expect(outturnChart(withTable([['X', '100', '100', '90']]))!.summary).toBe(
      'Outturn £90 against a budget of £100: an underspend of £10 (10%).',
    );
    expect(outturnChart(withTable([['X', '100', '100', '100']]))!.summary).toBe(
      'Outturn £100 against a budget of £100: on budget.',
    );
    expect(outturnChart(withTable([['X', '0', '0', '5']]))!.summary).toBe(
      'Outturn £5 against a budget of £0: an overspend of £5.',
    );
  });

  it('is not drawn for a year without outturn', () => {
    expect(outturnChart(year('2025-26'))).toBeUndefined();
  });
});
