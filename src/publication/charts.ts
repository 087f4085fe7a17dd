/**
 * Chart specifications for the pooled-budget pages, made from the same model as the
 * tables. The browser script only draws them; every figure is also in a table.
 */
import type { PublicFund, PublicFundYear, PublicModel } from './model.ts';
import { moneyShort, partnerShortName } from './labels.ts';

export interface ChartSpec {
  kind: 'stacked' | 'share' | 'grouped';
  /** Horizontal bars read better with long scheme names. */
  horizontal: boolean;
  labels: string[];
  /** Each bar's value; null for a figure not available, which is left out rather than drawn as zero. */
  datasets: { label: string; data: (number | null)[] }[];
  /** One or two sentences saying what the chart shows, read by screen readers and shown as its caption. */
  summary: string;
  title: string;
}

const partnerName = (m: PublicModel, id: string) => partnerShortName(m.partner(id), id);

/** Contributions by partner for each pooled scheme. */
export function schemeChart(m: PublicModel, f: PublicFund, y: PublicFundYear): ChartSpec {
  const lines = y.table.schemes.filter((s) => s.kind === 'pooled');
  const largest = [...lines].filter((s) => s.total !== null).sort((a, b) => b.total! - a.total!)[0];
  return {
    kind: 'stacked',
    horizontal: true,
    title: `Contributions by partner for each scheme, ${y.year}`,
    labels: lines.map((s) => s.scheme),
    datasets: y.table.partners.map((p) => ({ label: partnerName(m, p), data: lines.map((s) => s.contributions[p]) })),
    summary: largest
      ? `${lines.length} pooled schemes in ${y.year}; the largest is ${largest.scheme} at ${moneyShort(largest.total!)} of ${moneyShort(y.table.totals.total)}.`
      : `No pooled schemes in ${y.year}.`,
  };
}

/** Each partner's share of the pooled total. */
export function shareChart(m: PublicModel, y: PublicFundYear): ChartSpec {
  const total = y.table.totals.total;
  const shares = y.table.partners.map((p) => ({
    p,
    amount: y.table.totals[p],
    pct: total ? Math.round((y.table.totals[p] / total) * 100) : 0,
  }));
  return {
    kind: 'share',
    horizontal: true,
    title: `Each partner's share of the pooled fund, ${y.year}`,
    labels: [y.year],
    datasets: shares.map((x) => ({ label: `${partnerName(m, x.p)} (${x.pct}%)`, data: [x.amount] })),
    summary: `${shares.map((x) => `${partnerName(m, x.p)} ${moneyShort(x.amount)} (${x.pct}%)`).join(', ')} of ${moneyShort(total)}.`,
  };
}

/** Pooled contributions by partner across the fund's years. */
export function yearsChart(m: PublicModel, f: PublicFund): ChartSpec {
  const partners = [...new Set(f.years.flatMap((y) => y.table.partners))];
  const first = f.years[0];
  const last = f.years.at(-1)!;
  return {
    kind: 'stacked',
    horizontal: false,
    title: 'Pooled contributions by partner, by year',
    labels: f.years.map((y) => y.year),
    datasets: partners.map((p) => ({ label: partnerName(m, p), data: f.years.map((y) => y.table.totals[p] ?? 0) })),
    summary: `The pooled fund was ${moneyShort(first.table.totals.total)} in ${first.year} and ${moneyShort(last.table.totals.total)} in ${last.year}.`,
  };
}

/** Budget against outturn for each pooled scheme, where the table has both. */
export function outturnChart(y: PublicFundYear): ChartSpec | undefined {
  const o = y.table.pooledOutturn;
  if (!o) return undefined;
  const lines = y.table.schemes.filter((s) => s.kind === 'pooled');
  const over = o.variance.amount > 0;
  return {
    kind: 'grouped',
    horizontal: true,
    title: `Budget and outturn for each scheme, ${y.year}`,
    labels: lines.map((s) => s.scheme),
    datasets: [
      { label: 'Budget', data: lines.map((s) => s.budget ?? null) },
      { label: 'Outturn', data: lines.map((s) => s.outturn ?? null) },
    ],
    summary: `Outturn ${moneyShort(o.outturn)} against a budget of ${moneyShort(o.budget)}: ${over ? 'an overspend' : o.variance.amount < 0 ? 'an underspend' : 'on budget'}${o.variance.amount ? ` of ${moneyShort(Math.abs(o.variance.amount))}${o.variance.percent !== undefined ? ` (${Math.abs(o.variance.percent)}%)` : ''}` : ''}.`,
  };
}
