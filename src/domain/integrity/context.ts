/** What every collection checker shares: the content, id sets, and how a problem is recorded. */
import type { Content, Entry } from '../content.ts';
import type { Partner } from '../../schemas/index.ts';
import { type Problem, describe } from '../problems.ts';

/** A `found` given as words rather than a value to describe. */
class Words {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
}
export const words = (text: string): Words => new Words(text);

type IdSet = { has(k: string): boolean };

export interface Checker {
  c: Content;
  problems: Problem[];
  partners: Map<string, Partner>;
  bodyIds: Set<string>;
  people: Set<string>;
  meetingIds: Set<string>;
  forwardPlan: Set<string>;
  decisions: Set<string>;
  fundIds: Set<string>;
  /** A decision maker is a body or a person. */
  maker: IdSet;
  /** contentRepository: public, where the repository itself publishes whatever it holds. */
  isPublicRepo: boolean;
  add: (e: { file: string }, field: string, found: unknown, expected: string) => void;
  /** A reference to an entry that must exist. */
  ref: (e: { file: string }, field: string, value: string | undefined, set: IdSet, what: string) => void;
  /** Each paper's file exists under documents/. */
  docs: (e: { file: string }, base: string, list: { file?: string }[]) => void;
  /** No drafts in a public content repository. */
  noDraft: (e: { file: string; data: { draft?: boolean } }, expected?: string) => void;
}

export function checker(c: Content): Checker {
  const problems: Problem[] = [];
  // Ids of entries that failed their schema still count as existing, so one mistake is reported once.
  const ids = (list: Entry<unknown>[], name: keyof NonNullable<Content['failedIds']>) =>
    new Set([...list.map((e) => e.id), ...(c.failedIds?.[name] ?? [])]);
  const bodyIds = ids(c.bodies, 'bodies');
  const people = ids(c.people, 'people');
  const isPublicRepo = c.site.data.contentRepository === 'public';
  const add: Checker['add'] = (e, field, found, expected) =>
    problems.push({
      file: e.file,
      field,
      found: found instanceof Words ? found.text : describe(found),
      expected,
    });
  return {
    c,
    problems,
    partners: new Map(c.site.data.partners.map((p) => [p.id, p])),
    bodyIds,
    people,
    meetingIds: ids(c.meetings, 'meetings'),
    forwardPlan: ids(c.forwardPlan, 'forwardPlan'),
    decisions: ids(c.decisions, 'decisions'),
    fundIds: ids(c.budgets, 'budgets'),
    maker: { has: (k: string) => bodyIds.has(k) || people.has(k) },
    isPublicRepo,
    add,
    ref(e, field, value, set, what) {
      if (value !== undefined && !set.has(value)) add(e, field, value, `the id of ${what} that exists`);
    },
    docs(e, base, list) {
      list.forEach((d, i) => {
        if (d.file && !c.documents.has(d.file))
          add(e, `${base}.${i}.file`, d.file, 'a file that exists under documents/ in the content root');
      });
    },
    noDraft(e, expected = 'no drafts in a public content repository (the repository itself would publish them)') {
      if (isPublicRepo && e.data.draft) add(e, 'draft', true, expected);
    },
  };
}
