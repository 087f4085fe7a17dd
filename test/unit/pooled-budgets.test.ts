// Pooled budgets from the source reports (test/fixtures/budgets/): every figure the model
// publishes equals the source table, aligned lines stay out of the pooled total, and the
// sentence and charts of a fund year come from the same figures. test/build/budgets.test.ts
// checks the pages and downloads built from them.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkContentRoot } from '../../src/publication/load.ts';
import { buildPublicModel, type PublicModel } from '../../src/publication/model.ts';
import { budgetRecords } from '../../src/publication/open-data.ts';
import { fundYearSummary } from '../../src/publication/explain.ts';
import { schemeChart, shareChart } from '../../src/publication/charts.ts';

const BUILD_DATE = '2024-06-10';
const fixtures = join(import.meta.dirname, '..', 'fixtures');

function model(root: string): PublicModel {
  const { content, problems } = checkContentRoot(join(fixtures, root), BUILD_DATE);
  expect(problems).toEqual([]);
  return buildPublicModel(content!, { buildDate: BUILD_DATE });
}

interface Line {
  scheme: string;
  contributions: Record<string, number>;
  total: number;
}
interface FundYearRecord {
  totals: Record<string, number>;
  alignedTotals: Record<string, number>;
  schemes: Line[];
}

describe('Somerset jointly commissioned services (seed 004)', () => {
  const m = model('budgets/somerset');
  const [year] = budgetRecords(m) as FundYearRecord[];
  const line = (name: string) => year.schemes.find((s) => s.scheme === name)!;

  it('publishes the 50/50 equipment and carers pools and the 75/25 learning disabilities pool exactly', () => {
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
    expect(year.totals).toEqual({
      'somerset-ccg': 53_360_599,
      'somerset-county-council': 58_422_579,
      total: 111_783_178,
    });
    expect(year.alignedTotals.total).toBe(106_225 + 311_525);
    expect(fundYearSummary(m, m.funds[0].years[0])).toBe(
      'The CCG contributes £53.4m (48%) and SCC £58.4m (52%) of the £111.8m pooled fund. ' +
        'A further £417,750 is in aligned budgets, kept by each partner and not pooled.',
    );
  });

  it('charts the pooled lines only, with the same figures as the table', () => {
    const y = m.funds[0].years[0];
    const spec = schemeChart(m, m.funds[0], y);
    const charted = spec.datasets.reduce((n, d) => n + d.data.reduce<number>((a, b) => a + (b ?? 0), 0), 0);
    expect(charted).toBe(111_783_178);
    const share = shareChart(m, y);
    expect(share.datasets.flatMap((d) => d.data).reduce<number>((a, b) => a + (b ?? 0), 0)).toBe(111_783_178);
  });
});

describe("Croydon's Integrated Commissioning Unit investment (seed 002)", () => {
  const m = model('budgets/croydon');
  const [year] = budgetRecords(m) as FundYearRecord[];

  it('is all aligned: nothing pooled, the partners keep their own budgets', () => {
    expect(year.totals.total).toBe(0);
    expect(year.alignedTotals).toEqual({
      'croydon-council': 113_160_000,
      'croydon-ccg': 105_560_000,
      total: 218_720_000,
    });
    expect(fundYearSummary(m, m.funds[0].years[0])).toBe(
      'Nothing is pooled in 2013-14. £218.7m is in aligned budgets, kept by each partner and not pooled.',
    );
  });
});
