/**
 * From a content root on disk to checked content: read, parse each file with its
 * schema, then run the cross-entry checks. Reports every problem in one pass.
 */
import type { z } from 'zod';
import { readContentRoot, type CollectionName, type SourceEntry } from './read.ts';
import { collectionSchemas, siteSchema } from '../schemas/index.ts';
import type { Content, Entry } from '../domain/content.ts';
import { checkIntegrity } from '../domain/integrity.ts';
import { type Problem, ContentError, describe } from '../domain/problems.ts';
import { buildPublicModel, isPublic } from '../publication/model.ts';
import { entryImages, renderMarkdown } from '../publication/markdown.ts';
import { paperTypeProblem } from '../papers/type.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDate, buildDateProblem } from '../publication/build-date.ts';

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
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((k) => ({
        file,
        field: field ? `${field}.${k}` : k,
        found: `a field named ${JSON.stringify(k)}`,
        expected: 'only the fields of the content format (check the spelling)',
      }));
    case 'invalid_type':
      if (valueAt(data, issue.path) === undefined)
        return [{ file, field, found: 'nothing', expected: `the required field ${path.at(-1)}` }];
      return [
        {
          file,
          field,
          found,
          expected: issue.message.startsWith('expected') ? issue.message : `expected a ${issue.expected}`,
        },
      ];
    case 'invalid_value':
      return [
        {
          file,
          field,
          found,
          expected: issue.message.startsWith('expected')
            ? issue.message
            : `one of ${issue.values.map((v) => String(v)).join(', ')}`,
        },
      ];
    case 'invalid_union': {
      return [
        {
          file,
          field,
          found,
          expected: issue.message.startsWith('expected') ? issue.message : 'a value of the documented form',
        },
      ];
    }
    default:
      return [
        {
          file,
          field,
          found,
          expected: issue.message.startsWith('expected')
            ? issue.message
            : `expected ${issue.message.charAt(0).toLowerCase()}${issue.message.slice(1)}`,
        },
      ];
  }
}

/** Parses one source entry with its schema. */
export function parseEntry<S extends z.ZodType>(
  schema: S,
  entry: SourceEntry,
  problems: Problem[],
): Entry<z.output<S>> | undefined {
  const result = schema.safeParse(entry.data);
  if (!result.success) {
    for (const issue of result.error.issues) problems.push(...issueToProblems(entry.file, entry.data, issue));
    return undefined;
  }
  return { id: entry.id, file: entry.file, data: result.data, body: entry.body };
}

/**
 * The model renders and checks the bodies it publishes; bodies not yet public (drafts, embargoes)
 * are checked here too, so a problem is found before the day it would be published.
 */
function withheldBodyProblems(content: Content, date: string): Problem[] {
  const problems: Problem[] = [];
  for (const list of [
    content.bodies,
    content.meetings,
    content.forwardPlan,
    content.decisions,
    content.pages,
  ] as Entry<{ draft?: boolean; publishFrom?: string }>[][]) {
    for (const e of list) {
      if (!e.body?.trim() || isPublic(e.data, date)) continue;
      // Checked only: nothing is published from an entry that is not public.
      const { findings } = renderMarkdown(e.body, { image: entryImages(e.file, content.documents, (file) => file) });
      problems.push(...findings.map((f) => ({ file: e.file, field: 'body', ...f })));
    }
  }
  return problems;
}

export interface LoadResult {
  content?: Content;
  problems: Problem[];
}

/** Reads and checks a content root. `content` is set only when there are no problems. */
export function loadContentRoot(root: string, buildDateOverride?: string): LoadResult {
  const dateProblem = buildDateOverride ? undefined : buildDateProblem();
  if (dateProblem) return { problems: [dateProblem] };
  const date = buildDateOverride ?? buildDate();
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
  if (!site) return { problems };
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
  problems.push(...withheldBodyProblems(content, date));
  if (problems.length) return { problems };
  // Derived dates (call-in, notices) need the bank-holiday list to cover them, and the papers
  // checked are those the model publishes: build the model once to find out.
  let model;
  try {
    model = buildPublicModel(content, { buildDate: date });
  } catch (err) {
    if (err instanceof ContentError) return { problems: err.problems };
    throw err;
  }
  problems.push(...publishedPaperProblems(root, [...model.documents.keys()]));
  return problems.length ? { problems } : { content, problems };
}

/** Each file the model publishes must be readable and the document type its name says. */
function publishedPaperProblems(root: string, files: string[]): Problem[] {
  return files.flatMap((file) => {
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(root, file));
    } catch (e) {
      return [
        {
          file,
          field: '',
          found: `a file that cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
          expected: 'a readable file',
        },
      ];
    }
    const problem = paperTypeProblem(file, bytes);
    return problem ? [{ file, field: '', ...problem }] : [];
  });
}
