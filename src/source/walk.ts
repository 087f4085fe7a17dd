/**
 * Walks a content root's folders: which names are read, which links are followed, and
 * which names a web address cannot carry.
 */
import { readdirSync, statSync, lstatSync, realpathSync, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Problem } from '../domain/problems.ts';

export const posix = (p: string) => p.split(sep).join('/');
export const ignored = (name: string) => name.startsWith('_') || name.startsWith('.');

/** Largest paper or image the site publishes; larger files are refused rather than read. */
export const MAX_DOCUMENT_BYTES = 200 * 1024 * 1024;

/** Why a file or folder name cannot be part of a web address, or undefined when it can. */
export function unsafeName(name: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- control characters are what this refuses
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
export class Walker {
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
