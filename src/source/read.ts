/**
 * Reads a content root from disk: files, front matter, YAML and CSV, ids and
 * duplicates. Shape and meaning are checked later (schemas, then integrity).
 * Used by the Astro loaders and by the validate command, so both see the same.
 */
import { statSync, existsSync } from 'node:fs';
import { join, relative, basename, extname } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { ID_PATTERN } from '../schemas/common.ts';
import { type Problem, describe } from '../domain/problems.ts';
import { MAX_DOCUMENT_BYTES, posix, Walker } from './walk.ts';
import { MAX_FIELD_CHARS, longTexts, parseYaml, readText, splitFrontMatter } from './text.ts';
import { digest, memoized, useMemo } from './memo.ts';
import type { NumberText } from '../domain/number-ids.ts';

export { MAX_DOCUMENT_BYTES, unsafeName } from './walk.ts';
export { contentRoot } from './root.ts';
export { MAX_FIELD_CHARS, MAX_TEXT_BYTES, invalidUtf8At, splitFrontMatter } from './text.ts';

export const COLLECTIONS = {
  bodies: { dir: 'bodies', ext: ['.md'] },
  people: { dir: 'people', ext: ['.yaml', '.yml'] },
  meetings: { dir: 'meetings', ext: ['.md'] },
  forwardPlan: { dir: 'forward-plan', ext: ['.md'] },
  decisions: { dir: 'decisions', ext: ['.md'] },
  budgets: { dir: 'budgets', ext: ['.yaml', '.yml'] },
  pages: { dir: 'pages', ext: ['.md', '.mdx'] },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;

export interface SourceEntry {
  id: string;
  /** Relative to the content root, with forward slashes. */
  file: string;
  data: Record<string, unknown>;
  body?: string;
  /** Numbers in the YAML not written as just their digits (`012`, `1e3`), for the id fields that hold one. */
  numbers?: NumberText[];
}

export interface SourceTable {
  /** Relative to the content root. */
  file: string;
  header: string[];
  /** Data rows, each as many cells as the header. */
  rows: string[][];
}

export interface SourceRoot {
  root: string;
  site?: SourceEntry;
  entries: Record<CollectionName, SourceEntry[]>;
  /** Files under documents/, by path from the root, with their size in bytes. */
  documents: Map<string, number>;
  /** Budget tables by path from the root (budgets/<fund>/<year>.csv). */
  tables: Map<string, SourceTable>;
  /** Ids of files that exist but could not be read (bad YAML), so references to them are not reported again. */
  unreadable: Record<CollectionName, string[]>;
  /** Budget tables that exist but could not be parsed (already reported). */
  unreadableTables: Set<string>;
  problems: Problem[];
}

/** The modules whose code decides what parseEntry gives. */
export const ENTRY_CODE = [
  'src/source/read.ts',
  'src/source/text.ts',
  'src/domain/problems.ts',
  'src/domain/number-ids.ts',
];

/** What parsing one entry file gives: the entry, or the problems that stopped it. */
export interface ParsedEntry {
  entry?: SourceEntry;
  problems: Problem[];
}

/** The memo key of an entry file's text (see memo.ts). */
export const entryKey = (file: string, text: string) => digest(`${file}\0${text}`);

/** Parses one entry file's text: pure, so it can be kept (memo.ts) or run in a worker (pool.ts). */
export function parseEntryText({ file, text }: { file: string; text: string }): ParsedEntry {
  const problems: Problem[] = [];
  return { entry: parseEntry(file, text, problems), problems };
}

function readEntry(root: string, path: string, problems: Problem[]): SourceEntry | undefined {
  const file = posix(relative(root, path));
  const text = readText(path, file, problems);
  if (text === undefined) return undefined;
  // Parsing YAML is most of the reader's time: a file read before, unchanged, is not parsed again.
  const parsed = memoized('entries', ENTRY_CODE, entryKey(file, text), () => parseEntryText({ file, text }));
  problems.push(...parsed.problems);
  return parsed.entry;
}

/**
 * The text of every entry file a content root holds, as readContentRoot finds them (problems
 * are left to it): what the build's warm-up parses on every core before reading the root.
 */
export function entryTexts(root: string): { file: string; text: string }[] {
  const ignored: Problem[] = [];
  const walker = new Walker(root, ignored);
  const paths = [join(root, 'site.yaml')];
  const budgetsDir = join(root, COLLECTIONS.budgets.dir);
  for (const [name, spec] of Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]) {
    if (!existsSync(join(root, spec.dir))) continue;
    for (const p of walker.files(join(root, spec.dir)))
      if ((spec.ext as readonly string[]).includes(extname(p).toLowerCase()))
        if (name !== 'budgets' || relative(budgetsDir, p) === basename(p)) paths.push(p);
  }
  return paths.flatMap((p) => {
    if (!existsSync(p)) return [];
    const file = posix(relative(root, p));
    const text = readText(p, file, ignored);
    return text === undefined ? [] : [{ file, text }];
  });
}

