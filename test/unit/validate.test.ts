// Every bad content root (test/fixtures/minimal plus one mistake) is refused by the same check
// npm run validate and npm run build make, naming the file and the field given in its
// expect.json in the words the build prints; the good roots pass.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, lstatSync, mkdtempSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContentRoot } from '../../src/publication/load.ts';
import { formatProblem } from '../../src/domain/problems.ts';
import { badCases, badExpectation, badRoot, fixtures } from '../support/bad-fixtures.ts';

/** The build date the build tests use for the bad roots. */
const BUILD_DATE = '2024-06-10';
const parent = mkdtempSync(join(tmpdir(), 'bad-'));
afterAll(() => rmSync(parent, { recursive: true, force: true }));

describe('good content roots', () => {
  for (const root of ['minimal', 'canary', 'statutory-record', '../../content']) {
    it(`${root} has no problems`, async () => {
      expect((await loadContentRoot(join(fixtures, root), BUILD_DATE)).problems).toEqual([]);
    });
  }
});

describe('bad content roots', () => {
  for (const name of badCases()) {
    it(`refuses ${name}`, async () => {
      const { file, field } = badExpectation(name);
      const { content, problems } = await loadContentRoot(badRoot(name, parent), BUILD_DATE);
      expect(content).toBeUndefined();
      expect(problems).toContainEqual(expect.objectContaining({ file, field }));
      // The line npm run build and npm run validate print for it: the field in words, with its
      // dotted path after it where the words differ.
      const lines = problems.map(formatProblem);
      expect(
        lines.some((l) =>
          field
            ? l.startsWith(`${file}: ${field}: found `) ||
              (l.startsWith(`${file}: `) && l.includes(` (${field}): found `))
            : l.startsWith(`${file}: found `),
        ),
        lines.join('\n'),
      ).toBe(true);
      for (const p of problems) {
        expect(p.found, `${p.file} ${p.field}`).not.toBe('');
        expect(p.expected, `${p.file} ${p.field}`).not.toBe('');
      }
    });
  }
});

describe('a problem on an agenda item', () => {
  it('names the item by the number printed on the agenda and says what to type', async () => {
    const { problems } = await loadContentRoot(badRoot('unquoted-id-leading-zero', parent), BUILD_DATE);
    expect(problems.map(formatProblem)).toContain(
      'meetings/2023-05-10-test-board.md: agenda item 4, decisions, 1st entry (agenda.3.decisions.0): ' +
        'found 0123 (YAML reads it as the number 123); ' +
        'write the id in quotes: "0123" (without quotes YAML reads digits as a number and drops the leading zero)',
    );
    // Said once: not also as the id "123" that does not exist.
    expect(problems.filter((p) => p.field === 'agenda.3.decisions.0')).toHaveLength(1);
  });
});

describe('a date the bank-holiday list does not cover', () => {
  const expected = async (name: string) =>
    (await loadContentRoot(badRoot(name, parent), BUILD_DATE)).problems.map((p) => p.expected);
  it('before its start: says where the list begins, not to add years', async () => {
    expect(await expected('date-before-holiday-list')).toEqual([
      'dates the bank-holiday list covers (2000-01-01 to 2030-12-31); ' +
        'the list begins on 2000-01-01, and working days before it cannot be counted',
    ]);
  });
  it('after its end: says how to add the year', async () => {
    expect(await expected('date-beyond-holiday-list')).toEqual([
      expect.stringContaining(
        'run node scripts/import-bank-holidays.mjs src/domain/data/bank-holidays-england-and-wales.csv 2000-01-01 2031-12-31',
      ),
    ]);
  });
});

describe('a bad fixture', () => {
  it('is minimal/ with the case laid over it, less the files its overlay.yaml removes', () => {
    const renamed = badRoot('invalid-id-characters', parent);
    expect(existsSync(join(renamed, 'forward-plan', 'FP_2023_002.md'))).toBe(true);
    expect(existsSync(join(renamed, 'forward-plan', 'fp-2023-002.md'))).toBe(false);
    expect(readFileSync(join(renamed, 'site.yaml'))).toEqual(readFileSync(join(fixtures, 'minimal', 'site.yaml')));
    expect(existsSync(join(renamed, 'expect.json'))).toBe(false);
  });

  it('keeps a folder where minimal/ has a file, and symbolic links as links', () => {
    expect(lstatSync(join(badRoot('site-yaml-folder', parent), 'site.yaml')).isDirectory()).toBe(true);
    const link = join(badRoot('symlink-broken', parent), 'decisions', '2023', 'jcb-2023-009.md');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('../../_missing/jcb-2023-009.md');
  });
});
