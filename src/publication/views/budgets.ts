import type { PublicFund, PublicFundYear, PublicModel } from '../types.ts';
import { budgetIsTotal, type BudgetTable, type Outturn, type SchemeLine } from '../../domain/budget.ts';
import { outturnChart, schemeChart, shareChart, type ChartSpec } from '../charts.ts';
import type { SummaryRow } from './common.ts';
import { fundManagerLabel } from '../labels/sections.ts';

/** A fund's years, newest first. */
export function fundYearsNewestFirst(f: PublicFund): PublicFundYear[] {
  return [...f.years].reverse();
}

/** The year the fund's own page shows. */
export function fundPageYear(f: PublicFund): PublicFundYear {
  return f.years.find((y) => y.year === f.shownYear)!;
}

/** The years with a page of their own: every year but the one the fund's page shows. */
export function fundYearPages(f: PublicFund): PublicFundYear[] {
  return f.years.filter((y) => y.year !== f.shownYear);
}

export interface FundYearLink {
  year: string;
  href: string;
  /** The year on the page this link is shown on. */
  current: boolean;
  /**
   * An id for the link on the fund's page, so that an address written before each year had its
   * own page (budgets/<fund>/#year-2017-18) still lands on the way to that year.
   */
  anchor?: string;
}

/** Every year of a fund, newest first, as links from the page showing `shown`. */
export function fundYearLinks(f: PublicFund, shown: PublicFundYear): FundYearLink[] {
  const onFundPage = shown.year === f.shownYear;
  return fundYearsNewestFirst(f).map((y) => ({
    year: y.year,
    href: y.href,
    current: y.year === shown.year,
    anchor: onFundPage && y.year !== shown.year ? `year-${y.year}` : undefined,
  }));
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
    ...(f.manager ? [{ key: fundManagerLabel(f), value: f.manager }] : []),
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
  const pooled = t.schemes.filter((s) => s.kind === 'pooled');
  const aligned = t.schemes.filter((s) => s.kind === 'aligned');
  // A fund of aligned lines alone has no pooled section, and so no "Total pooled £0".
  const alignedOnly = aligned.length > 0 && pooled.length === 0;
  return [
    ...(alignedOnly
      ? []
      : [
          {
            lines: pooled,
            totals: t.totals,
            heading: undefined,
            totalLabel: 'Total pooled',
            outturn: t.pooledOutturn,
          },
        ]),
    ...(aligned.length
      ? [
          {
            lines: aligned,
            totals: t.alignedTotals,
            heading: alignedOnly
              ? 'Aligned budgets (each partner keeps its own budget)'
              : 'Aligned budgets (each partner keeps its own budget; not part of the pooled fund)',
            totalLabel: 'Total aligned',
            outturn: t.alignedOutturn,
          },
        ]
      : []),
  ];
}

export interface BudgetTableColumns {
  /** Scheme, one per partner, total, and budget, outturn and variance where given. */
  count: number;
  /** The heading of the total column. */
  totalHeading: string;
  /** Whether budget has a column of its own; not when it would only repeat the total. */
  budget: boolean;
  /** Whether outturn and variance are shown. */
  outturn: boolean;
}

/** The note under a table with figures marked not available: "Totals leave out 2 figures marked not available." */
export function notAvailableNote(t: Pick<BudgetTable, 'notAvailable'>): string | undefined {
  const n = t.notAvailable;
  if (!n) return undefined;
  return `Totals leave out ${n === 1 ? 'one figure' : `${n} figures`} marked not available.`;
}

/** The columns of a fund year's table. */
export function budgetTableColumns(t: BudgetTable): BudgetTableColumns {
  const merged = budgetIsTotal(t);
  const budget = t.hasOutturn && !merged;
  return {
    count: t.partners.length + 2 + (budget ? 1 : 0) + (t.hasOutturn ? 2 : 0),
    totalHeading: merged ? 'Total budget' : 'Total',
    budget,
    outturn: t.hasOutturn,
  };
}
