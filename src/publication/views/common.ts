/** The reference a page shows for a decision or forward plan entry: the council's, else the file's id. */
export { shownReference } from '../../domain/references.ts';

/** One row of a page's summary list of facts. */
export interface SummaryRow {
  key: string;
  /** Plain text; escaped. */
  value?: string;
  /** A list of links, e.g. the members who made a decision; wins over value. */
  links?: { title: string; href: string }[];
  /** Plain text after the links. */
  after?: string;
  /** Makes the value a link. */
  href?: string;
}

/** Groups in first-seen order. */
export function groupBy<T>(list: T[], key: (t: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const t of list) {
    const k = key(t);
    groups.set(k, [...(groups.get(k) ?? []), t]);
  }
  return [...groups];
}
