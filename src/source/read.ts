/**
 * Reads a content root from disk: files, front matter, YAML and CSV, ids and
 * duplicates. Shape and meaning are checked later (schemas, then integrity).
 * Used by the Astro loaders and by the validate command, so both see the same.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative, sep, basename, extname, resolve, isAbsolute } from 'node:path';
import { parseDocument } from 'yaml';
import { parse as parseCsv } from 'csv-parse/sync';
import { ID_PATTERN } from '../schemas/common.ts';
import { type Problem, describe } from '../domain/problems.ts';

export const COLLECTIONS = {
  bodies: { dir: 'bodies', ext: ['.md'] },
  people: { dir: 'people', ext: ['.yaml', '.yml'] },
  meetings: { dir: 'meetings', ext: ['.md'] },
  forwardPlan: { dir: 'forward-plan', ext: ['.md'] },
  decisions: { dir: 'decisions', ext: ['.md'] },
  budgets: { dir: 'budgets', ext: ['.yaml', '.yml'], shallow: true },
  pages: { dir: 'pages', ext: ['.md', '.mdx'] },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;

export interface SourceEntry {
  id: string;
  /** Relative to the content root, with forward slashes. */
  file: string;
  data: Record<string, unknown>;
  body?: string;
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

/** The content root: CONTENT_DIR (absolute or relative to the repository), else content/. */
export function contentRoot(repoRoot: string, env: Record<string, string | undefined> = process.env): string {
  const dir = env.CONTENT_DIR?.trim();
  if (!dir) return resolve(repoRoot, 'content');
  return isAbsolute(dir) ? dir : resolve(repoRoot, dir);
}

const posix = (p: string) => p.split(sep).join('/');
const ignored = (name: string) => name.startsWith('_') || name.startsWith('.');

/** Every file below dir, skipping names that start with _ or a dot. */
function walk(dir: string, shallow = false): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const ent of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (ignored(ent.name)) continue;
    const path = join(dir, ent.name);
    if (ent.isDirectory()) {
      if (!shallow) out.push(...walk(path));
    } else if (ent.isFile()) out.push(path);
  }
  return out;
}

function parseYaml(text: string, file: string, problems: Problem[], lineOffset = 0): Record<string, unknown> | undefined {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length) {
    for (const e of doc.errors) {
      const line = (e.linePos?.[0]?.line ?? 0) + lineOffset;
      problems.push({
        file,
        field: '',
        found: `YAML that does not parse${line ? ` at line ${line}` : ''} (${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')})`,
        expected: 'valid YAML: check indentation, colons and closing quotes',
      });
    }
    return undefined;
  }
  const data = doc.toJS();
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ file, field: '', found: describe(data), expected: 'a set of fields (name: value)' });
    return undefined;
  }
  return data as Record<string, unknown>;
}

/** Splits `---` front matter from a Markdown body. */
export function splitFrontMatter(text: string): { front: string; body: string } | undefined {
  const src = text.replace(/^\uFEFF/, '');
  const m = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(src);
  if (!m) return undefined;
  return { front: m[1], body: src.slice(m[0].length) };
}

function readEntry(root: string, path: string, problems: Problem[]): SourceEntry | undefined {
  const file = posix(relative(root, path));
  const text = readFileSync(path, 'utf8');
  const id = basename(path, extname(path));
  let data: Record<string, unknown> | undefined;
  let body: string | undefined;
  if (/\.mdx?$/.test(path)) {
    const split = splitFrontMatter(text);
    if (!split) {
      problems.push({ file, field: '', found: 'no front matter', expected: 'the file to start with a --- line, its fields, and a closing --- line' });
      return undefined;
    }
    data = parseYaml(split.front, file, problems, 1);
    body = split.body;
  } else {
    data = parseYaml(text, file, problems);
  }
  if (!data) return undefined;
  return { id, file, data, body };
}

function readTable(root: string, path: string, problems: Problem[]): SourceTable | undefined {
  const file = posix(relative(root, path));
  try {
    const records: string[][] = parseCsv(readFileSync(path, 'utf8'), {
      bom: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: false,
    });
    if (records.length === 0) {
      problems.push({ file, field: '', found: 'an empty file', expected: 'a header row: scheme, then one column per partner id' });
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
    problems.push({ file: root, field: '', found: 'no such folder', expected: 'a content root folder holding site.yaml' });
    return result;
  }
  const sitePath = join(root, 'site.yaml');
  if (!existsSync(sitePath)) {
    problems.push({ file: 'site.yaml', field: '', found: 'no site.yaml', expected: 'site.yaml at the top of the content root, with title, url and partners' });
  } else {
    result.site = readEntry(root, sitePath, problems);
  }

  for (const [name, spec] of Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]) {
    const seen = new Map<string, string>();
    for (const path of walk(join(root, spec.dir), 'shallow' in spec && spec.shallow)) {
      const file = posix(relative(root, path));
      const ext = extname(path).toLowerCase();
      if (!(spec.ext as readonly string[]).includes(ext)) {
        problems.push({ file, field: '', found: `a ${ext || 'extensionless'} file in ${spec.dir}/`, expected: `${spec.ext.join(' or ')} files only (start a name with _ to keep notes beside them)` });
        continue;
      }
      const id = basename(path, extname(path));
      if (!ID_PATTERN.test(id)) {
        problems.push({ file, field: 'id', found: describe(id), expected: 'a file name of lower-case letters, digits and hyphens (the name is the id)' });
        continue;
      }
      const other = seen.get(id);
      if (other) {
        problems.push({ file, field: 'id', found: `"${id}", already used by ${other}`, expected: `ids unique within ${spec.dir}/, however deep the folders` });
        continue;
      }
      seen.set(id, file);
      const entry = readEntry(root, path, problems);
      if (entry) result.entries[name].push(entry);
      else result.unreadable[name].push(id);
    }
  }

  for (const path of walk(join(root, 'documents'))) {
    result.documents.set(posix(relative(root, path)), statSync(path).size);
  }
  const budgetsDir = join(root, 'budgets');
  if (existsSync(budgetsDir)) {
    for (const ent of readdirSync(budgetsDir, { withFileTypes: true })) {
      if (!ent.isDirectory() || ignored(ent.name)) continue;
      for (const path of walk(join(budgetsDir, ent.name))) {
        if (extname(path).toLowerCase() !== '.csv') continue;
        const table = readTable(root, path, problems);
        if (table) result.tables.set(table.file, table);
        else result.unreadableTables.add(posix(relative(root, path)));
      }
    }
  }
  return result;
}
