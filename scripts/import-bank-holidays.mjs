#!/usr/bin/env node
// Regenerates src/domain/data/bank-holidays.ts from a CSV of `date,name` rows (the project's
// England and Wales list, kept in src/domain/data/bank-holidays-england-and-wales.csv).
// Usage: node scripts/import-bank-holidays.mjs <csv> <first> <last>
// where first and last are the dates the list is known to cover completely.
//
// To add a year: put its rows in the CSV (GOV.UK's list when it gives the year, otherwise the
// rules' rows, printed by `node scripts/import-bank-holidays.mjs --rules <year> <year>`, which
// needs the project's Node 22), say in SOURCES below where they came from, and rerun with the new
// last date. test/unit/bank-holiday-rules.test.ts checks every year of the CSV against the rules.
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

// Where each year's rows came from, for the generated file's header. A year the list is asked to
// cover must be here, so the header never claims more than is known about a year.
const SOURCES = [
  { from: 2000, to: 2016, source: 'the statutory rules and proclamations' },
  { from: 2017, to: 2028, source: "GOV.UK's published list" },
  { from: 2029, to: 2030, source: 'the statutory rules' },
];
const RULES = 'src/domain/bank-holiday-rules.ts';
const repo = fileURLToPath(new URL('..', import.meta.url));
const USAGE = [
  'usage: node scripts/import-bank-holidays.mjs <csv> <first YYYY-MM-DD> <last YYYY-MM-DD>',
  `       node scripts/import-bank-holidays.mjs --rules <first year> <last year>  (prints ${RULES}'s rows)`,
].join('\n');

const fail = (message) => {
  console.error(message);
  process.exit(1);
};

const args = process.argv.slice(2);
if (args[0] === '--rules') await printRules(args.slice(1));
else importCsv(args);

/** Prints the rules' holidays for a span of years as CSV rows without a header, to add to the CSV. */
async function printRules([from, to]) {
  if (!/^\d{4}$/.test(from ?? '') || !/^\d{4}$/.test(to ?? '') || +from > +to) fail(USAGE);
  // Imported only here, so importing a CSV still works on a Node that cannot load TypeScript.
  const { bankHolidaysOf } = await import(new URL(`../${RULES}`, import.meta.url).href).catch((err) =>
    fail(`cannot load ${RULES} (${err.code ?? err.message}); run this with Node 22, node_modules/.bin/node`),
  );
  const rows = [];
  for (let year = +from; year <= +to; year++) rows.push(...bankHolidaysOf(year).map((h) => [h.date, h.name]));
  process.stdout.write(stringify(rows));
}

function importCsv([csv, first, last]) {
  if (!csv || !/^\d{4}-\d{2}-\d{2}$/.test(first ?? '') || !/^\d{4}-\d{2}-\d{2}$/.test(last ?? '')) fail(USAGE);
  const rows = parse(readFileSync(csv, 'utf8'), { columns: true, skip_empty_lines: true, trim: true })
    .filter((r) => r.date >= first && r.date <= last)
    .sort((a, b) => a.date.localeCompare(b.date));
  const firstYear = +first.slice(0, 4);
  const lastYear = +last.slice(0, 4);
  for (let year = firstYear; year <= lastYear; year++) {
    if (!SOURCES.some((s) => s.from <= year && year <= s.to))
      fail(`${year} has no entry in SOURCES in scripts/import-bank-holidays.mjs; say where its holidays came from`);
    if (!rows.some((r) => r.date.startsWith(`${year}-`))) fail(`${csv} has no bank holidays in ${year}`);
  }
  // Only the spans the list covers, clipped to it, so the header describes what is in the file.
  const provenance = SOURCES.filter((s) => s.to >= firstYear && s.from <= lastYear)
    .map((s) => {
      const from = Math.max(s.from, firstYear);
      const to = Math.min(s.to, lastYear);
      return `${from === to ? from : `${from}-${to}`} from ${s.source}`;
    })
    .join(', ');
  const lines = rows.map((r) => `  ['${r.date}', ${JSON.stringify(r.name)}],`);
  writeFileSync(
    new URL('../src/domain/data/bank-holidays.ts', import.meta.url),
    [
      `// England and Wales bank holidays: ${provenance}.`,
      `// The rules and proclamations are in ${RULES}.`,
      `// Made from ${relative(repo, resolve(csv))} by scripts/import-bank-holidays.mjs; do not edit by hand.`,
      `export const BANK_HOLIDAYS_FIRST = '${first}';`,
      `export const BANK_HOLIDAYS_LAST = '${last}';`,
      'export const BANK_HOLIDAYS: ReadonlyArray<readonly [string, string]> = [',
      ...lines,
      '];',
      '',
    ].join('\n'),
  );
  console.log(`${lines.length} bank holidays from ${first} to ${last}`);
}
