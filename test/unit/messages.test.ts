// Messages for publishers: zod's defaults are replaced with a clerk's words, and the wording is kept.
import { describe, expect, it } from 'vitest';
import { parseEntry } from '../../src/source/load.ts';
import { decisionSchema, meetingSchema, bodySchema } from '../../src/schemas/index.ts';
import { formatProblem, type Problem } from '../../src/domain/problems.ts';

const messages = (schema: Parameters<typeof parseEntry>[0], data: Record<string, unknown>) => {
  const problems: Problem[] = [];
  parseEntry(schema, { id: 'x', file: 'f.md', data }, problems);
  return problems.map(formatProblem);
};

describe('messages a publisher reads', () => {
  it('say what was expected in plain words', () => {
    const base = {
      title: 'T',
      decisionMaker: 'board',
      made: '2024-01-02',
      published: '2024-01-03',
      key: false,
      outcome: 'approved',
    };
    expect(
      messages(decisionSchema, {
        ...base,
        wards: [''],
        declarations: [{ person: 'p', interest: '' }],
        vote: { method: 'recorded', for: 1.5, against: -1 },
        spend: { amount: 'lots' },
      }),
    ).toMatchInlineSnapshot(`
      [
        "f.md: vote.for: found 1.5; expected a whole number",
        "f.md: vote.against: found -1; expected a number of at least 0",
        "f.md: spend.amount: found "lots"; expected a number",
        "f.md: wards.0: found ""; expected some text, not an empty value",
        "f.md: declarations.0.interest: found ""; expected some text, not an empty value",
      ]
    `);
    expect(messages(meetingSchema, { body: 'b', start: '2024-01-02T10:00', status: 'held', venue: 5 }))
      .toMatchInlineSnapshot(`
      [
        "f.md: venue: found 5; expected text",
      ]
    `);
    expect(messages(bodySchema, { name: 'B', kind: 'board', partners: ['p'], quorum: [{ min: 0, tag: '' }] }))
      .toMatchInlineSnapshot(`
      [
        "f.md: quorum.0.min: found 0; expected a number of at least 1",
        "f.md: quorum.0.tag: found ""; expected some text, not an empty value",
      ]
    `);
  });
});
