import { describe, expect, it } from 'vitest';
import {
  bodiesSectionLabel,
  budgetsSectionLabel,
  fundKindLabel,
  fundManagerLabel,
  fundYearAmountsText,
} from '../../src/publication/labels.ts';

type Kind = 'pooled' | 'aligned';
const year = (lines: [Kind, number][]) => ({
  table: {
    schemes: lines.map(([kind, total]) => ({ kind, total })),
    totals: { total: lines.filter(([k]) => k === 'pooled').reduce((a, [, t]) => a + t, 0) },
    alignedTotals: { total: lines.filter(([k]) => k === 'aligned').reduce((a, [, t]) => a + t, 0) },
  },
});
const fund = (...years: ReturnType<typeof year>[]) =>
  ({ years }) as unknown as Parameters<typeof fundKindLabel>[0] & { years: never[] };

describe('the name of the bodies section', () => {
  it('fits the kinds the site has', () => {
    expect(bodiesSectionLabel(['board'])).toBe('Boards');
    expect(bodiesSectionLabel(['joint-committee', 'board'])).toBe('Boards');
    expect(bodiesSectionLabel(['cabinet'])).toBe('Cabinet');
    expect(bodiesSectionLabel(['cabinet', 'committee'])).toBe('Cabinet and committees');
    expect(bodiesSectionLabel(['cabinet', 'board'])).toBe('Cabinet and boards');
    expect(bodiesSectionLabel(['joint-committee', 'advisory', 'sub-committee'])).toBe('Boards and committees');
    expect(bodiesSectionLabel(['sub-committee', 'cabinet', 'board'])).toBe('Cabinet, boards and committees');
    expect(bodiesSectionLabel([])).toBe('Boards and committees');
  });
});

describe('words for funds', () => {
  const pooled = fund(year([['pooled', 1_000_000]]));
  const mixed = fund(
    year([
      ['pooled', 2_000_000],
      ['aligned', 417_750],
    ]),
  );
  const aligned = fund(year([['aligned', 218_720_000]]));
  it('calls a fund of only aligned lines an aligned budget, with a lead officer', () => {
    expect(fundKindLabel(aligned)).toBe('Aligned budget');
    expect(fundManagerLabel(aligned)).toBe('Lead officer');
    expect(fundKindLabel(mixed)).toBe('Pooled budget');
    expect(fundManagerLabel(pooled)).toBe('Pooled fund manager');
  });
  it('names the section from all the funds', () => {
    expect(budgetsSectionLabel([pooled])).toBe('Pooled budgets');
    expect(budgetsSectionLabel([pooled, mixed])).toBe('Pooled and aligned budgets');
    expect(budgetsSectionLabel([pooled, aligned])).toBe('Pooled and aligned budgets');
    expect(budgetsSectionLabel([aligned])).toBe('Aligned budgets');
    expect(budgetsSectionLabel([])).toBe('Pooled budgets');
  });
  it('says what a year pools and aligns, never "pools £0"', () => {
    expect(fundYearAmountsText(pooled.years[0])).toBe('pools £1m');
    expect(fundYearAmountsText(mixed.years[0])).toBe('pools £2m and aligns £417,750');
    expect(fundYearAmountsText(aligned.years[0])).toBe("aligns £218.7m in the partners' own budgets");
  });
});
