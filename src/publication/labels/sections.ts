import type { PublicBody, PublicFund, PublicFundYear } from '../types.ts';
import { moneyShort } from './general.ts';

// ---- Words that fit what the site has: its bodies and its funds ----

type Kind = PublicBody['kind'];
const BOARDS: readonly Kind[] = ['board', 'joint-committee'];
const COMMITTEES: readonly Kind[] = ['committee', 'sub-committee', 'advisory'];

/**
 * The name of the section listing the bodies, from their kinds: "Cabinet" for a cabinet,
 * "boards" for boards and joint committees, "committees" for the rest, joined in that order
 * ("Boards", "Cabinet and committees", "Cabinet, boards and committees"). With no bodies,
 * "Boards and committees".
 */
export function bodiesSectionLabel(kinds: readonly Kind[]): string {
  const words = [
    kinds.includes('cabinet') && 'Cabinet',
    kinds.some((k) => BOARDS.includes(k)) && 'boards',
    kinds.some((k) => COMMITTEES.includes(k)) && 'committees',
  ].filter((w): w is string => Boolean(w));
  if (words.length === 0) return 'Boards and committees';
  const text = words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** Whether a fund year has lines and every one of them is aligned: nothing in it is pooled. */
export function yearIsAlignedOnly(y: Pick<PublicFundYear, 'table'>): boolean {
  return y.table.schemes.length > 0 && y.table.schemes.every((s) => s.kind === 'aligned');
}

/** Whether every year of a fund is aligned only: it is not a pooled fund at all. */
export function fundIsAlignedOnly(f: Pick<PublicFund, 'years'>): boolean {
  return f.years.length > 0 && f.years.every(yearIsAlignedOnly);
}

/** Whether any year of a fund has an aligned line. */
function fundHasAligned(f: Pick<PublicFund, 'years'>): boolean {
  return f.years.some((y) => y.table.schemes.some((s) => s.kind === 'aligned'));
}

/**
 * The name of the section listing the funds: "Pooled budgets" when nothing is aligned,
 * "Aligned budgets" when every fund is aligned only, else "Pooled and aligned budgets".
 */
export function budgetsSectionLabel(funds: readonly Pick<PublicFund, 'years'>[]): string {
  if (funds.length > 0 && funds.every(fundIsAlignedOnly)) return 'Aligned budgets';
  return funds.some(fundHasAligned) ? 'Pooled and aligned budgets' : 'Pooled budgets';
}

/** What a fund is called in general words: "Pooled budget", or "Aligned budget" when nothing is pooled. */
export function fundKindLabel(f: Pick<PublicFund, 'years'>): string {
  return fundIsAlignedOnly(f) ? 'Aligned budget' : 'Pooled budget';
}

/** The label of a fund's `manager`: the pooled fund manager, or the lead officer of aligned budgets. */
export function fundManagerLabel(f: Pick<PublicFund, 'years'>): string {
  return fundIsAlignedOnly(f) ? 'Lead officer' : 'Pooled fund manager';
}

/**
 * What a fund year holds, for a sentence: "pools £105.2m", "pools £111.8m and aligns £417,750",
 * or "aligns £218.7m in the partners' own budgets" when nothing is pooled.
 */
export function fundYearAmountsText(y: Pick<PublicFundYear, 'table'>): string {
  const pooled = y.table.totals.total;
  const aligned = y.table.alignedTotals.total;
  const hasAligned = y.table.schemes.some((s) => s.kind === 'aligned');
  if (yearIsAlignedOnly(y)) return `aligns ${moneyShort(aligned)} in the partners' own budgets`;
  return hasAligned ? `pools ${moneyShort(pooled)} and aligns ${moneyShort(aligned)}` : `pools ${moneyShort(pooled)}`;
}
