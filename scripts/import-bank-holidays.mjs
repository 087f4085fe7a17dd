#!/usr/bin/env node
// Regenerates src/domain/data/bank-holidays.ts from a CSV of `date,name` rows
// (GOV.UK's England and Wales list, kept in src/domain/data/bank-holidays-england-and-wales.csv).
// Usage: node scripts/import-bank-holidays.mjs <csv> <first> <last>
// where first and last are the dates the list is known to cover completely.
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

const [csv, first, last] = process.argv.slice(2);
if (!csv || !/^\d{4}-\d{2}-\d{2}$/.test(first ?? '') || !/^\d{4}-\d{2}-\d{2}$/.test(last ?? '')) {
  console.error('usage: node scripts/import-bank-holidays.mjs <csv> <first YYYY-MM-DD> <last YYYY-MM-DD>');
  process.exit(1);
}
const rows = parse(readFileSync(csv, 'utf8'), { columns: true, skip_empty_lines: true, trim: true });
const lines = rows
  .filter((r) => r.date >= first && r.date <= last)
  .sort((a, b) => a.date.localeCompare(b.date))
  .map((r) => `  ['${r.date}', ${JSON.stringify(r.name)}],`);
writeFileSync(
  new URL('../src/domain/data/bank-holidays.ts', import.meta.url),
  [
    '// England and Wales bank holidays, from GOV.UK to 2028 and the statutory rules for 2029-2030.',
    '// Made from the shared bank-holiday list by scripts/import-bank-holidays.mjs; do not edit by hand.',
    `export const BANK_HOLIDAYS_FIRST = '${first}';`,
    `export const BANK_HOLIDAYS_LAST = '${last}';`,
    'export const BANK_HOLIDAYS: ReadonlyArray<readonly [string, string]> = [',
    ...lines,
    '];',
    '',
  ].join('\n'),
);
console.log(`${lines.length} bank holidays from ${first} to ${last}`);
