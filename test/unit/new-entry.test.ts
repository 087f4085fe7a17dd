// The rules npm run new follows for ids, folders and a fund's new year, and the note of other
// fields it writes, which comes from the schemas (so a field added to the format appears in it).
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { addYear, folderFor, nextId, otherFieldsComment, personId } from '../../scripts/lib/new-entry.ts';
import { collectionSchemas } from '../../src/schemas/index.ts';
import { addDecisionToItem } from '../../scripts/lib/agenda-decision.ts';

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

describe('a new decision on an agenda item', () => {
  const meeting = [
    '---',
    'body: test-board # the board',
    'agenda:',
    '  - item: 1',
    '    title: Apologies',
    '    minute: |',
    '      None.',
    '  - item: 2',
    '    title: "Minutes"  # approved',
    '    decisions: [ jcb-2026-001 ]',
    '  - item: 3',
    '    title: Fund plan',
    '    decisions:',
    '      - jcb-2026-002 # the plan',
    '  - { item: 4, title: Contract }',
    '  - item: 5',
    '    title: Report',
    '    decisions: [1241]',
    '---',
    '',
    'The Board met.  ',
    '---',
    '',
  ].join('\n');
  const [, body] = meeting.split(/^---$/m).slice(1);
  const add = (index: number, id = 'jcb-2026-009') => addDecisionToItem(meeting, index, id);
  const frontOf = (text: string) => parse(text.split(/^---$/m)[1]);

  it('adds the id to a list written in brackets, keeping its spacing', () => {
    const { text, changed } = add(1);
    expect(changed).toBe(true);
    expect(text).toBe(meeting.replace('[ jcb-2026-001 ]', '[ jcb-2026-001, jcb-2026-009 ]'));
  });

  it('adds a line to a list written one entry a line, after its comment', () => {
    expect(add(2).text).toBe(meeting.replace('# the plan\n', '# the plan\n      - jcb-2026-009\n'));
  });

  it('adds decisions to an item with none, under its title, and to an item written in braces', () => {
    expect(add(0).text).toBe(meeting.replace('Apologies\n', 'Apologies\n    decisions: [jcb-2026-009]\n'));
    expect(add(3).text).toBe(meeting.replace('title: Contract }', 'title: Contract, decisions: [jcb-2026-009] }'));
    expect(frontOf(add(0).text).agenda[0]).toEqual({
      item: 1,
      title: 'Apologies',
      minute: 'None.\n',
      decisions: ['jcb-2026-009'],
    });
  });

  it('changes nothing when the item already lists the id, written with or without quotes', () => {
    expect(add(1, 'jcb-2026-001')).toEqual({ text: meeting, changed: false });
    expect(add(4, '1241')).toEqual({ text: meeting, changed: false });
  });

  it('keeps the Markdown body byte for byte, a line of dashes in it too', () => {
    for (const i of [0, 1, 2, 3, 4]) expect(add(i).text.endsWith(`---${body}---\n`)).toBe(true);
  });
});
