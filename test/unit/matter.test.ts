// The life of a matter, quorum on held meetings, and people's attendance records, from the model.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadContentRoot } from '../../src/publication/load.ts';
import { buildPublicModel } from '../../src/publication/model.ts';
import { matterTimeline } from '../../src/publication/timeline.ts';
import { quorumSentence } from '../../src/publication/explain.ts';
import type { Content } from '../../src/domain/content.ts';

const content = loadContentRoot(join(import.meta.dirname, '..', 'fixtures', 'minimal')).content as Content;
const m = buildPublicModel(content, { buildDate: '2023-06-01' });

describe('the life of a matter', () => {
  const decision = m.decisions.find((d) => d.id === 'jcb-2023-001')!;
  const fp = m.forwardPlan.find((f) => f.id === 'fp-2023-001')!;
  it('runs from the notice to the day the decision can be implemented, in date order', () => {
    const events = matterTimeline(m, { decision });
    expect(events.map((e) => [e.date, e.label])).toEqual([
      ['2023-04-03', 'Notice published on the forward plan (fp-2023-001)'],
      ['2023-04-28', 'Agenda and reports published'],
      ['2023-05-10', 'Meeting of Test Joint Commissioning Board'],
      ['2023-05-10', 'Decision made (jcb-2023-001)'],
      ['2023-05-11', 'Decision record published'],
      ['2023-05-18', 'Call-in window closed'],
      ['2023-05-19', 'Can be implemented from this day'],
    ]);
  });
  it('is the same matter seen from the forward-plan entry, linking both ways', () => {
    expect(matterTimeline(m, { forwardPlan: fp })).toEqual(matterTimeline(m, { decision }));
    const links = matterTimeline(m, { forwardPlan: fp }).map((e) => e.href);
    expect(links).toContain(decision.href);
    expect(links).toContain(fp.href);
    expect(links).toContain(`${m.urls.meeting('2023-05-10-test-board')}#item-3`);
  });
  it('marks events after the build date as planned', () => {
    const early = buildPublicModel(content, { buildDate: '2023-05-15' });
    const events = matterTimeline(early, { decision: early.decisions.find((d) => d.id === 'jcb-2023-001')! });
    expect(events.filter((e) => e.future).map((e) => e.date)).toEqual(['2023-05-18', '2023-05-19']);
  });
});

describe('quorum on a held meeting', () => {
  it('counts the members present against each condition', () => {
    const meeting = m.meetings.find((x) => x.id === '2023-05-10-test-board')!;
    expect(meeting.quorum.quorate).toBe(true);
    expect(quorumSentence(meeting.quorum)).toMatch(/^Quorate: /);
  });
  it('gives no answer for a meeting not held', () => {
    const c = structuredClone({ ...content, documents: undefined, tables: undefined }) as unknown as Content;
    c.documents = content.documents;
    c.tables = content.tables;
    c.meetings.find((x) => x.id === '2023-05-10-test-board')!.data.attendance = [];
    const x = buildPublicModel(c, { buildDate: '2023-06-01' }).meetings.find((y) => y.id === '2023-05-10-test-board')!;
    expect(x.quorum).toMatchObject({ quorate: null, evaluated: 'no-attendance' });
  });
});

describe('attendance records', () => {
  it('count meetings attended of those expected while a member', () => {
    const chris = m.people.find((p) => p.id === 'cllr-chris-test')!;
    expect(chris.attendance.find((a) => a.meeting.id === '2023-05-10-test-board')).toMatchObject({
      status: 'apologies',
      expected: true,
    });
    expect(chris.attendanceRecord.attended).toBeLessThan(chris.attendanceRecord.expected);
    const bea = m.people.find((p) => p.id === 'dr-bea-test')!;
    expect(bea.declarations.map((d) => d.interest)).toContain('Trustee of a carers charity');
  });
});
