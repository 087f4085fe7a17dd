/**
 * Budget tables: amounts parsed from CSV cells, units normalised to whole pounds,
 * pooled and aligned lines kept apart, and the published totals checked.
 */
import type { Partner } from '../schemas/index.ts';
import { financialYear, overlaps, type CivilDate } from './dates.ts';

export const KNOWN_COLUMNS = ['scheme', 'kind', 'total', 'budget', 'outturn'] as const;

/**
 * A figure in whole pounds, or null where the publisher marked the cell not available (n/a):
 * such a figure is not zero, is shown as a dash and is left out of every total.
 */
export type Amount = number | null;

export interface SchemeLine {
  scheme: string;
  /** Stable slug of the scheme name, used by decisions' `spend.scheme`. */
  slug: string;
  kind: 'pooled' | 'aligned';
  /** Whole pounds by partner id; null where the cell is marked not available. */
  contributions: Record<string, Amount>;
  /** The sum of the contributions; null when any of them is not available. */
  total: Amount;
  budget?: Amount;
  outturn?: Amount;
  /** Outturn minus budget, where both columns are given; null when either figure is not available. */
  variance?: Variance | null;
}

export interface Variance {
  /** Outturn minus budget, whole pounds: positive is an overspend. */
  amount: number;
  /** As a percentage of budget, one decimal place; undefined when the budget is zero. */
  percent?: number;
}

/** Variance is outturn minus budget; the percentage is of the budget. */
export function variance(budget: number, outturn: number): Variance {
  const amount = outturn - budget;
  return { amount, percent: budget === 0 ? undefined : Math.round((amount / budget) * 1000) / 10 };
}

export interface BudgetTable {
  partners: string[];
  schemes: SchemeLine[];
  /** Sum of pooled lines by partner, and `total`. Aligned lines are never added in. */
  totals: Record<string, number>;
  /** Sum of aligned lines by partner, and `total`. */
  alignedTotals: Record<string, number>;
  /** Whether the table has budget and outturn columns. */
  hasOutturn: boolean;
  /** Pooled lines' budget, outturn and variance, where the table has both columns. */
  pooledOutturn?: Outturn;
  /** Aligned lines' budget, outturn and variance, where the table has both columns and aligned lines. */
  alignedOutturn?: Outturn;
  /** How many of the lines' figures (partner, budget and outturn cells) are marked not available and so left out of the totals. */
  notAvailable: number;
}

/** Budget and outturn of a set of lines, with their variance. */
export interface Outturn {
  budget: number;
  outturn: number;
  variance: Variance;
}

/** The summed budget and outturn of some lines, and the variance of the sums; figures not available are left out. */
export function outturnOf(lines: Pick<SchemeLine, 'budget' | 'outturn'>[]): Outturn {
  const budget = lines.reduce((a, x) => a + (x.budget ?? 0), 0);
  const outturn = lines.reduce((a, x) => a + (x.outturn ?? 0), 0);
  return { budget, outturn, variance: variance(budget, outturn) };
}

export interface TableProblem {
  /** Column name, or '' for the whole table. */
  column: string;
  /** 1-based row number in the file, counting the header as row 1. */
  row?: number;
  found: string;
  expected: string;
}

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** What a publisher writes in a budget cell for a figure that is not available: n/a or not available, in any case. */
export function isNotAvailable(cell: string): boolean {
  const text = cell.trim().toLowerCase().replace(/\s+/g, ' ');
  return text === 'n/a' || text === 'not available';
}

/**
 * A cell as a number: commas, spaces and £ are parsed away, a blank cell is zero; null for a
 * cell marked not available (n/a); undefined if it is none of these.
 */
export function parseAmount(cell: string): Amount | undefined {
  if (isNotAvailable(cell)) return null;
  const text = cell.replace(/[£,\s]/g, '');
  if (text === '' || text === '-') return 0;
  const negative = /^\(.*\)$/.test(text);
  const core = negative ? text.slice(1, -1) : text;
  if (!/^-?\d+(\.\d+)?$/.test(core)) return undefined;
  const n = Number(core);
  return negative ? -n : n;
}

