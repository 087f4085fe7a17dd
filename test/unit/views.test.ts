// Views over the public model: what each page selects, groups and orders, on hand-built
// inputs and on the models of the sample site and fixtures.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadContentRoot } from '../../src/source/load.ts';
import { buildPublicModel } from '../../src/publication/model.ts';
import type { Content } from '../../src/domain/content.ts';
import type { PublicModel } from '../../src/publication/types.ts';
import { parseBudgetTable } from '../../src/domain/budget.ts';
import type { ChartSpec } from '../../src/publication/charts.ts';
import {
  budgetTableColumns,
  budgetTableSections,
  chartHeight,
  fundFacts,
  fundPartners,
  fundYearCharts,
  fundYearsNewestFirst,
  latestFundYear,
} from '../../src/publication/views.ts';

const repo = join(import.meta.dirname, '..', '..');
const models = new Map<string, PublicModel>();
const model = (root: string, buildDate = '2024-06-10') => {
  const key = `${root}@${buildDate}`;
  if (!models.has(key))
    models.set(key, buildPublicModel(loadContentRoot(join(repo, root)).content as Content, { buildDate }));
  return models.get(key)!;
};
const sample = () => model('content');

describe('budget views', () => {
  const table = (header: string[], rows: string[][]) =>
    parseBudgetTable(header, rows, 'pounds', new Set(['a', 'b']), new Set(['a', 'b'])).table;

  it('show pooled lines first and aligned lines apart, each with their own totals and outturn', () => {
    const t = table(
      ['scheme', 'kind', 'a', 'b', 'budget', 'outturn'],
      [
        ['Y', 'aligned', '5', '0', '5', '6'],
        ['X', 'pooled', '10', '20', '30', '27'],
      ],
    );
    const [pooled, aligned, ...rest] = budgetTableSections(t);
    expect(rest).toEqual([]);
    expect(pooled).toMatchObject({
      heading: undefined,
      totalLabel: 'Total pooled',
      totals: { a: 10, b: 20, total: 30 },
    });
    expect(pooled.lines.map((l) => l.scheme)).toEqual(['X']);
    expect(pooled.outturn).toEqual({ budget: 30, outturn: 27, variance: { amount: -3, percent: -10 } });
    expect(aligned).toMatchObject({
      heading: 'Aligned budgets (each partner keeps its own budget; not part of the pooled fund)',
      totalLabel: 'Total aligned',
      totals: { a: 5, b: 0, total: 5 },
      outturn: { budget: 5, outturn: 6, variance: { amount: 1, percent: 20 } },
    });
    expect(budgetTableColumns(t)).toBe(7);
  });

  it('have no aligned section without aligned lines, and no outturn columns without outturn', () => {
    const t = table(['scheme', 'a', 'b'], [['X', '1', '2']]);
    expect(budgetTableSections(t).map((s) => s.totalLabel)).toEqual(['Total pooled']);
    expect(budgetTableSections(t)[0].outturn).toBeUndefined();
    expect(budgetTableColumns(t)).toBe(4);
  });

  it('list a fund’s years newest first, its latest year and every partner that ever contributed', () => {
    const f = sample().funds.find((x) => x.id === 'better-care-fund')!;
    expect(fundYearsNewestFirst(f).map((y) => y.year)).toEqual([...f.years.map((y) => y.year)].reverse());
    expect(f.years.map((y) => y.year)[0]).toBe('2017-18');
    expect(latestFundYear(f).year).toBe('2026-27');
    expect(fundPartners(f)).toEqual([
      'southampton-city-ccg',
      'southampton-city-council',
      'hampshire-and-isle-of-wight-icb',
    ]);
    expect(fundFacts(f).map((r) => r.key)).toEqual(['Agreement', 'Host partner', 'Pooled fund manager', 'Risk share']);
    expect(fundFacts(f)[1].value).toBe('Southampton City Council');
    expect(fundFacts({ ...f, agreement: undefined, manager: undefined, riskShare: undefined })).toEqual([
      { key: 'Host partner', value: 'Southampton City Council' },
    ]);
  });

  it('draw the scheme and share charts only for a pooled total, and the outturn chart only with outturn', () => {
    const m = sample();
    const f = m.funds.find((x) => x.id === 'better-care-fund')!;
    const withOutturn = f.years.find((y) => y.year === '2024-25')!;
    const plan = f.years.find((y) => y.year === '2025-26')!;
    const c = fundYearCharts(m, f, withOutturn);
    expect(c.scheme?.title).toBe('Contributions by partner for each scheme, 2024-25');
    expect(c.share?.kind).toBe('share');
    expect(c.outturn?.title).toBe('Budget and outturn for each scheme, 2024-25');
    expect(fundYearCharts(m, f, plan).outturn).toBeUndefined();
    const empty = { ...plan, table: { ...plan.table, totals: { total: 0 } } };
    expect(fundYearCharts(m, f, empty)).toEqual({ scheme: undefined, share: undefined, outturn: undefined });
    const onePartner = { ...plan, table: { ...plan.table, partners: plan.table.partners.slice(0, 1) } };
    expect(fundYearCharts(m, f, onePartner).share).toBeUndefined();
  });

  it('give a horizontal chart room for each bar, and a vertical one a fixed height', () => {
    const spec = (kind: ChartSpec['kind'], horizontal: boolean, n: number): ChartSpec => ({
      kind,
      horizontal,
      labels: Array(n).fill('x'),
      datasets: [],
      summary: '',
      title: '',
    });
    expect(chartHeight(spec('stacked', true, 10))).toBe(380);
    expect(chartHeight(spec('grouped', true, 10))).toBe(520);
    expect(chartHeight(spec('stacked', true, 1))).toBe(120);
    expect(chartHeight(spec('stacked', false, 10))).toBe(320);
  });
});
