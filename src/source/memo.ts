/**
 * Work kept between builds and between the two processes of one build: an entry's parsed front
 * matter, a body's rendered HTML. Each result is kept under a digest of exactly what it was
 * worked out from (the file's path and text, the body's text), so it is only ever reused for the
 * same input. Each kind of work also carries a digest of the code that does it (the modules named
 * and the locked package versions), so changing that code, or upgrading a parser, starts afresh.
 *
 * The validate step of a build reads and renders the whole content root, then saves; Astro's
 * process, started next, finds every result there instead of working it out a second time; a
 * daily rebuild works out only what changed. The memo is kept per content root in
 * node_modules/.cache/jcb-memo (or MEMO_DIR), which holds what the content root holds, like
 * Astro's own data store; it is never part of the site. Deleting it is always safe, and
 * JCB_MEMO=off turns it off (for measuring a build from nothing).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { contentRoot } from './root.ts';

export const digest = (text: string) => createHash('sha256').update(text).digest('base64url');

interface Memo {
  path: string;
  version: string;
  /** Results loaded from the last save. */
  before: Map<string, unknown>;
  /** Results used or worked out in this process: what the next save keeps. */
  now: Map<string, unknown>;
  added: boolean;
}

const memos = new Map<string, Memo>();
/** Where this process keeps results: unset until the reader names the root (or a lookup needs one). */
let folder: string | undefined | null = null;

/**
 * Keeps results for this content root from now on (the reader calls it first). The code
 * digests are read from the working folder, where npm, Astro and the tests run; elsewhere, or
 * when JCB_MEMO=off, nothing is kept and everything is worked out.
 */
export function useMemo(root: string): void {
  const off = process.env.JCB_MEMO === 'off' || !existsSync('package-lock.json');
  const dir = off
    ? undefined
    : resolve(process.env.MEMO_DIR ?? join('node_modules', '.cache', 'jcb-memo'), digest(resolve(root)).slice(0, 16));
  if (dir !== folder) memos.clear();
  folder = dir;
}

const versions = new Map<string, string | null>();
/** A digest of the code that does a kind of work, or null when a module cannot be read. */
function versionOf(code: readonly string[]): string | null {
  const key = code.join('\n');
  if (!versions.has(key)) {
    try {
      versions.set(key, digest(['package-lock.json', ...code].map((f) => readFileSync(f, 'utf8')).join('\0')));
    } catch {
      versions.set(key, null);
    }
  }
  return versions.get(key)!;
}

function memoOf(name: string, code: readonly string[]): Memo | undefined {
  // Astro's pages run in a bundle of their own, with their own copy of this module: they keep
  // results for the root the build reads (CONTENT_DIR), as the reader does.
  if (folder === null) useMemo(contentRoot(process.cwd()));
  if (!folder) return undefined;
  const version = versionOf(code);
  if (!version) return undefined;
  let memo = memos.get(name);
  if (!memo) {
    const path = join(folder, `${name}.v8`);
    let before = new Map<string, unknown>();
    try {
      const saved = deserialize(readFileSync(path)) as { version: string; results: Map<string, unknown> };
      if (saved.version === version && saved.results instanceof Map) before = saved.results;
    } catch {
      // Never saved, damaged or from other code: start afresh.
    }
    memo = { path, version, before, now: new Map(), added: false };
    memos.set(name, memo);
  }
  return memo;
}

/**
 * The result of `work` for `key`, kept under `name`; `code` lists the modules (paths from the
 * working folder) whose code decides the result. `work` must depend on `key` alone.
 */
export function memoized<T>(name: string, code: readonly string[], key: string, work: () => T): T {
  const memo = memoOf(name, code);
  if (!memo) return work();
  if (memo.now.has(key)) return memo.now.get(key) as T;
  if (memo.before.has(key)) {
    const kept = memo.before.get(key) as T;
    memo.now.set(key, kept);
    return kept;
  }
  const result = work();
  memo.now.set(key, result);
  memo.added = true;
  return result;
}

/** Writes what this process used or worked out, so results no longer needed are dropped. */
export function saveMemos(): void {
  for (const memo of memos.values()) {
    if (!memo.added && memo.now.size === memo.before.size) continue;
    try {
      mkdirSync(join(memo.path, '..'), { recursive: true });
      const temp = `${memo.path}.${process.pid}.tmp`;
      writeFileSync(temp, serialize({ version: memo.version, results: memo.now }));
      renameSync(temp, memo.path);
      memo.before = memo.now;
      memo.now = new Map(memo.before);
      memo.added = false;
    } catch {
      // A memo that cannot be written only makes the next build slower.
    }
  }
}

/** Which of `keys` have no result kept under `name` (see memoized). */
export function memoMisses(name: string, code: readonly string[], keys: string[]): Set<string> {
  const memo = memoOf(name, code);
  return new Set(memo ? keys.filter((k) => !memo.now.has(k) && !memo.before.has(k)) : []);
}

/** Keeps a result worked out elsewhere (in a worker thread) exactly as memoized would have. */
export function memoKeep(name: string, code: readonly string[], key: string, result: unknown): void {
  const memo = memoOf(name, code);
  if (!memo) return;
  memo.now.set(key, result);
  memo.added = true;
}
