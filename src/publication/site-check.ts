/** Reads every file of a built site and looks for withheld text in it (see withheld.ts). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Content } from '../domain/content.ts';
import { outputViews, withheldFinder, withheldTexts, type Finding } from './withheld.ts';

/** Every file under dir, dotfiles included, as paths relative to dir with forward slashes. */
export function siteFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const ent of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, ent.name);
      if (ent.isDirectory()) walk(p);
      else out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

export function checkSite(dir: string, content: Content, buildDate: string): { files: number; findings: Finding[] } {
  const { withheld, public: pub } = withheldTexts(content, buildDate);
  const find = withheldFinder(withheld, pub);
  const files = siteFiles(dir);
  const findings = files.flatMap((path) => find(path, outputViews(path, readFileSync(join(dir, path)))));
  return { files: files.length, findings };
}

/** One finding for a publisher: the entry's file and field, and the output file. The text itself is not repeated. */
export function formatFinding(f: Finding): string {
  return `${f.file} (${f.field}): withheld text found in ${f.output}`;
}
