// The publication gate: drafts, embargoes on the day before, of and after publishFrom,
// and exempt withholding, on the model every output reads.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkContentRoot } from '../../src/publication/load.ts';
import { buildPublicModel, isPublic } from '../../src/publication/model.ts';
import { openData } from '../../src/publication/open-data.ts';
import type { Content } from '../../src/domain/content.ts';

const { content } = checkContentRoot(join(import.meta.dirname, '..', 'fixtures', 'canary'));
const model = (buildDate: string) => buildPublicModel(content as Content, { buildDate });

describe('isPublic', () => {
  it('keeps drafts out at any date', () => expect(isPublic({ draft: true }, '2099-01-01')).toBe(false));
  it('keeps an embargoed entry out until its publishFrom date', () => {
    expect(isPublic({ publishFrom: '2024-06-10' }, '2024-06-09')).toBe(false);
    expect(isPublic({ publishFrom: '2024-06-10' }, '2024-06-10')).toBe(true);
    expect(isPublic({ publishFrom: '2024-06-10' }, '2024-06-11')).toBe(true);
  });
});

describe('the public model of the canary fixture', () => {
  const everything = (buildDate: string) =>
    JSON.stringify({ m: model(buildDate), data: openData(model(buildDate)) }, (_k, v) =>
      v instanceof Map ? [...v] : v,
    );

  it('has no draft, embargoed or exempt text anywhere', () => {
    const text = everything('2024-06-10');
    expect(text).not.toMatch(/CANARY-/);
    expect(text).toContain('PUBLIC-EXEMPT-SUMMARY');
    expect(text).toContain('PUBLIC-EXEMPT-TITLE');
    expect(text).toContain('PUBLIC-EXEMPT-ITEM');
    expect(text).toContain('PUBLIC-EXEMPT-DOC-TITLE');
  });

  it('publishes an embargoed decision on its publishFrom day, not the day before', () => {
    const title = (d: string) => model(d).decisions.some((x) => x.title.includes('PUBLIC-EMBARGO-TODAY'));
    expect(title('2024-06-09')).toBe(false);
    expect(title('2024-06-10')).toBe(true);
    expect(title('2024-06-11')).toBe(true);
    expect(everything('2024-06-11')).toContain('CANARY-EMBARGO-TOMORROW');
  });

  it('withholds the exempt decision body and shows the paragraph wording', () => {
    const d = model('2024-06-10').decisions.find((x) => x.exempt)!;
    expect(d.html).toBeUndefined();
    expect(d.exempt!.wording).toBe(
      'Not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.',
    );
  });

  it('withholds an exempt item summary and minute but keeps its title', () => {
    const item = model('2024-06-10')
      .meetings.flatMap((m) => m.items)
      .find((i) => i.exempt)!;
    expect(item.title).toContain('PUBLIC-EXEMPT-ITEM');
    expect(item.summary).toBeUndefined();
    expect(item.minute).toBeUndefined();
  });

  it('publishes only the files that public, non-exempt papers name', () => {
    const files = [...model('2024-06-10').documents.keys()];
    expect(files.length).toBeGreaterThan(0);
    expect(files).not.toContain('documents/canary-draft.pdf');
  });
});

describe('a person’s attendance', () => {
  it('is newest first by start time, whatever the meeting ids', () => {
    const { content: minimal } = checkContentRoot(join(import.meta.dirname, '..', 'fixtures', 'minimal'));
    const c = minimal as Content;
    // Ids that sort the other way from the dates: the May meeting last, the July meeting first.
    const renamed = { '2023-05-10-test-board': 'zz-may-meeting', '2023-07-12-test-board': 'aa-july-meeting' } as Record<
      string,
      string
    >;
    const meetings = c.meetings.map((m) => ({ ...m, id: renamed[m.id] ?? m.id }));
    const m = buildPublicModel({ ...c, meetings }, { buildDate: '2024-06-10' });
    const alex = m.people.find((p) => p.id === 'cllr-alex-test')!;
    expect(alex.attendance.map((a) => a.meeting.id)).toEqual(['aa-july-meeting', 'zz-may-meeting']);
  });
});

describe('a body’s own closure days', () => {
  it('count in the call-in window of its decisions, on top of the site’s', () => {
    const { content: minimal } = checkContentRoot(join(import.meta.dirname, '..', 'fixtures', 'minimal'));
    const c = minimal as Content;
    const before = buildPublicModel(c, { buildDate: '2024-06-10' }).decisions.find((d) => d.id === 'jcb-2023-002')!;
    const bodies = c.bodies.map((b) =>
      b.id === 'test-board'
        ? { ...b, data: { ...b.data, rules: { ...b.data.rules, closureDays: ['2023-05-15'] } } }
        : b,
    );
    const after = buildPublicModel({ ...c, bodies }, { buildDate: '2024-06-10' }).decisions.find(
      (d) => d.id === 'jcb-2023-002',
    )!;
    expect(before.callIn.window!.lastDay).toBe('2023-05-18');
    expect(after.callIn.window!.lastDay).toBe('2023-05-19');
    expect(after.callIn.holidays).toContainEqual({ date: '2023-05-15', name: 'Closure day' });
  });
});

describe('fund years and the decisions that approved them', () => {
  const sample = checkContentRoot(join(import.meta.dirname, '..', '..', 'content')).content as Content;
  const year2024 = (c: Content) =>
    buildPublicModel(c, { buildDate: '2026-11-22' })
      .funds.find((f) => f.id === 'better-care-fund')!
      .years.find((y) => y.year === '2024-25')!;

  it('link the approving decision while it is public', () => {
    expect(year2024(sample).approvedBy).toEqual({
      id: 'jcb-2023-002',
      title: 'Better Care Fund plan 2023-25',
      href: '/jcb/decisions/jcb-2023-002/',
    });
  });

  it('name no approving decision that is a draft, and keep the year', () => {
    const drafted = {
      ...sample,
      decisions: sample.decisions.map((d) =>
        d.id === 'jcb-2023-002' ? { ...d, data: { ...d.data, draft: true } } : d,
      ),
    } as Content;
    const y = year2024(drafted);
    expect(y.approvedBy).toBeUndefined();
    expect(y.href).toBe('/jcb/budgets/better-care-fund/2024-25/');
  });
});
