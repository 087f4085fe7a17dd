#!/usr/bin/env node
// Checks a content root and prints every problem, each naming the file, the field,
// what was found and what was expected. Exits 1 if there is any.
// Given one file, checks it in the context of its content root (the folder above it holding
// site.yaml, else CONTENT_DIR) and prints only the problems in that file and those elsewhere that
// name it; exits 1 if there is any.
// Usage: npm run validate [-- <content root> | <file>]   (default: CONTENT_DIR, else content/)
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { existsSync, statSync } from 'node:fs';
import { contentRoot } from '../src/source/read.ts';
import { loadContentRoot } from '../src/publication/load.ts';
import { saveMemos } from '../src/source/memo.ts';
import { formatProblem } from '../src/domain/problems.ts';
import { formatReview } from '../src/publication/papers.ts';
import { checkFile, ignoredPart, rootOf } from './lib/content-file.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// npm runs scripts from the project folder; a path is taken from where the command was typed.
const target = process.argv[2] ? resolve(process.env.INIT_CWD || process.cwd(), process.argv[2]) : undefined;
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

if (target && existsSync(target) && statSync(target).isFile()) {
  const root = rootOf(target, repo);
  if (!root) {
    console.error(
      `${target}: found no site.yaml in its folder or any folder above it; expected a file inside a content root (or set CONTENT_DIR to the content root that holds it)`,
    );
    process.exit(1);
  }
  const hidden = ignoredPart(root, target);
  if (hidden) {
    console.error(
      `${target}: not checked, because the site ignores it (${hidden} starts with ${hidden[0]}); copy it to a name of its own, without the ${hidden[0]}, to use it`,
    );
    process.exit(1);
  }
  const { file, own, naming, elsewhere } = await checkFile(root, target);
  const found = own.length + naming.length;
  if (found) {
    console.error(`${file} (in ${root}): ${plural(found, 'problem')}`);
    for (const p of own) console.error(`  ${formatProblem(p)}`);
    if (naming.length) {
      console.error(`  In other files that refer to it:`);
      for (const p of naming) console.error(`    ${formatProblem(p)}`);
    }
  } else console.log(`${file} (in ${root}): no problems`);
  if (elsewhere)
    console.log(
      `  Other files in ${root} have ${plural(elsewhere, 'problem')}; npm run validate -- ${root} lists them all.`,
    );
  process.exit(found ? 1 : 0);
}

const root = target ?? contentRoot(repo);
const { content, problems, reviewed = [] } = await loadContentRoot(root);
saveMemos();
if (problems.length) {
  console.error(`${root}: ${plural(problems.length, 'problem')}`);
  for (const p of problems) console.error(`  ${formatProblem(p)}`);
  process.exit(1);
}
const counts = ['bodies', 'people', 'meetings', 'forwardPlan', 'decisions', 'budgets', 'pages']
  .map((k) => `${content[k].length} ${k === 'forwardPlan' ? 'forward-plan entries' : k}`)
  .join(', ');
console.log(`${root}: no problems (${counts}, ${content.documents.size} documents)`);
for (const r of reviewed) console.log(`  Paper published with reviewed findings: ${formatReview(r)}`);