function parseEntry(file: string, text: string, problems: Problem[]): SourceEntry | undefined {
  const path = file;
  const id = basename(path, extname(path));
  let data: Record<string, unknown> | undefined;
  let body: string | undefined;
  const numbers: NumberText[] = [];
  if (/\.mdx?$/i.test(path)) {
    const split = splitFrontMatter(text);
    if (!split) {
      problems.push({
        file,
        field: '',
        found: 'no front matter',
        expected:
          'the file to start with a line that is exactly ---, its fields, and a closing line that is exactly ---',
      });
      return undefined;
    }
    // Astro's MDX loader closes front matter at any line starting with ---: such a line would make the two readers disagree.
    const early = path.endsWith('.mdx') ? split.front.split('\n').findIndex((line) => line.startsWith('---')) : -1;
    if (early >= 0) {
      problems.push({
        file,
        field: '',
        found: `a line starting with --- inside the front matter, at line ${early + 2}`,
        expected:
          'no line starting with --- between the opening and closing --- of an MDX page (write comments as # text)',
      });
      return undefined;
    }
    data = parseYaml(split.front, file, problems, 1, numbers);
    body = split.body;
  } else {
    data = parseYaml(text, file, problems, 0, numbers);
  }
  if (!data) return undefined;
  const long = longTexts(data);
  for (const field of long)
    problems.push({
      file,
      field,
      found: `a text of more than ${MAX_FIELD_CHARS.toLocaleString('en-GB')} characters`,
      expected: `at most ${MAX_FIELD_CHARS.toLocaleString('en-GB')} characters in one field (put long text in the body, or in a paper under documents/)`,
    });
  if (long.length) return undefined;
  return { id, file, data, body, ...(numbers.length ? { numbers } : {}) };
}

function readTable(root: string, path: string, problems: Problem[]): SourceTable | undefined {
  const file = posix(relative(root, path));
  const text = readText(path, file, problems);
  if (text === undefined) return undefined;
  try {
    const records: string[][] = parseCsv(text, {
      bom: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: false,
    });
    if (records.length === 0) {
      problems.push({
        file,
        field: '',
        found: 'an empty file',
        expected: 'a header row: scheme, then one column per partner id',
      });
      return undefined;
    }
    const [header, ...rows] = records;
    return { file, header, rows };
  } catch (e) {
    const err = e as { message: string; lines?: number };
    problems.push({
      file,
      field: '',
      found: `CSV that does not parse${err.lines ? ` at line ${err.lines}` : ''} (${err.message})`,
      expected: 'comma-separated rows with the same number of cells as the header; quote amounts that contain commas',
    });
    return undefined;
  }
}

