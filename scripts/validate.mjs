#!/usr/bin/env node
// Checks a content root and prints every problem, each naming the file, the field,
// what was found and what was expected. Exits 1 if there is any.
// Usage: npm run validate [-- <content root>]   (default: CONTENT_DIR, else content/)
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { contentRoot } from '../src/source/read.ts';
import { loadContentRoot } from '../src/publication/load.ts';
import { saveMemos } from '../src/source/memo.ts';
import { formatProblem } from '../src/domain/problems.ts';
import { formatReview } from '../src/publication/papers.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// npm runs scripts from the project folder; a path is taken from where the command was typed.
const root = process.argv[2] ? resolve(process.env.INIT_CWD || process.cwd(), process.argv[2]) : contentRoot(repo);
const { content, problems, reviewed = [] } = await loadContentRoot(root);
saveMemos();
if (problems.length) {
  console.error(`${root}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  for (const p of problems) console.error(`  ${formatProblem(p)}`);
  process.exit(1);
}
const counts = ['bodies', 'people', 'meetings', 'forwardPlan', 'decisions', 'budgets', 'pages']
  .map((k) => `${content[k].length} ${k === 'forwardPlan' ? 'forward-plan entries' : k}`)
  .join(', ');
console.log(`${root}: no problems (${counts}, ${content.documents.size} documents)`);
for (const r of reviewed) console.log(`  Paper published with reviewed findings: ${formatReview(r)}`);
