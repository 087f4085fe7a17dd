/**
 * Reads a content root from disk: files, front matter, YAML and CSV, ids and
 * duplicates. Shape and meaning are checked later (schemas, then integrity).
 * Used by the Astro loaders and by the validate command, so both see the same.
 */
import { readdirSync, readFileSync, statSync, lstatSync, realpathSync, existsSync, type Stats } from 'node:fs';
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

/** Largest paper or image the site publishes; larger files are refused rather than read. */
export const MAX_DOCUMENT_BYTES = 200 * 1024 * 1024;
/** Largest entry, table or settings file. */
export const MAX_TEXT_BYTES = 5 * 1024 * 1024;

/** Why a file or folder name cannot be part of a web address, or undefined when it can. */
export function unsafeName(name: string): string | undefined {
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'a control character';
  if (/[%?#\\]/.test(name)) return `"${name.match(/[%?#\\]/)![0]}"`;
  return undefined;
}

/** Is path (a real path) the folder root or inside it? */
const inside = (root: string, path: string) => path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);

/**
 * Walks a content root's folders. A symbolic link is followed only when it resolves inside
 * the content root; any other link, and any name a web address cannot carry, is a problem
 * naming the file, so nothing is published from outside the root and nothing is dropped silently.
 */
class Walker {
  readonly root: string;
  readonly real: string;
  readonly problems: Problem[];
  constructor(root: string, problems: Problem[]) {
    this.root = root;
    this.real = realpathSync(root);
    this.problems = problems;
  }

  /** The file or folder at path, following a link that stays inside the root; undefined (with a problem) otherwise. */
  stat(path: string): { stats: Stats; real: string } | undefined {
    const file = posix(relative(this.root, path));
    let stats: Stats;
    try {
      stats = lstatSync(path);
    } catch {
      return undefined;
    }
    if (!stats.isSymbolicLink()) return { stats, real: path };
    let real: string;
    try {
      real = realpathSync(path);
    } catch {
      this.problems.push({
        file,
        field: '',
        found: 'a symbolic link to something that does not exist',
        expected: 'a real file or folder inside the content root',
      });
      return undefined;
    }
    if (!inside(this.real, real)) {
      this.problems.push({
        file,
        field: '',
        found: `a symbolic link to ${real}, outside the content root`,
        expected: 'files and folders inside the content root only (copy the file in rather than linking to it)',
      });
      return undefined;
    }
    // A link may not reach what the walk skips: _ notes, dot folders such as .git.
    const hidden = relative(this.real, real)
      .split(sep)
      .find((part) => ignored(part));
    if (hidden) {
      this.problems.push({
        file,
        field: '',
        found: `a symbolic link to ${posix(relative(this.real, real))}, inside ${hidden}, which the site ignores`,
        expected: 'links only to files and folders the site reads (not to names starting with _ or a dot)',
      });
      return undefined;
    }
    return { stats: statSync(real), real };
  }

  /** Every file below dir, skipping names that start with _ or a dot; each real folder once. */
  files(dir: string, seen = new Set<string>()): string[] {
    const at = this.stat(dir);
    if (!at || !at.stats.isDirectory()) return [];
    if (seen.has(at.real)) return [];
    seen.add(at.real);
    const out: string[] = [];
    for (const name of readdirSync(dir).sort((a, b) => a.localeCompare(b))) {
      if (ignored(name)) continue;
      const path = join(dir, name);
      const bad = unsafeName(name);
      if (bad) {
        this.problems.push({
          file: posix(relative(this.root, path)),
          field: '',
          found: `a name holding ${bad}, which a web address cannot carry`,
          expected: 'file and folder names of letters, digits, spaces, hyphens, underscores and dots',
        });
        continue;
      }
      const entry = this.stat(path);
      if (!entry) continue;
      if (entry.stats.isDirectory()) {
        out.push(...this.files(path, seen));
      } else if (entry.stats.isFile()) out.push(path);
    }
    return out;
  }
}

/** Offset of the first byte that is not valid UTF-8, or -1. */
export function invalidUtf8At(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    const n = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (n < 0 || i + n >= bytes.length) return i;
    for (let k = 1; k <= n; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    // Overlong forms, surrogates and code points past U+10FFFF.
    if (
      (b === 0xe0 && bytes[i + 1] < 0xa0) ||
      (b === 0xed && bytes[i + 1] > 0x9f) ||
      (b === 0xf0 && bytes[i + 1] < 0x90) ||
      (b === 0xf4 && bytes[i + 1] > 0x8f)
    )
      return i;
    i += n + 1;
  }
  return -1;
}

/** A text file as UTF-8, or undefined with a problem naming the line where it is not. */
function readText(path: string, file: string, problems: Problem[]): string | undefined {
  let bytes: Buffer;
  try {
    const size = statSync(path).size;
    if (size > MAX_TEXT_BYTES) {
      problems.push({
        file,
        field: '',
        found: `a file of ${(size / 1024 / 1024).toFixed(1)} MB`,
        expected: `at most ${MAX_TEXT_BYTES / 1024 / 1024} MB for an entry, table or settings file (put long material in a paper under documents/)`,
      });
      return undefined;
    }
    bytes = readFileSync(path);
  } catch (e) {
    problems.push({
      file,
      field: '',
      found: `a file that cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
      expected: 'a readable file',
    });
    return undefined;
  }
  const bad = invalidUtf8At(bytes);
  if (bad >= 0) {
    const line = bytes.subarray(0, bad).filter((c) => c === 0x0a).length + 1;
    problems.push({
      file,
      field: '',
      found: `text that is not UTF-8 at line ${line} (byte 0x${bytes[bad].toString(16).padStart(2, '0')}, as Windows-1252 or Latin-1 editors write)`,
      expected: 'a file saved as UTF-8 (in your editor: Save as, Encoding: UTF-8)',
    });
    return undefined;
  }
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

function parseYaml(
  text: string,
  file: string,
  problems: Problem[],
  lineOffset = 0,
): Record<string, unknown> | undefined {
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
  let data: unknown;
  try {
    // A few aliases are ordinary YAML; thousands are an attack that expands to gigabytes.
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    problems.push({
      file,
      field: '',
      found: `YAML that cannot be expanded (${(e as Error).message})`,
      expected: 'YAML without chains of aliases (*name) that expand without end',
    });
    return undefined;
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ file, field: '', found: describe(data), expected: 'a set of fields (name: value)' });
    return undefined;
  }
  return data as Record<string, unknown>;
}

/** A line that is exactly `---`, trailing spaces or tabs allowed. */
const FENCE = /^---[ \t]*$/;

/**
 * Splits front matter from a Markdown body. The block opens with a first line that is
 * exactly `---` and closes at the next line that is exactly `---`; a line that merely starts
 * or ends with dashes (a comment such as `# --- publication control ---`) is part of it.
 */
export function splitFrontMatter(text: string): { front: string; body: string } | undefined {
  const src = text.replace(/^\uFEFF/, '');
  const lines = src.split('\n');
  const strip = (line: string) => line.replace(/\r$/, '');
  if (lines.length < 2 || !FENCE.test(strip(lines[0]))) return undefined;
  const close = lines.findIndex((line, i) => i > 0 && FENCE.test(strip(line)));
  if (close < 0) return undefined;
  return { front: lines.slice(1, close).map(strip).join('\n'), body: lines.slice(close + 1).join('\n') };
}

function readEntry(root: string, path: string, problems: Problem[]): SourceEntry | undefined {
  const file = posix(relative(root, path));
  const text = readText(path, file, problems);
  if (text === undefined) return undefined;
  const id = basename(path, extname(path));
  let data: Record<string, unknown> | undefined;
  let body: string | undefined;
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
    data = parseYaml(split.front, file, problems, 1);
    body = split.body;
  } else {
    data = parseYaml(text, file, problems);
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
  return { id, file, data, body };
}

/** Longest text in any one field; summaries and minutes are far shorter, bodies and papers are for long text. */
export const MAX_FIELD_CHARS = 20_000;

/** Dotted paths of fields whose text is longer than MAX_FIELD_CHARS. */
function longTexts(value: unknown, path: string[] = []): string[] {
  if (typeof value === 'string') return value.length > MAX_FIELD_CHARS ? [path.join('.')] : [];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => longTexts(v, [...path, k]));
  return [];
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
