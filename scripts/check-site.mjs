#!/usr/bin/env node
// Looks for withheld text in a built site: every file, the compressed search index included.
// The build runs the same check before it swaps a site into place; this runs it on any folder.
// Usage: npm run check-site -- <site folder>   (content root: CONTENT_DIR, else content/;
// build date: BUILD_DATE, else today in London, as for validate and build)
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { existsSync, statSync } from 'node:fs';
import { contentRoot } from '../src/source/read.ts';
import { loadContentRoot } from '../src/publication/load.ts';
import { formatProblem } from '../src/domain/problems.ts';
import { buildDate } from '../src/publication/build-date.ts';
import { checkSite, formatFinding } from '../src/publication/site-check.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
if (!process.argv[2]) {
  console.error('check-site: no folder given; expected npm run check-site -- <site folder>');
  process.exit(1);
}
// npm runs scripts from the project folder; a path is taken from where the command was typed.
const site = resolve(process.env.INIT_CWD || process.cwd(), process.argv[2]);
if (!existsSync(site) || !statSync(site).isDirectory()) {
  console.error(`check-site: ${site}: no such folder; expected a built site`);
  process.exit(1);
}
const root = contentRoot(repo);
const { content, problems } = await loadContentRoot(root);
if (!content) {
  console.error(
    `check-site: ${root} has ${problems.length} problem${problems.length === 1 ? '' : 's'}, so what it withholds is not known`,
  );
  for (const p of problems) console.error(`  ${formatProblem(p)}`);
  process.exit(1);
}
const date = buildDate();
const { files, findings } = checkSite(site, content, date);
if (findings.length) {
  console.error(
    `${site}: withheld text of ${root} (as at ${date}) in ${new Set(findings.map((f) => f.output)).size} of ${files} files`,
  );
  for (const f of findings) console.error(`  ${formatFinding(f)}`);
  process.exit(1);
}
console.log(`${site}: no withheld text found in ${files} files (content ${root}, as at ${date})`);
