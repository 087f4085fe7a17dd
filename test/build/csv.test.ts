// No CSV the site writes can run a formula in a spreadsheet, whatever the content's text starts
// with, and amounts, negative ones included, stay numbers.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { sharedBuild, filesOf, fixtures, type BuildResult } from './helpers.ts';

let r: BuildResult;
const read = (path: string) => readFileSync(join(r.outDir, path), 'utf8');
const rows = (path: string): Record<string, string>[] => parse(read(path), { columns: true });
beforeAll(() => {
  r = sharedBuild(join(fixtures, 'formulas-and-clock-changes'), '2024-11-30');
});

describe('CSV files built from text that looks like formulas', () => {
  it('builds', () => expect(r.status, r.output).toBe(0));

  it('have no cell that starts like a formula, other than a negative number', () => {
    const csvs = filesOf(r.outDir)
      .filter((f) => f.path.endsWith('.csv'))
      .map((f) => f.path)
      .sort();
    expect(csvs).toEqual([
      'budgets/test-fund/2023-24.csv',
      'data/budgets.csv',
      'data/decisions.csv',
      'data/forward-plan.csv',
      'data/meetings.csv',
      'data/officer-decisions.csv',
    ]);
    for (const path of csvs) {
      for (const row of parse(read(path)) as string[][]) {
        for (const cell of row) if (/^[=+\-@\t\r]/.test(cell)) expect(cell, path).toMatch(/^-\d+(\.\d+)?$/);
      }
    }
  });

  it('keep the text, after a single quote, and the JSON keeps it as written', () => {
    const decisions = rows('data/decisions.csv');
    const title = (id: string) => decisions.find((d) => d.id === id)!.title;
    expect(title('jcb-2023-001')).toBe('\'=HYPERLINK("https://evil.example/","Click here")');
    expect(title('jcb-2023-002')).toBe("'\tTest Fund plan 2023-24");
    expect(title('jcb-2023-003')).toBe("'-2,000 hours of home care for hospital discharge");
    expect(rows('data/forward-plan.csv').map((f) => f.title)).toEqual([
      "'+44 helpline for the community equipment service",
      "'@carers: support services review",
    ]);
    const venues = Object.fromEntries(rows('data/meetings.csv').map((x) => [x.id, x.venue]));
    expect(venues['2023-05-10-test-board']).toBe('\'=HYPERLINK("https://evil.example/","Venue")');
    expect(venues['2024-03-10-test-board']).toBe("'@SUM(1+1)");
    const json = JSON.parse(read('data/decisions.json')) as { id: string; title: string }[];
    expect(json.find((d) => d.id === 'jcb-2023-001')!.title).toBe('=HYPERLINK("https://evil.example/","Click here")');
  });

  it('leave amounts as numbers: an underspend and a negative contribution', () => {
    const table = rows('budgets/test-fund/2023-24.csv');
    expect(table.map((x) => x.scheme)).toEqual([
      "'=SUM(A1:A9) community equipment",
      "'-Carers support",
      "'@Reablement",
      'Contingency returned',
    ]);
    expect(table[0]).toMatchObject({ budget: '200000', outturn: '190000', variance: '-10000' });
    expect(table[3]).toMatchObject({ 'test-council': '-20000', total: '-20000', budget: '-20000' });
    const long = rows('data/budgets.csv');
    expect(long.find((x) => x.scheme === 'Contingency returned' && x.partner === 'test-council')!.amount).toBe(
      '-20000',
    );
    const [year] = JSON.parse(read('data/budgets.json'));
    expect(year.schemes[0].variance).toBe(-10000);
  });
});
