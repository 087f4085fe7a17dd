/**
 * What the search index records about each page the model publishes: its type, reference,
 * date and filter values. A page the model does not name (lists, home, search) has no entry
 * and is left out of the index, so only published entries can ever be found.
 */
import type { PublicModel } from './model.ts';
import type { Partner } from '../schemas/index.ts';
import { formatDate, overlaps, type CivilDate } from '../domain/dates.ts';
import { bodyKindLabel, callInStatusLabel, fundKindLabel } from './labels.ts';
import { findBy } from './lookup.ts';
import { fundYearPages } from './views/budgets.ts';

export interface SearchEntry {
  /** "Decision", "Meeting", ...: a filter and a line of each result. */
  type: string;
  /** The entry's id, weighted so that searching for it finds it first. */
  reference?: string;
  /** The council's own reference for a decision or forward plan entry, weighted as the id is. */
  councilReference?: string;
  /** Sort key (YYYY-MM-DD) and the date shown with the result. */
  date?: CivilDate;
  dateLabel?: string;
  /** Filter name to values; names are shown to readers as they are. */
  filters: Record<string, string[]>;
  /** Result metadata: `url` (where the result opens, a paper's file) and `context` (what it belongs to). */
  meta?: { url?: string; context?: string };
}

export const FILTERS = {
  type: 'Type',
  year: 'Year',
  body: 'Board or committee',
  partner: 'Partner',
  key: 'Key decision',
  callIn: 'Call-in',
} as const;

const cache = new WeakMap<PublicModel, Map<string, SearchEntry>>();

/** Partner names, only those in the partnership on `date` when one is given. */
const names = (list: (Partner | undefined)[], date?: CivilDate) =>
  [...new Set(list.filter((p): p is Partner => !!p && (!date || overlaps(p, date, date))).map((p) => p.name))].sort();

function entries(m: PublicModel): Map<string, SearchEntry> {
  const out = new Map<string, SearchEntry>();
  const body = (id: string) => findBy(m.bodies, 'id', id);
  const person = (id: string) => findBy(m.people, 'id', id);
  /** Partners behind a decision maker: a body's partners, or a person's own organisation. */
  const partnersOf = (maker: { id: string }, date: CivilDate) =>
    names(body(maker.id)?.partners ?? [person(maker.id)?.partner], date);
  const entry = (
    type: string,
    filters: Record<string, string[] | undefined>,
    more: Omit<SearchEntry, 'type' | 'filters'> = {},
  ): SearchEntry => ({
    type,
    ...more,
    ...(more.date ? { dateLabel: formatDate(more.date, false) } : {}),
    filters: Object.fromEntries(
      Object.entries({ [FILTERS.type]: [type], ...filters }).filter((e): e is [string, string[]] => !!e[1]?.length),
    ),
  });

  for (const d of m.decisions) {
    out.set(
      d.href,
      entry(
        d.officerDecision ? 'Officer decision' : 'Decision',
        {
          [FILTERS.year]: [d.year],
          [FILTERS.body]:
            d.decisionMaker.kind === 'body'
              ? [d.decisionMaker.title]
              : d.meeting
                ? [findBy(m.meetings, 'id', d.meeting.id)!.body.title]
                : d.delegation
                  ? [d.delegation.body.title]
                  : undefined,
          [FILTERS.partner]: partnersOf(d.decisionMaker, d.made),
          [FILTERS.key]: [d.key ? 'Yes' : 'No'],
          [FILTERS.callIn]: [callInStatusLabel[d.callIn.status][0]],
        },
        { reference: d.id, councilReference: d.reference, date: d.made },
      ),
    );
  }
  for (const x of m.meetings) {
    out.set(
      x.href,
      entry(
        'Meeting',
        {
          [FILTERS.year]: [x.year],
          [FILTERS.body]: [x.body.title],
          [FILTERS.partner]: names(body(x.body.id)?.partners ?? [], x.date),
        },
        { reference: x.id, date: x.date },
      ),
    );
  }
  for (const f of m.forwardPlan) {
    out.set(
      f.href,
      entry(
        'Forward plan',
        {
          [FILTERS.year]: [f.expectedDate.slice(0, 4)],
          [FILTERS.body]: body(f.decisionMaker.id) ? [f.decisionMaker.title] : undefined,
          [FILTERS.partner]: partnersOf(f.decisionMaker, f.expectedDate),
          [FILTERS.key]: [f.kind === 'key-decision' ? 'Yes' : 'No'],
        },
        { reference: f.id, councilReference: f.reference, date: f.expectedDate },
      ),
    );
  }
  for (const b of m.bodies)
    out.set(
      b.href,
      entry(
        bodyKindLabel[b.kind],
        { [FILTERS.body]: [b.name], [FILTERS.partner]: names(b.partners) },
        { reference: b.id },
      ),
    );
  for (const p of m.people)
    out.set(p.href, entry('Person', { [FILTERS.partner]: names([p.partner]) }, { reference: p.id }));
  for (const f of m.funds) {
    out.set(
      f.href,
      entry(
        fundKindLabel(f),
        { [FILTERS.partner]: names([f.host, ...f.years.flatMap((y) => y.table.partners.map((id) => m.partner(id)))]) },
        { reference: f.id },
      ),
    );
    // A year's own page is found by its fund's name and that year's partners.
    for (const y of fundYearPages(f))
      out.set(
        y.href,
        entry(fundKindLabel(f), { [FILTERS.partner]: names([f.host, ...y.table.partners.map((id) => m.partner(id))]) }),
      );
  }
  for (const p of m.pages) out.set(p.href, entry('Page', {}));
  // A paper's result opens the paper itself; its page (with the text) is what is indexed.
  for (const p of m.papers) {
    out.set(
      p.href,
      entry(
        'Paper',
        { [FILTERS.year]: [p.date.slice(0, 4)], [FILTERS.body]: [...new Set(p.uses.flatMap((u) => u.body ?? []))] },
        { date: p.date, meta: { url: p.download, context: p.uses.map((u) => `${u.kind}: ${u.title}`).join('; ') } },
      ),
    );
  }
  return out;
}