const MULTIPLIER = { pounds: 1, thousands: 1000 } as const;
/** Source-unit amounts to whole pounds; rounding happens once, here. */
export const toPounds = (amount: number, units: keyof typeof MULTIPLIER) => Math.round(amount * MULTIPLIER[units]);
/** Equality of sums of decimal source amounts. */
const same = (a: number, b: number) => Math.abs(a - b) < 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
const show = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 6 });
/** The sum of the figures that are available. */
const sumOf = (xs: Amount[]) => xs.reduce<number>((a, x) => a + (x ?? 0), 0);
/** Every figure's sum, or null when any is not available. */
const sumOrNull = (xs: Amount[]) => (xs.some((x) => x === null) ? null : sumOf(xs));
const poundsOf = (x: Amount, units: keyof typeof MULTIPLIER) => (x === null ? null : toPounds(x, units));

/**
 * Parses and checks one table. `partnerIds` are the site's partners; `activePartners`
 * those whose dates overlap the year.
 */
export function parseBudgetTable(
  header: string[],
  rows: string[][],
  units: 'pounds' | 'thousands',
  partnerIds: ReadonlySet<string>,
  activePartners: ReadonlySet<string>,
): { table: BudgetTable; problems: TableProblem[] } {
  const problems: TableProblem[] = [];
  const cols = header.map((h) => h.trim());
  if (cols[0] !== 'scheme') {
    problems.push({
      column: cols[0] ?? '',
      row: 1,
      found: `first column ${JSON.stringify(cols[0] ?? '')}`,
      expected: 'the first column to be named scheme',
    });
  }
  const partners: string[] = [];
  cols.forEach((c, i) => {
    if (i === 0 || (KNOWN_COLUMNS as readonly string[]).includes(c)) return;
    if (!partnerIds.has(c)) {
      problems.push({
        column: c,
        row: 1,
        found: `column ${JSON.stringify(c)}`,
        expected: `a partner id from site.yaml (${[...partnerIds].join(', ')}) or one of kind, total, budget, outturn`,
      });
    } else if (!activePartners.has(c)) {
      problems.push({
        column: c,
        row: 1,
        found: `partner ${c}, which is not a partner during this year`,
        expected: 'only partners whose from/until dates in site.yaml overlap the financial year',
      });
    } else partners.push(c);
  });
  const at = (r: string[], name: string) => {
    const i = cols.indexOf(name);
    return i < 0 ? undefined : (r[i] ?? '');
  };
  const num = (r: string[], name: string, rowNo: number): Amount => {
    const cell = at(r, name);
    if (cell === undefined) return 0;
    const n = parseAmount(cell);
    if (n === undefined) {
      problems.push({
        column: name,
        row: rowNo,
        found: JSON.stringify(cell),
        expected: 'an amount such as 1,240 or £1,240.50, blank for zero, or n/a for not available',
      });
      return 0;
    }
    return n;
  };

  const raw: { scheme: string; kind: 'pooled' | 'aligned'; values: Record<string, Amount>; row: number }[] = [];
  let totalRow: { values: Record<string, Amount>; row: number } | undefined;
  const numeric = cols.filter(
    (c, i) => i > 0 && c !== 'kind' && (partners.includes(c) || ['total', 'budget', 'outturn'].includes(c)),
  );
  rows.forEach((r, idx) => {
    const rowNo = idx + 2;
    const scheme = (r[0] ?? '').trim();
    const values = Object.fromEntries(numeric.map((c) => [c, num(r, c, rowNo)]));
    if (scheme.toLowerCase() === 'total') {
      if (idx !== rows.length - 1)
        problems.push({
          column: 'scheme',
          row: rowNo,
          found: 'a Total row before the last row',
          expected: 'Total only as the final row',
        });
      totalRow = { values, row: rowNo };
      return;
    }
    if (!scheme)
      problems.push({
        column: 'scheme',
        row: rowNo,
        found: 'a blank scheme name',
        expected: 'the name of the scheme or line',
      });
    const kindCell = (at(r, 'kind') ?? '').trim() || 'pooled';
    if (kindCell !== 'pooled' && kindCell !== 'aligned') {
      problems.push({
        column: 'kind',
        row: rowNo,
        found: JSON.stringify(kindCell),
        expected: 'pooled or aligned (blank means pooled)',
      });
    }
    raw.push({ scheme, kind: kindCell === 'aligned' ? 'aligned' : 'pooled', values, row: rowNo });
  });

  // A line's total is checked only where it and all its partners' figures are available.
  for (const line of raw) {
    const sum = sumOrNull(partners.map((p) => line.values[p]));
    const given = line.values.total;
    if (cols.includes('total') && sum !== null && given !== null && !same(sum, given)) {
      problems.push({
        column: 'total',
        row: line.row,
        found: `${show(given)} for ${line.scheme}`,
        expected: `the sum of the partner columns, ${show(sum)}`,
      });
    }
  }
  // A Total row is the sum of the figures above it that are available.
  if (totalRow) {
    for (const c of numeric) {
      const sum = sumOf(raw.map((l) => l.values[c]));
      const given = totalRow.values[c];
      if (given !== null && !same(sum, given)) {
        problems.push({
          column: c,
          row: totalRow.row,
          found: `Total ${show(given)}`,
          expected: `the sum of the rows above, ${show(sum)}`,
        });
      }
    }
  }

  const seen = new Set<string>();
  const schemes: SchemeLine[] = raw.map((l) => {
    const slug = slugify(l.scheme);
    if (seen.has(slug))
      problems.push({
        column: 'scheme',
        row: l.row,
        found: JSON.stringify(l.scheme),
        expected: 'each scheme named once in a table',
      });
    seen.add(slug);
    const contributions = Object.fromEntries(partners.map((p) => [p, poundsOf(l.values[p], units)]));
    const line: SchemeLine = {
      scheme: l.scheme,
      slug,
      kind: l.kind,
      contributions,
      total: sumOrNull(Object.values(contributions)),
    };
    if (cols.includes('budget')) line.budget = poundsOf(l.values.budget, units);
    if (cols.includes('outturn')) line.outturn = poundsOf(l.values.outturn, units);
    if (line.budget !== undefined && line.outturn !== undefined)
      line.variance = line.budget === null || line.outturn === null ? null : variance(line.budget, line.outturn);
    return line;
  });
  // Totals add the figures that are available; the total is the sum of the partners' totals.
  const sumBy = (kind: 'pooled' | 'aligned') => {
    const lines = schemes.filter((s) => s.kind === kind);
    const t: Record<string, number> = Object.fromEntries(
      partners.map((p) => [p, sumOf(lines.map((l) => l.contributions[p]))]),
    );
    t.total = partners.reduce((s, p) => s + t[p], 0);
    return t;
  };
  const notAvailable = schemes.reduce(
    (n, s) => n + [...Object.values(s.contributions), s.budget, s.outturn].filter((x) => x === null).length,
    0,
  );
  const hasOutturn = cols.includes('budget') && cols.includes('outturn');
  const aligned = schemes.filter((x) => x.kind === 'aligned');
  return {
    table: {
      partners,
      schemes,
      totals: sumBy('pooled'),
      alignedTotals: sumBy('aligned'),
      hasOutturn,
      pooledOutturn: hasOutturn ? outturnOf(schemes.filter((x) => x.kind === 'pooled')) : undefined,
      alignedOutturn: hasOutturn && aligned.length ? outturnOf(aligned) : undefined,
      notAvailable,
    },
    problems,
  };
}

