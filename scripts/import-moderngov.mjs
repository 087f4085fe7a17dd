#!/usr/bin/env node
// Imports committees, meetings, agenda items, attendance and published decisions from a council's
// ModernGov web service (mgWebService.asmx) into a content root, and on later runs updates what
// changed and removes what the source withdrew. See docs/moderngov-import.md.
// Usage: npm run import:moderngov -- --site <address> --committee <id> [--committee <id> ...]
//          --from <YYYY-MM-DD> --to <YYYY-MM-DD> --out <content root>
//          [--partner <id>] [--councillors] [--download [--refresh-documents]] [--dry-run] [--delay <ms>] [--date <YYYY-MM-DD>]
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ImportRefused, formatSummary, runImport } from '../src/import/moderngov/run.ts';
import { SourceError } from '../src/import/moderngov/client.ts';
import { NotModernGov } from '../src/import/moderngov/xml.ts';

const usage =
  'Usage: npm run import:moderngov -- --site <address> --committee <id> [--committee <id> ...] --from <YYYY-MM-DD> --to <YYYY-MM-DD> --out <content root> [--partner <id>] [--councillors] [--download [--refresh-documents]] [--dry-run] [--delay <ms>] [--date <YYYY-MM-DD>]';
const refuse = (m) => {
  console.error(m);
  process.exit(1);
};
let args;
try {
  args = parseArgs({
    options: {
      site: { type: 'string' },
      committee: { type: 'string', multiple: true },
      from: { type: 'string' },
      to: { type: 'string' },
      out: { type: 'string' },
      partner: { type: 'string' },
      councillors: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      download: { type: 'boolean' },
      'refresh-documents': { type: 'boolean' },
      delay: { type: 'string' },
      date: { type: 'string' },
    },
  }).values;
} catch (err) {
  refuse(`import:moderngov: ${err.message}\n${usage}`);
}
const day = /^\d{4}-\d{2}-\d{2}$/;
const missing = ['site', 'committee', 'from', 'to', 'out'].filter((k) => !args[k]);
if (missing.length) refuse(`import:moderngov: expected ${missing.map((k) => `--${k}`).join(', ')}\n${usage}`);
for (const k of ['from', 'to', 'date'])
  if (args[k] && !day.test(args[k])) refuse(`import:moderngov: --${k} ${args[k]}: expected a date written YYYY-MM-DD`);
if (args.from > args.to) refuse(`import:moderngov: --from ${args.from} is after --to ${args.to}`);
if (args['refresh-documents'] && !args.download)
  refuse('import:moderngov: --refresh-documents works with --download: give both, or neither');
if (!/^https?:\/\//.test(args.site))
  refuse(`import:moderngov: --site ${args.site}: expected an address starting https:// or http://`);
const delay = args.delay === undefined ? 500 : Number(args.delay);
if (!Number.isInteger(delay) || delay < 0)
  refuse(`import:moderngov: --delay ${args.delay}: expected a whole number of milliseconds`);
const today =
  args.date ?? new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', dateStyle: 'short' }).format(new Date());

const tty = process.stderr.isTTY;
const progress = (done, total, what) => {
  if (!total) return;
  const width = 30;
  const filled = Math.round((done / total) * width);
  const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${done < total ? what : ''}`;
  if (tty) process.stderr.write(`\r${line.padEnd(70)}${done === total ? '\n' : ''}`);
  else if (done === total || done % 25 === 0) process.stderr.write(`${line}\n`);
};

try {
  const summary = await runImport({
    site: args.site,
    committees: args.committee,
    from: args.from,
    to: args.to,
    out: resolve(process.env.INIT_CWD || process.cwd(), args.out),
    partner: args.partner,
    councillors: Boolean(args.councillors),
    dryRun: Boolean(args['dry-run']),
    download: Boolean(args.download),
    refreshDocuments: Boolean(args['refresh-documents']),
    delay,
    today,
    progress,
  });
  console.log(formatSummary(summary, Boolean(args['dry-run'])));
  if (args['dry-run']) console.log('Dry run: no file was written or removed.');
} catch (err) {
  if (err instanceof SourceError || err instanceof NotModernGov || err instanceof ImportRefused)
    refuse(`Nothing was written: ${err.message}`);
  throw err;
}
