// The council's references: the field as a clerk writes it, and one matter, one reference.
import { describe, expect, it } from 'vitest';
import { councilReference } from '../../src/schemas/common.ts';
import { decisionSchema, forwardPlanSchema } from '../../src/schemas/index.ts';
import {
  matterReference,
  referenceKey,
  referenceProblems,
  shownReference,
  type ReferencedDecision,
  type ReferencedEntry,
} from '../../src/domain/references.ts';

describe('the reference field', () => {
  it('reads a number typed without quotes as its text, and trims the text', () => {
    expect(councilReference.parse(1241)).toBe('1241');
    expect(councilReference.parse('  KD 2013/41 ')).toBe('KD 2013/41');
    expect(councilReference.parse('FP/2013/1241')).toBe('FP/2013/1241');
  });
  it('refuses an empty, overlong, multi-line or non-text reference in a clerk’s words', () => {
    const message = (v: unknown) => councilReference.safeParse(v).error?.issues[0].message;
    expect(message('   ')).toMatch(/not an empty text/);
    expect(message('x'.repeat(41))).toMatch(/at most 40 characters/);
    expect(message('KD\n41')).toMatch(/on one line/);
    expect(message(true)).toMatch(/council's reference as text/);
  });
  it('is optional on decisions and forward plan entries', () => {
    expect(decisionSchema.shape.reference.safeParse(undefined).success).toBe(true);
    expect(forwardPlanSchema.shape.reference.safeParse(1241).data).toBe('1241');
  });
});

describe('one matter, one reference', () => {
  const fp = (id: string, reference?: string): ReferencedEntry => ({ id, file: `forward-plan/${id}.md`, reference });
  const dec = (id: string, reference?: string, forwardPlan?: string): ReferencedDecision => ({
    id,
    file: `decisions/${id}.md`,
    reference,
    forwardPlan,
  });

  it('shows the decision’s own reference, else its forward plan entry’s, else the id', () => {
    expect(matterReference('KD 41', '1241')).toBe('KD 41');
    expect(matterReference(undefined, '1241')).toBe('1241');
    expect(matterReference(undefined, undefined)).toBeUndefined();
    expect(shownReference({ id: 'fp-2013-1241', reference: '1241' })).toBe('1241');
    expect(shownReference({ id: 'fp-2013-1241' })).toBe('fp-2013-1241');
    expect(referenceKey(' KD  2013/41 ')).toBe(referenceKey('kd 2013/41'));
  });

  it('accepts a decision that repeats or inherits its entry’s reference', () => {
    expect(referenceProblems([fp('a', '1241')], [dec('d1', '1241', 'a'), dec('d2', undefined, 'a')])).toEqual([]);
  });

  it('refuses a decision whose reference differs from its forward plan entry’s', () => {
    expect(referenceProblems([fp('a', '1241')], [dec('d1', 'KD 41', 'a')])).toEqual([
      {
        file: 'decisions/d1.md',
        field: 'reference',
        found: '"KD 41", but its forward plan entry a (forward-plan/a.md) has "1241"',
        expected:
          'the same reference as the forward plan entry, "1241", or no reference (the decision then shows the entry\'s): one matter has one reference',
      },
    ]);
  });

  it('refuses two forward plan entries with one reference, whatever the case and spacing', () => {
    const problems = referenceProblems([fp('a', 'KD 2013/41'), fp('b', 'kd  2013/41'), fp('c', 'KD 2013/42')], []);
    expect(problems.map((p) => [p.file, p.field])).toEqual([['forward-plan/b.md', 'reference']]);
    expect(problems[0].found).toBe('"kd  2013/41", which forward plan entry a (forward-plan/a.md) already has');
  });

  it('refuses two decisions with one reference unless they were taken on the same entry', () => {
    expect(referenceProblems([fp('a')], [dec('d1', '77', 'a'), dec('d2', '77', 'a')])).toEqual([]);
    const problems = referenceProblems([], [dec('d1', '77'), dec('d2', '77'), dec('d3', '78')]);
    expect(problems.map((p) => [p.file, p.found])).toEqual([
      ['decisions/d2.md', '"77", which decision d1 (decisions/d1.md) already has'],
    ]);
  });

  it('refuses a decision that takes the reference of another matter’s forward plan entry', () => {
    const problems = referenceProblems(
      [fp('a', '1241'), fp('b')],
      [dec('d1', '1241'), dec('d2', '1241', 'b'), dec('d3', '1241', 'a')],
    );
    expect(problems.map((p) => [p.file, p.expected])).toEqual([
      ['decisions/d1.md', 'forwardPlan: a if the decision was taken on that entry, else a reference of its own'],
      ['decisions/d2.md', "a reference of this decision's own matter (forward plan entry b), not another entry's"],
    ]);
  });
});