/**
 * One year of a fund: its table parsed against the site's partners, of whom only those in
 * force during that financial year may hold a column. The integrity check and the model
 * both read a year's table through this.
 */
export function parseFundYear(
  table: { header: string[]; rows: string[][] },
  year: { year: string; units: 'pounds' | 'thousands' },
  partners: readonly Partner[],
): { table: BudgetTable; problems: TableProblem[] } {
  const fy = financialYear(year.year);
  const active = new Set(partners.filter((p) => overlaps(p, fy.start, fy.end)).map((p) => p.id));
  return parseBudgetTable(table.header, table.rows, year.units, new Set(partners.map((p) => p.id)), active);
}

/**
 * The year a fund's own page shows at a date: the latest of its financial years to have begun
 * by then (the current year, or the last before it), or its first year when none has begun.
 * `years` are written 2017-18, in any order.
 */
export function fundYearOnShow(years: readonly string[], date: CivilDate): string {
  const sorted = [...years].sort();
  return sorted.filter((y) => financialYear(y).start <= date).at(-1) ?? sorted[0];
}

/**
 * Whether a table's budget column only repeats its total: every line's budget equals the sum of
 * its partners' contributions, as when the budget is the agreed contributions. Such a table is
 * shown with one column for both.
 */
export function budgetIsTotal(t: Pick<BudgetTable, 'schemes' | 'hasOutturn'>): boolean {
  return t.hasOutturn && t.schemes.every((s) => s.budget === s.total);
}
