/** The parsed content of one root, as the integrity checks and the publication model see it. */
import type {
  Body,
  Budget,
  Decision,
  ForwardPlanEntry,
  Meeting,
  Page,
  Partner,
  Person,
  Site,
} from '../schemas/index.ts';

export interface Entry<T> {
  id: string;
  /** Path relative to the content root. */
  file: string;
  data: T;
  /** Raw Markdown body, where the file has one. */
  body?: string;
}

export interface TableFile {
  file: string;
  header: string[];
  rows: string[][];
}

export interface Content {
  site: Entry<Site>;
  bodies: Entry<Body>[];
  people: Entry<Person>[];
  meetings: Entry<Meeting>[];
  forwardPlan: Entry<ForwardPlanEntry>[];
  decisions: Entry<Decision>[];
  budgets: Entry<Budget>[];
  pages: Entry<Page>[];
  /** documents/ files by path from the root, with size in bytes. */
  documents: Map<string, number>;
  /** budgets/<fund>/<year>.csv tables by path from the root. */
  tables: Map<string, TableFile>;
  /** Budget tables that exist but could not be parsed (validation only; already reported). */
  unreadableTables?: Set<string>;
  /** Ids of entries that exist but failed their schema (validation only). */
  failedIds?: Partial<Record<'bodies' | 'people' | 'meetings' | 'forwardPlan' | 'decisions' | 'budgets', Set<string>>>;
}

/**
 * Whether a body has a local authority among its partners: the council's rules (the 2012
 * Regulations, call-in) then apply; a body of NHS partners alone meets under the 1960 Act.
 */
export function hasCouncilPartner(body: Pick<Body, 'partners'>, partners: ReadonlyMap<string, Partner>): boolean {
  return body.partners.some((p) => partners.get(p)?.kind === 'local-authority');
}
