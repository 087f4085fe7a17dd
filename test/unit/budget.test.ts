import { describe, expect, it } from 'vitest';
import { budgetIsTotal, fundYearOnShow, parseAmount, parseBudgetTable, slugify } from '../../src/domain/budget.ts';

const partners = new Set(['southampton-city-ccg', 'southampton-city-council']);

describe('amounts', () => {
  it('parses commas, pound signs, blanks and decimals', () => {
    expect(parseAmount('"1,240"'.replace(/"/g, ''))).toBe(1240);
    expect(parseAmount('£1,240.50')).toBe(1240.5);
    expect(parseAmount('')).toBe(0);
    expect(parseAmount('(300)')).toBe(-300);
    expect(parseAmount('abc')).toBeUndefined();
  });
});

describe('the 2017/18 Better Care Fund table (seed 000)', () => {
  const header = ['scheme', 'southampton-city-ccg', 'southampton-city-council', 'total'];
  const rows = [
    ['Carers', '1,240', '134', '1,374'],
    ['Clusters', '47,026', '2,212', '49,238'],
    ['Rehab & Reablement', '10,543', '4,551', '15,094'],
    ['Capital', '', '1,882', '1,882'],
    ['Joint Equipment Store', '798', '803', '1,601'],
    ['Telecare', '', '250', '250'],
    ['Direct Payments', '', '500', '500'],
    ['Long Term Care', '', '2,750', '2,750'],
    ['Integrated Care Teams', '9,894', '16,414', '26,308'],
    ['Prevention & Early Intervention', '', '6,199', '6,199'],
    ['Total', '69,501', '35,695', '105,196'],
  ];
  it('reproduces CCG 69,501 + SCC 35,695 = 105,196 thousand exactly', () => {
    const { table, problems } = parseBudgetTable(header, rows, 'thousands', partners, partners);
    expect(problems).toEqual([]);
    expect(table.totals).toEqual({
      'southampton-city-ccg': 69_501_000,
      'southampton-city-council': 35_695_000,
      total: 105_196_000,
    });
    expect(table.schemes).toHaveLength(10);
    expect(table.schemes[4]).toMatchObject({
      scheme: 'Joint Equipment Store',
      slug: 'joint-equipment-store',
      total: 1_601_000,
    });
  });
  it('refuses a Total that does not add up, naming the column and both numbers', () => {
    const bad = rows.map((r) => (r[0] === 'Total' ? ['Total', '69,500', '35,695', '105,196'] : r));
    const { problems } = parseBudgetTable(header, bad, 'thousands', partners, partners);
    expect(problems).toEqual([
      expect.objectContaining({
        column: 'southampton-city-ccg',
        row: 12,
        found: 'Total 69,500',
        expected: 'the sum of the rows above, 69,501',
      }),
    ]);
  });
  it('refuses a row total that is not the sum of its partners', () => {
    const bad = rows.map((r) => (r[0] === 'Carers' ? ['Carers', '1,240', '134', '1,375'] : r));
    const { problems } = parseBudgetTable(header, bad, 'thousands', partners, partners);
    expect(problems.map((p) => p.column)).toContain('total');
  });
});

describe('aligned lines', () => {
  it('are kept out of the pooled total', () => {
    const { table, problems } = parseBudgetTable(
      ['scheme', 'a', 'b', 'kind'],
      [
        ['Pooled line', '10.5', '5', ''],
        ['Aligned line', '100', '', 'aligned'],
      ],
      'thousands',
      new Set(['a', 'b']),
      new Set(['a', 'b']),
    );
    expect(problems).toEqual([]);
    expect(table.totals).toEqual({ a: 10_500, b: 5_000, total: 15_500 });
    expect(table.alignedTotals.total).toBe(100_000);
  });
  it('slugs scheme names for spend references', () => {
    expect(slugify('Rehab & Reablement')).toBe('rehab-and-reablement');
  });
});

describe('figures marked not available', () => {
  const ab = new Set(['a', 'b']);
  it('are n/a or not available, in any case, and are neither zero nor a number', () => {
    expect(parseAmount('n/a')).toBeNull();
    expect(parseAmount(' N/A ')).toBeNull();
    expect(parseAmount('Not  Available')).toBeNull();
    expect(parseAmount('')).toBe(0);
    expect(parseAmount('na')).toBeUndefined();
    expect(parseAmount('unknown')).toBeUndefined();
  });
  it('are left out of the totals, counted, and make the line total and variance not available', () => {
    const { table, problems } = parseBudgetTable(
      ['scheme', 'a', 'b', 'total', 'budget', 'outturn'],
      [
        ['Known', '10', '5', '15', '15', '16'],
        ['Partly known', '4', 'n/a', 'n/a', '6', 'N/A'],
        ['Outturn unknown', '1', '2', '3', 'not available', '3'],
        ['Total', '15', '7', '18', '21', '19'],
      ],
      'thousands',
      ab,
      ab,
    );
    expect(problems).toEqual([]);
    const [known, partly, unknown] = table.schemes;
    expect(known).toMatchObject({ total: 15_000, variance: { amount: 1_000 } });
    expect(partly.contributions).toEqual({ a: 4_000, b: null });
    expect(partly).toMatchObject({ total: null, budget: 6_000, outturn: null, variance: null });
    expect(unknown).toMatchObject({ total: 3_000, budget: null, outturn: 3_000, variance: null });
    expect(table.totals).toEqual({ a: 15_000, b: 7_000, total: 22_000 });
    expect(table.pooledOutturn).toEqual({
      budget: 21_000,
      outturn: 19_000,
      variance: { amount: -2_000, percent: -9.5 },
    });
    expect(table.notAvailable).toBe(3);
  });
  it('still check a Total row against the figures that are available', () => {
    const { problems } = parseBudgetTable(
      ['scheme', 'a', 'b'],
      [
        ['One', '10', 'n/a'],
        ['Two', '5', '2'],
        ['Total', '15', '3'],
      ],
      'pounds',
      ab,
      ab,
    );
    expect(problems).toEqual([{ column: 'b', row: 4, found: 'Total 3', expected: 'the sum of the rows above, 2' }]);
  });
  it('leave other text in a cell an error saying what a cell may hold', () => {
    const { problems } = parseBudgetTable(['scheme', 'a'], [['One', 'tbc']], 'pounds', ab, ab);
    expect(problems).toEqual([
      {
        column: 'a',
        row: 2,
        found: '"tbc"',
        expected: 'an amount such as 1,240 or £1,240.50, blank for zero, or n/a for not available',
      },
    ]);
  });
});

describe('tables read from CSV files', () => {
  it('parse quoted commas, pound signs, blank cells and thousands with decimals to whole pounds', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { readContentRoot } = await import('../../src/source/read.ts');
    const root = mkdtempSync(join(tmpdir(), 'csv-'));
    mkdirSync(join(root, 'budgets', 'fund'), { recursive: true });
    writeFileSync(
      join(root, 'budgets', 'fund', '2024-25.csv'),
      'scheme,a,b,total\n"Rehab, reablement","£1,240.5",,"1,240.5"\nTotal,"1,240.5",,"£1,240.5"\n',
    );
    const table = readContentRoot(root).tables.get('budgets/fund/2024-25.csv')!;
    expect(table.rows[0]).toEqual(['Rehab, reablement', '£1,240.5', '', '1,240.5']);
    const { table: parsed, problems } = parseBudgetTable(
      table.header,
      table.rows,
      'thousands',
      new Set(['a', 'b']),
      new Set(['a', 'b']),
    );
    expect(problems).toEqual([]);
    expect(parsed.schemes[0]).toMatchObject({
      scheme: 'Rehab, reablement',
      contributions: { a: 1_240_500, b: 0 },
      total: 1_240_500,
    });
  });
  it('refuse a partner that has ended before the year, naming the column', () => {
    const { problems } = parseBudgetTable(
      ['scheme', 'a', 'b'],
      [['X', '1', '2']],
      'pounds',
      new Set(['a', 'b']),
      new Set(['a']),
    );
    expect(problems).toEqual([expect.objectContaining({ column: 'b', row: 1 })]);
  });
  it('work out variance as outturn minus budget, with the percentage of budget', () => {
    const { table } = parseBudgetTable(
      ['scheme', 'a', 'budget', 'outturn'],
      [['X', '100', '100', '103.5']],
      'thousands',
      new Set(['a']),
      new Set(['a']),
    );
    expect(table.schemes[0].variance).toEqual({ amount: 3_500, percent: 3.5 });
    expect(table.pooledOutturn).toEqual({
      budget: 100_000,
      outturn: 103_500,
      variance: { amount: 3_500, percent: 3.5 },
    });
    expect(table.alignedOutturn).toBeUndefined();
  });
  it('carry the aligned lines’ budget, outturn and variance apart from the pooled ones', () => {
    const { table } = parseBudgetTable(
      ['scheme', 'kind', 'a', 'budget', 'outturn'],
      [
        ['X', 'pooled', '100', '100', '90'],
        ['Y', 'aligned', '50', '40', '50'],
        ['Z', 'aligned', '10', '10', '10'],
      ],
      'pounds',
      new Set(['a']),
      new Set(['a']),
    );
    expect(table.pooledOutturn).toEqual({ budget: 100, outturn: 90, variance: { amount: -10, percent: -10 } });
    expect(table.alignedOutturn).toEqual({ budget: 50, outturn: 60, variance: { amount: 10, percent: 20 } });
  });
  it('give no outturn without both columns, and none for aligned lines when there are none', () => {
    const plan = parseBudgetTable(
      ['scheme', 'kind', 'a', 'budget'],
      [['Y', 'aligned', '1', '1']],
      'pounds',
      new Set(['a']),
      new Set(['a']),
    );
    expect(plan.table.pooledOutturn).toBeUndefined();
    expect(plan.table.alignedOutturn).toBeUndefined();
    const pooledOnly = parseBudgetTable(
      ['scheme', 'a', 'budget', 'outturn'],
      [['X', '1', '0', '1']],
      'pounds',
      new Set(['a']),
      new Set(['a']),
    );
    expect(pooledOnly.table.pooledOutturn).toEqual({
      budget: 0,
      outturn: 1,
      variance: { amount: 1, percent: undefined },
    });
    expect(pooledOnly.table.alignedOutturn).toBeUndefined();
  });
});

describe('the year a fund page shows', () => {
  const years = ['2017-18', '2023-24', '2024-25', '2026-27'];
  it('is the current financial year when the fund has it', () => {
    expect(fundYearOnShow(years, '2026-11-22')).toBe('2026-27');
    expect(fundYearOnShow(years, '2026-04-01')).toBe('2026-27');
  });
  it('is the last year begun, never a plan for a year still to come', () => {
    expect(fundYearOnShow(years, '2026-03-31')).toBe('2024-25');
    expect(fundYearOnShow([...years, '2027-28'], '2027-03-20')).toBe('2026-27');
  });
  it('is the first year when none has begun', () => {
    expect(fundYearOnShow(['2028-29', '2027-28'], '2026-11-22')).toBe('2027-28');
  });
});

describe('a budget column that only repeats the total', () => {
  const table = (rows: string[][]) =>
    parseBudgetTable(
      ['scheme', 'a', 'b', 'budget', 'outturn'],
      rows,
      'pounds',
      new Set(['a', 'b']),
      new Set(['a', 'b']),
    ).table;
  it('is found when every line budgets its contributions', () => {
    expect(
      budgetIsTotal(
        table([
          ['X', '60', '40', '100', '90'],
          ['Y', '5', '', '5', '7'],
        ]),
      ),
    ).toBe(true);
  });
  it('is kept when any line budgets something else, or there is no outturn', () => {
    expect(
      budgetIsTotal(
        table([
          ['X', '60', '40', '100', '90'],
          ['Y', '5', '', '6', '7'],
        ]),
      ),
    ).toBe(false);
    const plan = parseBudgetTable(['scheme', 'a'], [['X', '5']], 'pounds', new Set(['a']), new Set(['a'])).table;
    expect(budgetIsTotal(plan)).toBe(false);
  });
});
