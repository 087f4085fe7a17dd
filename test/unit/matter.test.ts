// The life of a matter, quorum (and when it gives no answer), and people's attendance and declarations, from the model.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkContentRoot } from '../../src/publication/load.ts';
import { buildPublicModel } from '../../src/publication/model.ts';
import { matterTimeline } from '../../src/publication/timeline.ts';
import { quorumSentence } from '../../src/publication/explain.ts';
import type { Content } from '../../src/domain/content.ts';

const content = checkContentRoot(join(import.meta.dirname, '..', 'fixtures', 'minimal')).content as Content;
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
      ['2023-05-18', 'Call-in window closed at the end of the day'],
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
  it('gives the closing time of a window that closes during the day, as the call-in panel does (Croydon, 1pm)', () => {
    const root = join(import.meta.dirname, '..', 'fixtures', 'constitutions', 'croydon');
    const croydon = buildPublicModel(checkContentRoot(root).content as Content, { buildDate: '2026-11-22' });
    const d = croydon.decisions.find((x) => x.callIn.window)!;
    const closing = matterTimeline(croydon, { decision: d }).find((e) => e.label.startsWith('Call-in window'))!;
    expect(closing.label).toBe('Call-in window closed at 1pm');
    expect(closing.date).toBe(d.callIn.window!.lastDay);
  });
  it('marks events after the build date as planned', () => {
    const early = buildPublicModel(content, { buildDate: '2023-05-15' });
    const events = matterTimeline(early, { decision: early.decisions.find((d) => d.id === 'jcb-2023-001')! });
    expect(events.filter((e) => e.future).map((e) => e.date)).toEqual(['2023-05-18', '2023-05-19']);
  });
});

/** minimal/ with one meeting changed: the documents and tables are kept, the entries copied. */
function withMeeting(id: string, change: (data: Content['meetings'][number]['data']) => void): Content {
  const c = structuredClone({ ...content, documents: undefined, tables: undefined }) as unknown as Content;
  c.documents = content.documents;
  c.tables = content.tables;
  change(c.meetings.find((x) => x.id === id)!.data);
  return c;
}

describe('quorum', () => {
  it('on a held meeting, counts the members present against each condition', () => {
    const meeting = m.meetings.find((x) => x.id === '2023-05-10-test-board')!;
    expect(meeting.quorum.evaluated).toBe('yes');
    expect(meeting.quorum.quorate).toBe(true);
    // Councillor Chris Test sent apologies, so one council member is present of the one needed.
    expect(meeting.quorum.conditions.map((c) => [c.present.map((p) => p.person), c.condition.min, c.met])).toEqual([
      [['cllr-alex-test'], 1, true],
      [['dr-bea-test'], 1, true],
    ]);
    expect(quorumSentence(meeting.quorum)).toMatch(
      /^Quorate: [^:]+: 1 present, 1 needed; [^:]+: 1 present, 1 needed\.$/,
    );
  });

  it('on a held meeting, is not met when a condition has too few members present', () => {
    const c = withMeeting('2023-05-10-test-board', (data) => {
      data.attendance = data.attendance.map((a) => (a.person === 'dr-bea-test' ? { ...a, status: 'apologies' } : a));
    });
    const x = buildPublicModel(c, { buildDate: '2023-06-01' }).meetings.find((y) => y.id === '2023-05-10-test-board')!;
    expect(x.quorum.quorate).toBe(false);
    expect(x.quorum.conditions.map((q) => q.met)).toEqual([true, false]);
    expect(quorumSentence(x.quorum)).toMatch(/^Not quorate: [^:]+: 0 present, 1 needed; /);
  });

  it('gives no answer for a held meeting whose attendance was not recorded, and says why', () => {
    const c = withMeeting('2023-05-10-test-board', (data) => {
      data.attendance = [];
    });
    const x = buildPublicModel(c, { buildDate: '2023-06-01' }).meetings.find((y) => y.id === '2023-05-10-test-board')!;
    expect(x.quorum).toMatchObject({ quorate: null, evaluated: 'no-attendance' });
    expect(quorumSentence(x.quorum)).toBe(
      'Attendance was not recorded, so whether the meeting was quorate is not known.',
    );
  });

  it('gives no answer, and no sentence, for a meeting not held, even with attendance written in', () => {
    const c = withMeeting('2023-07-12-test-board', (data) => {
      data.status = 'scheduled';
    });
    const x = buildPublicModel(c, { buildDate: '2023-06-01' }).meetings.find((y) => y.id === '2023-07-12-test-board')!;
    expect(x.quorum).toMatchObject({ quorate: null, evaluated: 'not-held', conditions: [] });
    expect(quorumSentence(x.quorum)).toBeUndefined();
  });
});

describe('attendance records', () => {
  it('count meetings attended of those expected while a member', () => {
    const record = (id: string) => m.people.find((p) => p.id === id)!;
    const chris = record('cllr-chris-test');
    expect(chris.attendance.find((a) => a.meeting.id === '2023-05-10-test-board')).toMatchObject({
      status: 'apologies',
      expected: true,
    });
    expect(chris.attendanceRecord).toEqual({ attended: 1, expected: 2 });
    expect(record('cllr-alex-test').attendanceRecord).toEqual({ attended: 2, expected: 2 });
  });

  it("list a person's declarations with where they were made", () => {
    const bea = m.people.find((p) => p.id === 'dr-bea-test')!;
    expect(bea.declarations.map((d) => [d.where.href, d.interest])).toEqual([
      ['/board/meetings/2023-05-10-test-board/#item-4', 'Trustee of a carers charity'],
      ['/board/decisions/jcb-2023-002/', 'Trustee of a carers charity'],
    ]);
  });
});
