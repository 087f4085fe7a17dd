/**
 * One file of a content root, checked in the context of the whole root: the root is found by
 * walking up from the file to the folder holding site.yaml (else CONTENT_DIR, when the file is
 * inside it), every file is checked as npm run validate checks them, and the problems kept are
 * the file's own and those in other files that name it (a meeting listing a decision that no
 * longer reads, say). Used by npm run validate -- <file> and npm run new.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Problem } from '../../src/domain/problems.ts';
import { loadContentRoot } from '../../src/publication/load.ts';
import { contentRoot } from '../../src/source/root.ts';
import { saveMemos } from '../../src/source/memo.ts';

const inside = (folder: string, path: string) => {
  const r = relative(folder, path);
  return r !== '' && !r.startsWith(`..${sep}`) && r !== '..' && !isAbsolute(r);
};

/** The content root a file belongs to: the nearest folder above it with site.yaml, else CONTENT_DIR (or content/) when it holds the file. */
export function rootOf(file: string, repo: string): string | undefined {
  for (let dir = dirname(resolve(file)); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'site.yaml')) && statSync(join(dir, 'site.yaml')).isFile()) return dir;
    if (dirname(dir) === dir) break;
  }
  const configured = contentRoot(repo);
  return inside(configured, resolve(file)) ? configured : undefined;
}

/** Whether the site reads the file: names starting with _ or a dot, and everything in such folders, are ignored. */
export function ignoredPart(root: string, file: string): string | undefined {
  return relative(root, file)
    .split(sep)
    .find((part) => part.startsWith('_') || part.startsWith('.'));
}

export interface FileCheck {
  /** The file, as problems name it: relative to the root, with forward slashes. */
  file: string;
  /** Problems in the file itself. */
  own: Problem[];
  /** Problems in other files that name this one (its id, or its path). */
  naming: Problem[];
  /** Problems elsewhere in the root that have nothing to do with it. */
  elsewhere: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Checks the whole root, then keeps what concerns `file` (a path inside it). */
export async function checkFile(root: string, file: string): Promise<FileCheck> {
  const rel = relative(root, resolve(file)).split(sep).join('/');
  const { problems } = await loadContentRoot(root);
  saveMemos();
  const id = basename(rel, extname(rel));
  // Other files name an entry by its id in quotes ("jcb-2024-001"), a table by its path.
  const names = [new RegExp(`"${escape(id)}"`), new RegExp(escape(rel.replace(/^budgets\//, '')))];
  const own = problems.filter((p) => p.file === rel);
  const naming = problems.filter(
    (p) => p.file !== rel && rel !== 'site.yaml' && names.some((n) => n.test(`${p.found} ${p.expected}`)),
  );
  return { file: rel, own, naming, elsewhere: problems.length - own.length - naming.length };
}
