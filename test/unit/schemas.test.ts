import { describe, expect, it } from 'vitest';
import { civilDate, localDateTime, documentRef, exemptParagraphs, rulesSchema } from '../../src/schemas/common.ts';
import { decisionSchema } from '../../src/schemas/decision.ts';
import { forwardPlanSchema } from '../../src/schemas/forward-plan.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { headingsOf, decisionHeadingProblem } from '../../src/domain/integrity.ts';

describe('civil dates', () => {
  it('accepts YYYY-MM-DD and the Date a YAML parser makes of it, read in UTC', () => {
    expect(civilDate.parse('2024-02-29')).toBe('2024-02-29');
    expect(civilDate.parse(new Date(Date.UTC(2024, 2, 20)))).toBe('2024-03-20');
  });
  it('refuses impossible and foreign-format dates', () => {
    expect(civilDate.safeParse('2023-02-29').success).toBe(false);
    expect(civilDate.safeParse('13/05/2023').success).toBe(false);
  });
});

describe('local date-times', () => {
  it('keeps the time the publisher typed, whatever the YAML parser did with it', () => {
    expect(localDateTime.parse('2024-03-20T14:00')).toBe('2024-03-20T14:00');
    expect(localDateTime.parse(new Date(Date.UTC(2024, 6, 20, 14, 0)))).toBe('2024-07-20T14:00');
  });
  it('refuses an offset or an impossible time', () => {
    expect(localDateTime.safeParse('2024-03-20T14:00Z').success).toBe(false);
    expect(localDateTime.safeParse('2024-03-20T24:00').success).toBe(false);
  });
});

describe('exempt information', () => {
  it('takes paragraphs 1 to 7 only', () => {
    expect(exemptParagraphs.safeParse([3]).success).toBe(true);
    expect(exemptParagraphs.safeParse([8]).success).toBe(false);
    expect(exemptParagraphs.safeParse([0]).success).toBe(false);
    expect(exemptParagraphs.safeParse([]).success).toBe(false);
  });
  it('refuses a withheld paper that names a file, and a paper with neither', () => {
    expect(documentRef.safeParse({ title: 'Appendix', exempt: { paragraphs: [3] } }).success).toBe(true);
    expect(
      documentRef.safeParse({ title: 'Appendix', file: 'documents/a.pdf', exempt: { paragraphs: [3] } }).success,
    ).toBe(false);
    expect(documentRef.safeParse({ title: 'Appendix' }).success).toBe(false);
  });
});

describe('rules', () => {
  it('keeps closesAt 13:00 as the string the publisher wrote', () => {
    expect(rulesSchema.parse({ callIn: { closesAt: '13:00' } }).callIn?.closesAt).toBe('13:00');
    expect(rulesSchema.safeParse({ callIn: { closesAt: '25:00' } }).success).toBe(false);
  });
});

describe('decision records', () => {
  const base = {
    title: 'T',
    decisionMaker: 'board',
    made: '2024-01-10',
    published: '2024-01-11',
    key: false,
    outcome: 'approved',
  };
  it('requires a published date on or after the decision', () => {
    expect(decisionSchema.safeParse(base).success).toBe(true);
    expect(decisionSchema.safeParse({ ...base, published: '2024-01-09' }).success).toBe(false);
  });
  it('requires who agreed special urgency', () => {
    expect(decisionSchema.safeParse({ ...base, urgency: { kind: 'special-urgency' } }).success).toBe(false);
  });
  it('finds the three statutory headings in order, ignoring code blocks', () => {
    const body =
      '## Decision\n\nx\n\n```\n## Reasons\n```\n\n## Reasons\n\n## Alternative options considered and rejected\n';
    expect(headingsOf(body)).toEqual(['Decision', 'Reasons', 'Alternative options considered and rejected']);
    expect(decisionHeadingProblem(body)).toBeUndefined();
    expect(decisionHeadingProblem('## Reasons\n## Decision\n## Alternative options considered and rejected')).toBe(
      'the headings out of order',
    );
    expect(decisionHeadingProblem('## Decision')).toMatch(/missing "## Reasons"/);
  });
});

describe('the statutory record fields', () => {
  const base = {
    title: 'T',
    decisionMaker: 'board',
    made: '2024-01-10',
    published: '2024-01-11',
    key: false,
    outcome: 'approved',
  };
  const messages = (r: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
    r.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

  it('lets a key decision notice list a paper by its title before it is published, but not a meeting or decision', () => {
    const notice = {
      title: 'T',
      kind: 'key-decision',
      decisionMaker: 'board',
      published: '2024-01-01',
      expected: '2024-03-01',
    };
    const listed = forwardPlanSchema.parse({
      ...notice,
      documents: [{ title: 'Report of the Director of Commissioning' }],
    });
    expect(listed.documents).toEqual([{ title: 'Report of the Director of Commissioning' }]);
    expect(decisionSchema.safeParse({ ...base, documents: [{ title: 'Report' }] }).success).toBe(false);
  });

  it('takes documentsFrom and otherDocuments on a notice and in site.yaml', () => {
    const notice = {
      title: 'T',
      kind: 'key-decision',
      decisionMaker: 'board',
      published: '2024-01-01',
      expected: '2024-03-01',
    };
    expect(
      forwardPlanSchema.parse({ ...notice, documentsFrom: 'Town Hall', otherDocuments: 'Write to us.' }),
    ).toMatchObject({
      documentsFrom: 'Town Hall',
      otherDocuments: 'Write to us.',
    });
    expect(messages(forwardPlanSchema.safeParse({ ...notice, documentsFrom: ' ' }))).toEqual([
      'documentsFrom: expected some text, not an empty value',
    ]);
    const site = { title: 'S', url: 'https://example.org/', partners: [{ id: 'c', name: 'C', kind: 'other' }] };
    expect(siteSchema.parse({ ...site, documentsFrom: 'Town Hall' }).documentsFrom).toBe('Town Hall');
  });

  it('keeps a dispensation written as words, and takes one granted with its date and who granted it', () => {
    const declared = (dispensation: unknown) => ({
      ...base,
      declarations: [{ person: 'p', interest: 'I', dispensation }],
    });
    expect(decisionSchema.parse(declared('none')).declarations[0].dispensation).toBe('none');
    expect(
      decisionSchema.parse(declared({ granted: '2024-01-02', by: 'the Standards Committee', scope: 'To vote' }))
        .declarations[0].dispensation,
    ).toEqual({ granted: '2024-01-02', by: 'the Standards Committee', scope: 'To vote' });
    expect(messages(decisionSchema.safeParse(declared({ granted: '2024-02-30', by: 'SC' })))).toEqual([
      'declarations.0.dispensation.granted: expected a real calendar date (check the day and month)',
    ]);
    expect(messages(decisionSchema.safeParse(declared({ granted: '2024-01-02' })))).toEqual([
      'declarations.0.dispensation: expected text such as none, or for a dispensation granted both the date and who granted it: { granted: YYYY-MM-DD, by: Standards Committee, scope: ... }',
    ]);
  });

  it('takes a request for a report that a decision should have been key, reported on or after it was asked for', () => {
    const request = { requested: '2024-02-01', by: 'the Overview and Scrutiny Committee' };
    expect(decisionSchema.parse({ ...base, keyDecisionReport: request }).keyDecisionReport).toEqual(request);
    expect(
      messages(decisionSchema.safeParse({ ...base, keyDecisionReport: { ...request, reported: '2024-01-31' } })),
    ).toEqual(['keyDecisionReport.reported: expected the report on or after the date it was asked for (2024-02-01)']);
  });
});
