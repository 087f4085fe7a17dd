// The bad content roots of test/fixtures/bad/: each case folder holds only what differs from
// test/fixtures/minimal/ (an overlay), its expect.json, and, if files of minimal/ must go, an
// overlay.yaml listing them. badRoot() lays minimal/ plus the overlay out in a folder of its own.
import {
  copyFileSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

export const fixtures = join(import.meta.dirname, '..', 'fixtures');
const minimal = join(fixtures, 'minimal');
const cases = join(fixtures, 'bad');

/** What a case expects: the file and field a problem must name, and the mistake in words. */
export interface BadExpectation {
  file: string;
  field: string;
  why: string;
}

/** The files of a case folder that are not content. */
const CASE_FILES = new Set(['expect.json', 'overlay.yaml']);

/** Every case name, sorted. */
export function badCases(): string[] {
  return readdirSync(cases)
    .filter((n) => existsSync(join(cases, n, 'expect.json')))
    .sort();
}

export function badExpectation(name: string): BadExpectation {
  return JSON.parse(readFileSync(join(cases, name, 'expect.json'), 'utf8'));
}

/** The paths, relative to the content root, that the case removes from minimal/. */
export function badRemovals(name: string): string[] {
  const file = join(cases, name, 'overlay.yaml');
  if (!existsSync(file)) return [];
  const overlay = (parse(readFileSync(file, 'utf8')) ?? {}) as { remove?: string[] };
  return overlay.remove ?? [];
}

/** Copies src over dest: files byte for byte, symbolic links as links, a folder replacing a file and the reverse. */
function overlay(src: string, dest: string, top: boolean): void {
  for (const name of readdirSync(src)) {
    if (top && CASE_FILES.has(name)) continue;
    const from = join(src, name);
    const to = join(dest, name);
    const stat = lstatSync(from);
    const there = existsSync(to) || isLink(to) ? lstatSync(to) : undefined;
    if (stat.isDirectory()) {
      if (there && !there.isDirectory()) rmSync(to, { force: true });
      mkdirSync(to, { recursive: true });
      overlay(from, to, false);
    } else {
      if (there) rmSync(to, { recursive: true, force: true });
      if (stat.isSymbolicLink()) symlinkSync(readlinkSync(from), to);
      else copyFileSync(from, to);
    }
  }
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * A fresh content root, named after the case, holding minimal/ with the case laid over it, in a
 * new folder under parent; the caller may change it, and removes parent when done.
 */
export function badRoot(name: string, parent = tmpdir()): string {
  const src = join(cases, name);
  if (!existsSync(join(src, 'expect.json'))) throw new Error(`no bad fixture named ${name}`);
  const root = join(mkdtempSync(join(parent, 'bad-')), name);
  cpSync(minimal, root, { recursive: true, verbatimSymlinks: true });
  for (const path of badRemovals(name)) {
    const target = join(root, path);
    if (!existsSync(target) && !isLink(target))
      throw new Error(`${name}/overlay.yaml removes ${path}, which minimal/ lacks`);
    rmSync(target, { recursive: true, force: true });
  }
  overlay(src, root, true);
  return root;
}
