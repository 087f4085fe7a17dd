/**
 * Papers are read once per file: what the check found and the text a reader sees are kept
 * by the file's SHA-256 (and its extension, which picks the reader), so a rebuild reads only
 * new or changed papers. The cache is a folder of JSON files outside the site, by default
 * node_modules/.cache/jcb-papers in the working folder, or PAPER_CACHE_DIR; deleting it is
 * always safe. Only papers the model publishes are ever read, so it never holds withheld text.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readPaper, type PaperReading } from './check.ts';
import { extensionOf } from './type.ts';

/** Raise when the check or the text it reads changes, so that every paper is read again. */
export const READER_VERSION = 3;

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export function paperCacheDir(): string {
  return resolve(process.env.PAPER_CACHE_DIR ?? join('node_modules', '.cache', 'jcb-papers'));
}

export interface CachedReading extends PaperReading {
  sha256: string;
}

/** Where the reading of these bytes, under this name, is kept. */
const entryPath = (dir: string, file: string, hash: string) =>
  join(dir, `${hash}.${extensionOf(file).replace(/[^a-z0-9]/g, '')}.v${READER_VERSION}.json`);

/** Whether these bytes, under this name, have been read before. */
export const isCached = (file: string, bytes: Uint8Array, dir = paperCacheDir()) =>
  existsSync(entryPath(dir, file, sha256(bytes)));

/** Reads the paper at `path` into the cache, as cachedReading would: run in worker threads (pool.ts). */
export async function readIntoCache({ file, path }: { file: string; path: string }): Promise<true> {
  await cachedReading(file, readFileSync(path));
  return true;
}

/** The reading of a paper, from the cache when this file has been read before. */
export async function cachedReading(file: string, bytes: Uint8Array, dir = paperCacheDir()): Promise<CachedReading> {
  const hash = sha256(bytes);
  const path = entryPath(dir, file, hash);
  try {
    return { ...(JSON.parse(readFileSync(path, 'utf8')) as PaperReading), sha256: hash };
  } catch {
    // Not read before (or the entry is damaged): read the file.
  }
  const reading = await readPaper(file, bytes);
  try {
    mkdirSync(dir, { recursive: true });
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(reading));
    renameSync(temp, path);
  } catch {
    // A cache that cannot be written only makes the next build slower.
  }
  return { ...reading, sha256: hash };
}