export function readContentRoot(root: string): SourceRoot {
  useMemo(root);
  const problems: Problem[] = [];
  const result: SourceRoot = {
    root,
    entries: { bodies: [], people: [], meetings: [], forwardPlan: [], decisions: [], budgets: [], pages: [] },
    documents: new Map(),
    tables: new Map(),
    unreadableTables: new Set(),
    unreadable: { bodies: [], people: [], meetings: [], forwardPlan: [], decisions: [], budgets: [], pages: [] },
    problems,
  };
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    problems.push({
      file: root,
      field: '',
      found: 'no such folder',
      expected: 'a content root folder holding site.yaml',
    });
    return result;
  }
  const walker = new Walker(root, problems);
  const sitePath = join(root, 'site.yaml');
  const site = walker.stat(sitePath);
  if (!existsSync(sitePath) && !site) {
    problems.push({
      file: 'site.yaml',
      field: '',
      found: 'no site.yaml',
      expected: 'site.yaml at the top of the content root, with title, url and partners',
    });
  } else if (site && !site.stats.isFile()) {
    problems.push({
      file: 'site.yaml',
      field: '',
      found: 'a folder named site.yaml',
      expected: 'site.yaml as a file, with title, url and partners',
    });
  } else if (site) {
    result.site = readEntry(root, sitePath, problems);
  }

  const budgetFiles = walker.files(join(root, COLLECTIONS.budgets.dir));
  const budgetsDir = join(root, COLLECTIONS.budgets.dir);
  for (const [name, spec] of Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]) {
    const seen = new Map<string, string>();
    // Budget entries are the files at the top of budgets/; the folders below hold their tables.
    const paths =
      name === 'budgets'
        ? budgetFiles.filter((p) => relative(budgetsDir, p) === basename(p))
        : walker.files(join(root, spec.dir));
    for (const path of paths) {
      const file = posix(relative(root, path));
      const ext = extname(path).toLowerCase();
      if (!(spec.ext as readonly string[]).includes(ext)) {
        problems.push({
          file,
          field: '',
          found: `a ${ext || 'extensionless'} file in ${spec.dir}/`,
          expected: `${spec.ext.join(' or ')} files only (start a name with _ to keep notes beside them)`,
        });
        continue;
      }
      const id = basename(path, extname(path));
      if (!ID_PATTERN.test(id)) {
        problems.push({
          file,
          field: 'id',
          found: describe(id),
          expected: 'a file name of lower-case letters, digits and hyphens (the name is the id)',
        });
        continue;
      }
      const other = seen.get(id);
      if (other) {
        problems.push({
          file,
          field: 'id',
          found: `"${id}", already used by ${other}`,
          expected: `ids unique within ${spec.dir}/, however deep the folders`,
        });
        continue;
      }
      seen.set(id, file);
      const entry = readEntry(root, path, problems);
      if (entry) result.entries[name].push(entry);
      else result.unreadable[name].push(id);
    }
  }

  // Many web servers treat Report.pdf and report.pdf as one address: refuse names that differ only in case.
  const lower = new Map<string, string>();
  for (const path of walker.files(join(root, 'documents'))) {
    const file = posix(relative(root, path));
    const size = statSync(path).size;
    const same = lower.get(file.toLowerCase());
    if (same) {
      problems.push({
        file,
        field: '',
        found: `a name that differs from ${same} only in capital letters`,
        expected:
          'names that differ in more than case, since many web servers treat the two as one address (rename one)',
      });
      continue;
    }
    lower.set(file.toLowerCase(), file);
    if (size > MAX_DOCUMENT_BYTES) {
      problems.push({
        file,
        field: '',
        found: `a file of ${(size / 1024 / 1024).toFixed(0)} MB`,
        expected: `papers of at most ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB (split it, or compress its images)`,
      });
      continue;
    }
    result.documents.set(file, size);
  }
  for (const path of budgetFiles) {
    if (relative(budgetsDir, path) === basename(path) || extname(path).toLowerCase() !== '.csv') continue;
    const table = readTable(root, path, problems);
    if (table) result.tables.set(table.file, table);
    else result.unreadableTables.add(posix(relative(root, path)));
  }
  return result;
}
