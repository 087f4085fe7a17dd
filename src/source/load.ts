/**
 * From a content root on disk to checked content: read, parse each file with its
 * schema, then run the cross-entry checks. Reports every problem in one pass.
 * What is published from it is decided by the publication layer (publication/load.ts).
 */
import type { z } from 'zod';
import { readContentRoot, type CollectionName, type SourceEntry } from './read.ts';
import { collectionSchemas, siteSchema } from '../schemas/index.ts';
import type { Content, Entry } from '../domain/content.ts';
import { checkIntegrity } from '../domain/integrity.ts';
import { type Problem, describe } from '../domain/problems.ts';
import { dataByFile, placeProblems } from '../domain/field-words.ts';
import { numberIdProblem } from '../domain/number-ids.ts';
import { isIdField } from '../schemas/id-fields.ts';

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  let v: unknown = data;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k as string];
  }
  return v;
}

/** One zod issue as a publisher-facing problem. */
export function issueToProblems(file: string, data: unknown, issue: z.core.$ZodIssue): Problem[] {
  const path = issue.path.map(String);
  const field = path.join('.');
  const found = describe(valueAt(data, issue.path));
  // Our own messages start "expected"; for zod's, say what the format wants instead.
  const expecting = (fallback: string): Problem[] => [
    { file, field, found, expected: issue.message.startsWith('expected') ? issue.message : fallback },
  ];
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((k) => ({
        file,
        field: field ? `${field}.${k}` : k,
        found: `a field named ${JSON.stringify(k)}`,
        // A schema may say why a field is refused (a person's home address); otherwise it is a misspelling.
        expected: issue.message.startsWith('expected')
          ? issue.message
          : 'only the fields of the content format (check the spelling)',
      }));
    case 'invalid_type':
      if (valueAt(data, issue.path) === undefined)
        return [{ file, field, found: 'nothing', expected: `the required field ${path.at(-1)}` }];
      return expecting(`expected a ${issue.expected}`);
    case 'invalid_value':
      return expecting(`one of ${issue.values.map((v) => String(v)).join(', ')}`);
    case 'invalid_union':
      return expecting('a value of the documented form');
    default:
      return expecting(`expected ${issue.message.charAt(0).toLowerCase()}${issue.message.slice(1)}`);
  }
}

/**
 * The ids in an entry that YAML read as numbers whose digits it could not keep as typed (012,
 * 1e3), each with what to type instead. A number written as just its digits is not among them:
 * the schema takes it as the id (schemas/common.ts).
 */
export function numberIdProblems(schema: z.ZodType, entry: SourceEntry): Problem[] {
  return (entry.numbers ?? []).flatMap((n) => {
    if (!isIdField(schema, n.path)) return [];
    const said = numberIdProblem(n.text, valueAt(entry.data, n.path) as number);
    return said ? [{ file: entry.file, field: n.path.join('.'), ...said }] : [];
  });
}

/** Parses one source entry with its schema. */
export function parseEntry<S extends z.ZodType>(
  schema: S,
  entry: SourceEntry,
  problems: Problem[],
): Entry<z.output<S>> | undefined {
  // An id YAML read as a number that was not written as just its digits (012, 1e3): say what to type.
  const numberIds = numberIdProblems(schema, entry);
  const flagged = new Set(numberIds.map((p) => p.field));
  problems.push(...numberIds);
  const result = schema.safeParse(entry.data);
  if (!result.success) {
    for (const issue of result.error.issues)
      if (!flagged.has(issue.path.map(String).join('.')))
        problems.push(...issueToProblems(entry.file, entry.data, issue));
    return undefined;
  }
  if (numberIds.length) return undefined;
  return { id: entry.id, file: entry.file, data: result.data, body: entry.body };
}

export interface ReadResult {
  /** Set whenever site.yaml could be read, even alongside problems, so later checks can run too. */
  content?: Content;
  problems: Problem[];
}

/** Reads a content root and checks each file and the references between them. */
export function readContent(root: string): ReadResult {
  const src = readContentRoot(root);
  const problems = [...src.problems];
  const site = src.site ? parseEntry(siteSchema, src.site, problems) : undefined;
  const parsed = {} as Record<CollectionName, Entry<unknown>[]>;
  const failedIds: Record<string, Set<string>> = {};
  for (const name of Object.keys(collectionSchemas) as CollectionName[]) {
    failedIds[name] = new Set(src.unreadable[name]);
    parsed[name] = src.entries[name].flatMap(
      (e) => parseEntry(collectionSchemas[name], e, problems) ?? (failedIds[name].add(e.id), []),
    );
  }
  // Each field named in the clerk's words, from the files as written (a file that failed its schema has no other data).
  const place = (list: Problem[]) =>
    placeProblems(list, dataByFile([src.site ? [src.site] : [], ...Object.values(src.entries)]));
  if (!site) return { problems: place(problems) };
  const content = {
    site,
    ...parsed,
    documents: src.documents,
    tables: src.tables,
    failedIds,
    unreadableTables: src.unreadableTables,
  } as Content;
  // Cross-entry checks run even when some files failed, so one run shows as much as it can;
  // a reference to an entry that failed its schema may then be reported as well.
  problems.push(...checkIntegrity(content));
  return { content, problems: place(problems) };
}
