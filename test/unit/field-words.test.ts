// A problem's field in a clerk's words: agenda items by the number printed on the agenda, list
// entries by their person, id or title, else counted from one; the dotted path kept alongside.
import { describe, expect, it } from 'vitest';
import { fieldInWords, ordinal, placeProblems } from '../../src/domain/field-words.ts';
import { formatProblem } from '../../src/domain/problems.ts';

const meeting = {
  body: 'test-board',
  agenda: [
    { item: 1, title: 'Apologies' },
    { item: '2a', title: 'Minutes' },
    {
      item: 3,
      title: 'Budget',
      documents: [{ title: 'Report', file: 'documents/r.pdf' }, { file: 'documents/a.pdf' }],
    },
    { item: 9, title: 'Contract', decisions: [1241], backgroundPapers: [{ title: 'Inspection report, June 2023' }] },
    { title: 'No number yet' },
  ],
  attendance: [{ person: 'cllr-alex-test', status: 'present' }, { status: 'apologies' }],
  declarations: [{ person: 'dr-bea-test', interest: 'Employer' }],
  documents: [{ title: 'Agenda pack' }],
};

describe('fieldInWords', () => {
  it('names an agenda item by its printed number, not its place in the list', () => {
    expect(fieldInWords('agenda.3.decisions.0', meeting)).toBe('agenda item 9, decisions, 1st entry');
    expect(fieldInWords('agenda.1.title', meeting)).toBe('agenda item 2a, title');
    expect(fieldInWords('agenda.3', meeting)).toBe('agenda item 9');
  });

  it('counts an agenda item with no usable number from one', () => {
    expect(fieldInWords('agenda.4.item', meeting)).toBe('the 5th agenda item, item');
    expect(fieldInWords('agenda.0.item', { agenda: [{ item: 'one' }] })).toBe('the 1st agenda item, item');
  });

  it('names documents and background papers by title, else by file', () => {
    expect(fieldInWords('agenda.2.documents.0.file', meeting)).toBe('agenda item 3, document "Report", file');
    expect(fieldInWords('agenda.2.documents.1.exempt', meeting)).toBe(
      'agenda item 3, document documents/a.pdf, exempt',
    );
    expect(fieldInWords('agenda.3.backgroundPapers.0.file', meeting)).toBe(
      'agenda item 9, background paper "Inspection report, June 2023", file',
    );
    expect(fieldInWords('documents.0.file', meeting)).toBe('document "Agenda pack", file');
  });

  it('names attendance and declarations by person, else counts them', () => {
    expect(fieldInWords('attendance.0.status', meeting)).toBe('attendance of cllr-alex-test, status');
    expect(fieldInWords('attendance.1.person', meeting)).toBe('attendance, 2nd entry, person');
    expect(fieldInWords('declarations.0.interest', meeting)).toBe('declaration by dr-bea-test, interest');
  });

  it('names body members and delegations, budget years, partners and revisions', () => {
    const body = { members: [{ person: 'cllr-chris-test' }], delegations: [{ id: 'contracts' }], quorum: [{}, {}] };
    expect(fieldInWords('members.0.role', body)).toBe('member cllr-chris-test, role');
    expect(fieldInWords('delegations.0.holder', body)).toBe('delegation contracts, holder');
    expect(fieldInWords('quorum.1.min', body)).toBe('the 2nd quorum condition, min');
    expect(fieldInWords('years.0.approvedBy', { years: [{ year: '2023-24' }] })).toBe('year 2023-24, approvedBy');
    expect(fieldInWords('partners.1.kind', { partners: [{ id: 'a' }, { id: 'test-icb' }] })).toBe(
      'partner test-icb, kind',
    );
    expect(fieldInWords('revisions.0.change', { revisions: [{ date: '2023-06-01' }] })).toBe(
      'revision of 2023-06-01, change',
    );
  });

  it('keeps field names as written, and a list of plain values counted', () => {
    expect(fieldInWords('made', {})).toBe('made');
    expect(fieldInWords('urgency.noticePublished', {})).toBe('urgency, noticePublished');
    expect(fieldInWords('madeBy.2', { madeBy: ['a', 'b', 'c'] })).toBe('madeBy, 3rd entry');
    expect(fieldInWords('', meeting)).toBe('');
  });

  it('does not print a value that is not a plain id or title as a name', () => {
    expect(fieldInWords('attendance.0.status', { attendance: [{ person: '<script>' }] })).toBe(
      'attendance, 1st entry, status',
    );
  });
});

describe('ordinal', () => {
  it('reads as English', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '101st',
      '111th',
    ]);
  });
});

describe('a problem with its place', () => {
  const problem = {
    file: 'meetings/m.md',
    field: 'agenda.3.decisions.0',
    found: '"x"',
    expected: 'the id of a decision that exists',
  };
  it('is printed in words, with the dotted path after it', () => {
    const [placed] = placeProblems([problem], (f) => (f === 'meetings/m.md' ? meeting : undefined));
    expect(formatProblem(placed)).toBe(
      'meetings/m.md: agenda item 9, decisions, 1st entry (agenda.3.decisions.0): found "x"; the id of a decision that exists',
    );
  });
  it('is left as it was where the field names no list entry, or the file is not known', () => {
    expect(placeProblems([{ ...problem, field: 'made' }], () => ({}))[0]).toEqual({ ...problem, field: 'made' });
    expect(placeProblems([{ ...problem, field: 'urgency.kind' }], () => ({}))[0]).toEqual({
      ...problem,
      field: 'urgency.kind',
    });
    expect(placeProblems([problem], () => undefined)[0]).toEqual(problem);
    expect(formatProblem(problem)).toBe(
      'meetings/m.md: agenda.3.decisions.0: found "x"; the id of a decision that exists',
    );
  });
});
