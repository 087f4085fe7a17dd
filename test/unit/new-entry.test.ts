// The rules npm run new follows for ids, folders and a fund's new year, and the note of other
// fields it writes, which comes from the schemas (so a field added to the format appears in it).
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { addYear, folderFor, nextId, otherFieldsComment, personId } from '../../scripts/lib/new-entry.ts';
import { collectionSchemas } from '../../src/schemas/index.ts';

const entry = (file: string) => ({ id: file.replace(/^.*\/|\.\w+$/g, ''), file, data: {} });

describe('npm run new', () => {
  it('numbers a decision after the last of its year, with the prefix already in use', () => {
    const list = ['decisions/2026/jcb-2026-004.md', 'decisions/2026/jcb-2026-011.md', 'decisions/2025/jcb-2025-020.md'];
    expect(nextId(list.map(entry), 'x', '2026')).toBe('jcb-2026-012');
    expect(nextId(list.map(entry), 'x', '2027')).toBe('jcb-2027-001');
    expect(nextId([], 'fp', '2027')).toBe('fp-2027-001');
  });
  it('uses a folder per year only where the collection already does', () => {
    expect(folderFor('decisions', [entry('decisions/2026/jcb-2026-004.md')], '2027')).toBe('decisions/2027');
    expect(folderFor('meetings', [entry('meetings/2026-01-01-board.md')], '2027')).toBe('meetings');
  });
  it("makes a person's id from their name", () => {
    expect(personId('Councillor Jane Doe')).toBe('cllr-jane-doe');
    expect(personId('Dr Siân O’Neill')).toBe('dr-sian-o-neill');
  });
  it("adds a fund's year at the end, keeping the clerk's comments and layout", () => {
    const text =
      'name: Fund # the pooled fund\nhost: council\nyears:\n    - year: 2025-26 # first\n      status: plan\n';
    const out = addYear(text, { year: '2026-27', status: 'plan', units: 'pounds', table: 'fund/2026-27.csv' });
    expect(out.startsWith(text)).toBe(true);
    expect(parse(out).years.map((y: { year: string }) => y.year)).toEqual(['2025-26', '2026-27']);
    expect(out).toContain('    - year: 2026-27\n      status: plan');
  });
  it('lists the fields it leaves out, from the schema', () => {
    const note = otherFieldsComment(collectionSchemas.people, ['name'], 'people').join('\n');
    expect(note).toContain('docs/content-format.md, "people"');
    for (const field of Object.keys(collectionSchemas.people.shape).filter((f) => f !== 'name'))
      expect(note).toContain(field);
  });
});