/** The search entry for the page at `path` (with the base path), or undefined if it is not indexed. */
function entriesOf(m: PublicModel): Map<string, SearchEntry> {
  let map = cache.get(m);
  if (!map) cache.set(m, (map = entries(m)));
  return map;
}

export function searchEntry(m: PublicModel, path: string): SearchEntry | undefined {
  return entriesOf(m).get(path.endsWith('/') ? path : `${path}/`);
}

/**
 * One Pagefind index of the site: where it is written (from the site's base) and the years of
 * the pages it holds. The first also holds the pages without a date.
 */
export interface SearchBundle {
  path: string;
  years: string[];
}

/** Most pages one index holds: Pagefind keeps every page of an index in memory until it writes it. */
export const SEARCH_INDEX_PAGES = 10_000;

/** SEARCH_INDEX_PAGES, or the number set in the environment variable of that name. */
export function searchIndexPages(env: Record<string, string | undefined> = process.env): number {
  const n = Number(env.SEARCH_INDEX_PAGES);
  return Number.isInteger(n) && n > 0 ? n : SEARCH_INDEX_PAGES;
}

/**
 * Splits the indexed pages into indexes of whole years, newest first, each of at most `limit`
 * pages where a year allows (a year larger than the limit is an index of its own). One index
 * when everything fits, written to pagefind/; the others to pagefind-<first year>-<last year>/.
 * Search loads the first and merges the others, so a reader searches them all at once.
 */
export function splitSearch(pagesByYear: ReadonlyMap<string, number>, limit: number): SearchBundle[] {
  const years = [...pagesByYear.keys()].filter((y) => y !== '').sort((a, b) => b.localeCompare(a));
  const groups: { years: string[]; pages: number }[] = [{ years: [], pages: pagesByYear.get('') ?? 0 }];
  for (const year of years) {
    const n = pagesByYear.get(year)!;
    const last = groups.at(-1)!;
    if (last.pages + n > limit && (last.years.length || last.pages)) groups.push({ years: [year], pages: n });
    else {
      last.years.push(year);
      last.pages += n;
    }
  }
  return groups.map((g, i) => ({
    path: i === 0 ? 'pagefind/' : `pagefind-${g.years.at(-1)}-${g.years[0]}/`,
    years: g.years,
  }));
}

/** The search indexes of this build (see splitSearch). */
export function searchBundles(m: PublicModel, limit = searchIndexPages()): SearchBundle[] {
  const pagesByYear = new Map<string, number>();
  for (const e of entriesOf(m).values()) {
    const year = e.date?.slice(0, 4) ?? '';
    pagesByYear.set(year, (pagesByYear.get(year) ?? 0) + 1);
  }
  return splitSearch(pagesByYear, limit);
}
