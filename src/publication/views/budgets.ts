import type { PublicFund, PublicFundYear, PublicModel } from '../types.ts';
import type { BudgetTable, Outturn, SchemeLine } from '../../domain/budget.ts';
import { outturnChart, schemeChart, shareChart, type ChartSpec } from '../charts.ts';
import type { SummaryRow } from './common.ts';

/** A fund's years, newest first. */
export function fundYearsNewestFirst(f: PublicFund): PublicFundYear[] {
  return [...f.years].reverse();
}

/** The fund's latest year. */
export function latestFundYear(f: PublicFund): PublicFundYear {
  return f.years.at(-1)!;
}

/** Every partner that contributes in any of the fund's years, in first-seen order. */
export function fundPartners(f: PublicFund): string[] {
  return [...new Set(f.years.flatMap((y) => y.table.partners))];
}

/** The facts about a fund shown above its tables. */
export function fundFacts(f: PublicFund): SummaryRow[] {
  return [
    ...(f.agreement ? [{ key: 'Agreement', value: f.agreement }] : []),
    { key: 'Host partner', value: f.host.name },
    ...(f.manager ? [{ key: 'Pooled fund manager', value: f.manager }] : []),
    ...(f.riskShare ? [{ key: 'Risk share', value: f.riskShare }] : []),
  ];
}

/**
 * The charts a fund year has: schemes when anything is pooled, partners' shares when more
 * than one partner pools something, and budget against outturn when the table has both.
 */
export function fundYearCharts(
  m: PublicModel,
  f: PublicFund,
  y: PublicFundYear,
): { scheme?: ChartSpec; share?: ChartSpec; outturn?: ChartSpec } {
  const pooled = y.table.totals.total > 0;
  return {
    scheme: pooled ? schemeChart(m, f, y) : undefined,
    share: pooled && y.table.partners.length > 1 ? shareChart(m, y) : undefined,
    outturn: outturnChart(y),
  };
}

/** The height in pixels a chart is drawn at: horizontal bars grow with the number of labels. */
export function chartHeight(spec: ChartSpec): number {
  return spec.horizontal ? Math.max(120, spec.labels.length * (spec.kind === 'grouped' ? 44 : 30) + 80) : 320;
}

export interface BudgetTableSection {
  lines: SchemeLine[];
  totals: Record<string, number>;
  /** A heading row above the lines; none for the pooled lines. */
  heading?: string;
  totalLabel: string;
  outturn?: Outturn;
}

/** A fund year's table as it is shown: pooled lines first, then aligned lines apart, each with its totals. */
export function budgetTableSections(t: BudgetTable): BudgetTableSection[] {
  const aligned = t.schemes.filter((s) => s.kind === 'aligned');
  return [
    {
      lines: t.schemes.filter((s) => s.kind === 'pooled'),
      totals: t.totals,
      heading: undefined,
      totalLabel: 'Total pooled',
      outturn: t.pooledOutturn,
    },
    ...(aligned.length
      ? [
          {
            lines: aligned,
            totals: t.alignedTotals,
            heading: 'Aligned budgets (each partner keeps its own budget; not part of the pooled fund)',
            totalLabel: 'Total aligned',
            outturn: t.alignedOutturn,
          },
        ]
      : []),
  ];
}

/** Columns of a fund year's table: scheme, one per partner, total, and budget, outturn and variance where given. */
export function budgetTableColumns(t: BudgetTable): number {
  return t.partners.length + 2 + (t.hasOutturn ? 3 : 0);
}
