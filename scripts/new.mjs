#!/usr/bin/env node
// Starts a new entry in the content root (CONTENT_DIR, else content/): asks for the essentials in
// a terminal, or takes them as flags, writes the file with the right id and folder, checks it in
// the context of the whole root and says what to edit next. Never replaces a file; a file that
// would not pass the check is not left behind.
// Usage: npm run new -- <decision | meeting | forward-plan | person | fund-year> [--flag value ...]
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { contentRoot } from '../src/source/root.ts';
import { formatProblem } from '../src/domain/problems.ts';
import { FLAGS, KINDS, Refused, USAGE, planEntry } from './lib/new-entry.ts';
import { checkFile } from './lib/content-file.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const usage = ['Usage:', ...KINDS.map((k) => `  ${USAGE[k]}`)].join('\n');

function refuse(message) {
  console.error(message);
  process.exit(1);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: Object.fromEntries(FLAGS.map((f) => [f, { type: 'string' }])),
  });
} catch (err) {
  refuse(`new: ${err.message}\n${usage}`);
}
const [kind, extra] = args.positionals;
if (!KINDS.includes(kind))
  refuse(`new: found ${kind ? JSON.stringify(kind) : 'no kind'}; expected one of ${KINDS.join(', ')}\n${usage}`);
if (extra) refuse(`new: found ${JSON.stringify(extra)} after the kind; expected flags such as --title "..."\n${usage}`);

const root = contentRoot(repo);
const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
let plan;
try {
  plan = await planEntry(kind, root, args.values, interactive);
} catch (err) {
  if (err instanceof Refused) refuse(`Nothing was written: ${err.message}`);
  throw err;
}

// Write, then check in context; put everything back as it was if the new entry has problems.
const undo = () => {
  for (const w of plan.writes) {
    if (w.before !== undefined) writeFileSync(join(root, w.file), w.before);
    else rmSync(join(root, w.file), { force: true });
  }
};
for (const w of plan.writes) {
  mkdirSync(dirname(join(root, w.file)), { recursive: true });
  writeFileSync(join(root, w.file), w.text, w.before === undefined ? { flag: 'wx' } : {});
}
const checks = await Promise.all(plan.writes.map((w) => checkFile(root, join(root, w.file))));
const own = checks.flatMap((c) => c.own);
if (own.length) {
  undo();
  refuse(
    [
      `Nothing was written: the new entry would have ${own.length} problem${own.length === 1 ? '' : 's'}:`,
      ...own.map((p) => `  ${formatProblem(p)}`),
      'Run the command again with other values.',
    ].join('\n'),
  );
}
for (const w of plan.writes)
  console.log(
    w.change
      ? `${w.change} (${join(root, w.file)})`
      : `${w.before === undefined ? 'Wrote' : 'Added to'} ${join(root, w.file)}`,
  );
const elsewhere = checks[0].elsewhere;
console.log(
  `Checked in the context of ${root}: no problems in it${elsewhere ? ` (other files have ${elsewhere}; npm run validate lists them)` : ''}.`,
);
console.log('Next:');
for (const [i, step] of [...plan.next, `Check it again: npm run validate -- ${join(root, plan.file)}`].entries())
  console.log(`  ${i + 1}. ${step}`);
