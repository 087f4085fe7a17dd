// Ids that YAML read as numbers: an id written as just its digits (decisions: [1241]) is that
// id everywhere it is used; one whose digits YAML cannot keep (012, 1e3, 0x1F) is refused with
// the quoted id to type instead.
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isPlainDigits, numberIdProblem } from '../../src/domain/number-ids.ts';
import { isIdField } from '../../src/schemas/id-fields.ts';
import { budgetSchema, decisionSchema, meetingSchema, siteSchema } from '../../src/schemas/index.ts';
import { parseYaml } from '../../src/source/text.ts';
import type { NumberText } from '../../src/domain/number-ids.ts';
import { loadContentRoot } from '../../src/publication/load.ts';
import { buildPublicModel } from '../../src/publication/model.ts';
import { formatProblem } from '../../src/domain/problems.ts';
import { fixtures } from '../support/bad-fixtures.ts';

describe('numberIdProblem', () => {
  it('takes a number written as just its digits as the id of those digits', () => {
    expect(isPlainDigits('1241', 1241)).toBe(true);
    expect(isPlainDigits('0', 0)).toBe(true);
    expect(numberIdProblem('1241', 1241)).toBeUndefined();
  });

  it('says to quote an id whose leading zero YAML drops', () => {
    expect(numberIdProblem('0123', 123)).toEqual({
      found: '0123 (YAML reads it as the number 123)',
      expected:
        'write the id in quotes: "0123" (without quotes YAML reads digits as a number and drops the leading zero)',
    });
  });

  it('says to quote an id YAML reads as an exponent, a hexadecimal or octal number, or too long to keep', () => {
    expect(numberIdProblem('1e3', 1000)?.expected).toBe(
      'write the id in quotes: "1e3" (without quotes YAML reads 1e3 as a number)',
    );
    expect(numberIdProblem('0x1f', 31)?.expected).toMatch(/^write the id in quotes: "0x1f" /);
    expect(numberIdProblem('0o17', 15)?.expected).toMatch(/^write the id in quotes: "0o17" /);
    expect(numberIdProblem('12345678901234567890', Number('12345678901234567890'))?.expected).toBe(
      'write the id in quotes: "12345678901234567890" (without quotes YAML reads digits as a number, and one this long loses its last digits)',
    );
  });

  it('refuses a decimal, a sign or a negative as no id at all, showing it as written', () => {
    for (const [text, value] of [
      ['1.50', 1.5],
      ['1241.0', 1241],
      ['+12', 12],
      ['-3', -3],
      ['-0', -0],
    ] as const) {
      const said = numberIdProblem(text, value);
      expect(said?.found).toBe(`${text} (YAML reads it as the number ${String(value)})`);
      expect(said?.expected).toMatch(/^expected an id of lower-case letters, digits and single hyphens/);
    }
  });
});

describe('the reader', () => {
  it('keeps the text of each number not written as just its digits, at its path', () => {
    const numbers: NumberText[] = [];
    parseYaml('a: [1241, 012, "0123"]\nb:\n  - c: 1e3\n    d: 7\n', 'f.yaml', [], 0, numbers);
    expect(numbers).toEqual([
      { path: ['a', 1], text: '012' },
      { path: ['b', 0, 'c'], text: '1e3' },
    ]);
  });

  it('knows which fields hold an entry id', () => {
    expect(isIdField(meetingSchema, ['agenda', 3, 'decisions', 0])).toBe(true);
    expect(isIdField(meetingSchema, ['agenda', 3, 'forwardPlan'])).toBe(true);
    expect(isIdField(meetingSchema, ['attendance', 0, 'person'])).toBe(true);
    expect(isIdField(meetingSchema, ['agenda', 3, 'item'])).toBe(false);
    expect(isIdField(meetingSchema, ['declarations', 0, 'item'])).toBe(false);
    expect(isIdField(decisionSchema, ['madeBy', 0])).toBe(true);
    expect(isIdField(decisionSchema, ['vote', 'for'])).toBe(false);
    expect(isIdField(budgetSchema, ['years', 0, 'approvedBy'])).toBe(true);
    expect(isIdField(siteSchema, ['partners', 0, 'id'])).toBe(true);
  });

  it('takes a whole number in an id field as the id, and leaves number fields numbers', () => {
    const parsed = meetingSchema.parse({
      body: 'test-board',
      start: '2023-05-10T14:00',
      status: 'held',
      agenda: [{ item: 9, title: 'Contract', decisions: [1241] }],
    });
    expect(parsed.agenda[0].decisions).toEqual(['1241']);
    expect(parsed.agenda[0].item).toBe(9);
  });
});

describe('an id of digits alone, written without quotes', () => {
  const parent = mkdtempSync(join(tmpdir(), 'number-ids-'));
  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  /** minimal/ with decision jcb-2023-002 renamed to 1241 and named, without quotes, where it is used. */
  function digitsRoot(written: string): string {
    const root = mkdtempSync(join(parent, 'root-'));
    cpSync(join(fixtures, 'minimal'), root, { recursive: true });
    renameSync(join(root, 'decisions/2023/jcb-2023-002.md'), join(root, 'decisions/2023/1241.md'));
    for (const file of ['meetings/2023-05-10-test-board.md', 'budgets/test-fund.yaml']) {
      const path = join(root, file);
      writeFileSync(path, readFileSync(path, 'utf8').replaceAll('jcb-2023-002', written));
    }
    return root;
  }

  it('is the id of its digits in every reference: the agenda item and the fund year link the decision', async () => {
    const { content, problems } = await loadContentRoot(digitsRoot('1241'), '2024-06-10');
    expect(problems.map(formatProblem)).toEqual([]);
    const meeting = content!.meetings.find((m) => m.id === '2023-05-10-test-board')!;
    expect(meeting.data.agenda[3].decisions).toEqual(['1241']);
    const model = buildPublicModel(content!, { buildDate: '2024-06-10' });
    const item = model.meetings.find((m) => m.id === '2023-05-10-test-board')!.items.find((i) => i.item === '4')!;
    expect(item.decisions.map((d) => d.id)).toEqual(['1241']);
    expect(model.funds[0].years[0].approvedBy?.id).toBe('1241');
    const decision = model.decisions.find((d) => d.id === '1241')!;
    expect(decision.meeting?.id).toBe('2023-05-10-test-board');
  });

  it('with a leading zero, is refused where it is written, saying to put it in quotes', async () => {
    const { problems } = await loadContentRoot(digitsRoot('01241'), '2024-06-10');
    expect(problems.map(formatProblem)).toEqual(
      expect.arrayContaining([
        'budgets/test-fund.yaml: year 2023-24, approvedBy (years.0.approvedBy): found 01241 (YAML reads it as the number 1241); ' +
          'write the id in quotes: "01241" (without quotes YAML reads digits as a number and drops the leading zero)',
      ]),
    );
    expect(problems.some((p) => p.found === '"1241"')).toBe(false);
  });
});
