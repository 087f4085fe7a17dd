/** Funds: each year's table (checked by the budget parser), and the schemes decisions spend from. */
import { parseFundYear, type SchemeLine } from '../budget.ts';
import type { Checker } from './context.ts';

export function checkBudgets(k: Checker): void {
  const { c, add, ref } = k;
  // The schemes of each fund, from its tables as parsed, for the decisions that name one.
  const schemes = new Map<string, SchemeLine[]>();
  for (const b of c.budgets) {
    ref(b, 'host', b.data.host, k.partners, 'a partner in site.yaml');
    const years = new Set<string>();
    schemes.set(b.id, []);
    b.data.years.forEach((y, i) => {
      if (years.has(y.year)) add(b, `years.${i}.year`, y.year, 'each year once');
      years.add(y.year);
      ref(b, `years.${i}.approvedBy`, y.approvedBy, k.decisions, 'a decision');
      const path = `budgets/${y.table}`;
      const table = c.tables.get(path);
      if (!table) {
        if (c.unreadableTables?.has(path)) return;
        add(b, `years.${i}.table`, y.table, `a CSV file at ${path} in the content root`);
        return;
      }
      const parsed = parseFundYear(table, y, c.site.data.partners);
      schemes.get(b.id)!.push(...parsed.table.schemes);
      for (const p of parsed.problems) {
        k.problems.push({
          file: table.file,
          field: p.column,
          found: `${p.row ? `row ${p.row}: ` : ''}${p.found}`,
          expected: p.expected,
        });
      }
    });
  }
  // A decision's spend names a scheme that exists in its fund.
  for (const d of c.decisions) {
    const s = d.data.spend;
    const fund = s?.fund ? schemes.get(s.fund) : undefined;
    if (!s?.scheme || !fund) continue;
    const slugs = new Set(fund.map((line) => line.slug));
    if (!slugs.has(s.scheme))
      add(d, 'spend.scheme', s.scheme, `a scheme of ${s.fund}, written as its slug (${[...slugs].join(', ')})`);
  }
}
