/** Pooled and aligned budgets: each year's table, and the schemes with the decisions that spend from them. */
import { fundYearOnShow, parseFundYear } from '../../domain/budget.ts';
import type { PublicDecision, PublicFund } from '../types.ts';
import type { ModelContext } from './context.ts';
import type { Links } from './links.ts';

export function buildFunds(ctx: ModelContext, link: Links): PublicFund[] {
  const { content, u } = ctx;
  return [...content.budgets]
    .sort((a, b) => a.data.name.localeCompare(b.data.name))
    .map((b) => {
      const years = b.data.years.map((y) => y.year);
      const shownYear = fundYearOnShow(years, ctx.buildDate);
      return {
        id: b.id,
        href: u.fund(b.id),
        name: b.data.name,
        agreement: b.data.agreement,
        description: b.data.description,
        host: ctx.partners.get(b.data.host)!,
        manager: b.data.manager,
        riskShare: b.data.riskShare,
        years: [...b.data.years]
          .sort((x, y) => x.year.localeCompare(y.year))
          .map((y) => ({
            year: y.year,
            href: y.year === shownYear ? u.fund(b.id) : u.fundYear(b.id, y.year),
            csv: u.fundYearCsv(b.id, y.year),
            status: y.status,
            units: y.units,
            source: y.source,
            approvedBy: y.approvedBy ? link.decision(y.approvedBy) : undefined,
            table: parseFundYear(content.tables.get(`budgets/${y.table}`)!, y, content.site.data.partners).table,
          })),
        shownYear,
        schemes: [],
      };
    });
}

/**
 * Every scheme of each fund, named as in its first year, with the public decisions that spend
 * from it; each such decision links back to its scheme.
 */
export function linkSchemes(funds: PublicFund[], decisions: PublicDecision[]): void {
  for (const f of funds) {
    const names = new Map<string, string>();
    for (const y of f.years)
      for (const line of y.table.schemes) if (!names.has(line.slug)) names.set(line.slug, line.scheme);
    f.schemes = [...names].map(([slug, name]) => ({
      slug,
      name,
      href: `${f.href}#scheme-${slug}`,
      decisions: decisions
        .filter((d) => d.spend?.fund === f.id && d.spend.scheme === slug)
        .map((d) => ({ id: d.id, title: d.title, href: d.href })),
    }));
    for (const d of decisions) {
      const scheme = d.spend?.fund === f.id ? f.schemes.find((x) => x.slug === d.spend!.scheme) : undefined;
      if (scheme) d.spend!.schemeLink = { id: scheme.slug, title: scheme.name, href: scheme.href };
    }
  }
}
