// Notice compliance: clear days between a notice and its event, the record's delay, and
// which notice route a decision took.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DECISION_RECORD_DAYS,
  DEFAULT_NOTICE_RULES,
  decisionNotice,
  describeClearDays,
  lastDayForNotice,
  meetingAnnounced,
  noticeGiven,
  recordDelay,
  recordDue,
} from '../../src/domain/notice.ts';
import { workingCalendar } from '../../src/domain/working-days.ts';
import type { Decision, ForwardPlanEntry } from '../../src/schemas/index.ts';

const cal = workingCalendar();
const rules = {
  keyDecisionNotice: DEFAULT_NOTICE_RULES.keyDecisionNotice,
  generalException: DEFAULT_NOTICE_RULES.generalException,
};

describe('lastDayForNotice', () => {
  const agenda = DEFAULT_NOTICE_RULES.agendaPublication;

  it('is the last day that still gives the clear days, skipping weekends and bank holidays', () => {
    // Before Tuesday 9 April 2024: 2, 3, 4, 5 and 8 April are the 5 clear working days, so Easter
    // Monday is the last day; before Friday 5 April, Good Friday and Easter Monday do not count.
    expect(lastDayForNotice(cal, '2024-04-09', agenda)).toBe('2024-04-01');
    expect(lastDayForNotice(cal, '2024-04-16', agenda)).toBe('2024-04-08');
    expect(lastDayForNotice(cal, '2024-04-05', agenda)).toBe('2024-03-26');
    expect(lastDayForNotice(cal, '2024-04-30', { clearDays: 28, count: 'calendar' })).toBe('2024-04-01');
    expect(lastDayForNotice(cal, '2024-04-30', { clearDays: 0, count: 'working' })).toBe('2024-04-29');
  });

  it('gives notice that noticeGiven measures as just met, and a day later as missed', () => {
    for (const [event, rule] of [
      ['2024-04-09', agenda],
      ['2026-12-29', agenda],
      ['2024-03-01', { clearDays: 28, count: 'calendar' }],
      ['2024-05-06', { clearDays: 3, count: 'working' }],
    ] as const) {
      const last = lastDayForNotice(cal, event, rule);
      expect(noticeGiven(cal, last, event, rule), `${event} ${last}`).toMatchObject({
        met: true,
        clearDays: rule.clearDays,
      });
      const next = new Date(Date.parse(`${last}T00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      expect(noticeGiven(cal, next, event, rule).met, `${event} ${next}`).toBe(false);
    }
  });
});

describe('meetingAnnounced', () => {
  const agenda = DEFAULT_NOTICE_RULES.agendaPublication;

  it('is the day the agenda was published, then the end of the embargo, then the day the agenda is due', () => {
    const date = '2026-12-17';
    expect(meetingAnnounced(cal, { date, agendaPublished: '2026-12-08', publishFrom: '2026-01-05' }, agenda)).toBe(
      '2026-12-08',
    );
    expect(meetingAnnounced(cal, { date, publishFrom: '2026-01-05' }, agenda)).toBe('2026-01-05');
    expect(meetingAnnounced(cal, { date }, agenda)).toBe('2026-12-09');
    expect(meetingAnnounced(cal, { date }, { clearDays: 3, count: 'calendar' })).toBe('2026-12-13');
  });

  it('is never after the meeting', () => {
    expect(meetingAnnounced(cal, { date: '2024-03-14', publishFrom: '2024-06-01' }, agenda)).toBe('2024-03-14');
  });
});

describe('noticeGiven', () => {
  it('counts calendar days strictly between notice and event against the rule', () => {
    // 28 clear days: published on the 1st, the event on the 30th.
    expect(noticeGiven(cal, '2024-04-01', '2024-04-30', { clearDays: 28, count: 'calendar' })).toEqual({
      published: '2024-04-01',
      clearDays: 28,
      required: 28,
      count: 'calendar',
      met: true,
    });
    expect(noticeGiven(cal, '2024-04-02', '2024-04-30', { clearDays: 28, count: 'calendar' })).toMatchObject({
      clearDays: 27,
      met: false,
    });
  });

  it('counts only working days for a working-day rule, skipping weekends and bank holidays', () => {
    // Thursday 28 March to Tuesday 9 April 2024: Good Friday and Easter Monday do not count.
    const n = noticeGiven(cal, '2024-03-28', '2024-04-09', { clearDays: 5, count: 'working' });
    expect(n.clearDays).toBe(5);
    expect(n.met).toBe(true);
    expect(noticeGiven(cal, '2024-03-28', '2024-04-08', { clearDays: 5, count: 'working' }).met).toBe(false);
  });

  it('never counts a notice published on or after the event as met', () => {
    expect(noticeGiven(cal, '2024-04-30', '2024-04-30', { clearDays: 0, count: 'calendar' })).toMatchObject({
      clearDays: 0,
      met: false,
    });
    expect(noticeGiven(cal, '2024-05-01', '2024-04-30', { clearDays: 0, count: 'calendar' }).met).toBe(false);
    expect(noticeGiven(cal, '2024-04-29', '2024-04-30', { clearDays: 0, count: 'calendar' }).met).toBe(true);
  });
});

describe('recordDelay', () => {
  it('counts working days after the decision up to and including publication', () => {
    expect(recordDelay(cal, '2024-03-14', '2024-03-14')).toBe(0);
    expect(recordDelay(cal, '2024-03-14', '2024-03-15')).toBe(1);
    // Thursday to Monday: Friday and Monday.
    expect(recordDelay(cal, '2024-03-14', '2024-03-18')).toBe(2);
    // Published on a Saturday: only Friday counts.
    expect(recordDelay(cal, '2024-03-14', '2024-03-16')).toBe(1);
    // Over Easter 2024: Wednesday 27 March to Tuesday 2 April is Thursday and Tuesday.
    expect(recordDelay(cal, '2024-03-27', '2024-04-02')).toBe(2);
    expect(recordDelay(cal, '2024-03-14', '2024-03-13')).toBe(0);
    expect(DEFAULT_DECISION_RECORD_DAYS).toBe(2);
  });
});

describe('describeClearDays', () => {
  it('says calendar or working days, singular or plural', () => {
    expect(describeClearDays(71, 'calendar')).toBe('71 clear days');
    expect(describeClearDays(1, 'calendar')).toBe('1 clear day');
    expect(describeClearDays(5, 'working')).toBe('5 clear working days');
    expect(describeClearDays(1, 'working')).toBe('1 clear working day');
    expect(describeClearDays(0, 'working')).toBe('0 clear working days');
  });
});

describe('decisionNotice', () => {
  const decision = (over: Partial<Decision>) => ({ made: '2024-04-30', key: true, ...over }) as Decision;
  const entry = (published: string) => ({ published }) as ForwardPlanEntry;

  it('measures a forward plan notice against the key decision rule', () => {
    expect(decisionNotice(decision({}), entry('2024-04-01'), rules, cal)).toEqual({
      route: 'forward-plan',
      published: '2024-04-01',
      clearDays: 28,
      required: 28,
      count: 'calendar',
      met: true,
    });
    expect(decisionNotice(decision({}), entry('2024-04-10'), rules, cal)).toMatchObject({
      route: 'forward-plan',
      met: false,
    });
  });

  it('measures a general exception notice in working days, whatever the forward plan says', () => {
    const d = decision({
      urgency: { kind: 'general-exception', noticePublished: '2024-04-22', callInExempt: false },
    });
    expect(decisionNotice(d, entry('2024-01-01'), rules, cal)).toEqual({
      route: 'general-exception',
      published: '2024-04-22',
      clearDays: 5,
      required: 5,
      count: 'working',
      met: true,
    });
  });

  it('takes special urgency as needing no notice, naming who agreed it', () => {
    const d = decision({
      urgency: { kind: 'special-urgency', agreedBy: 'the chair of scrutiny', agreed: '2024-04-29', callInExempt: true },
    });
    expect(decisionNotice(d, undefined, rules, cal)).toEqual({
      route: 'special-urgency',
      agreedBy: 'the chair of scrutiny',
      agreed: '2024-04-29',
      met: true,
    });
  });

  it('finds a key decision without notice unmet, and a decision that is not key needing none', () => {
    expect(decisionNotice(decision({ key: true }), undefined, rules, cal)).toEqual({ route: 'none', met: false });
    expect(decisionNotice(decision({ key: false }), undefined, rules, cal)).toEqual({
      route: 'not-required',
      met: true,
    });
  });
});

describe('recordDue', () => {
  it('is the last working day of the target, over Easter, or the day of the decision for a target of 0', () => {
    expect(recordDue(cal, '2024-03-28', 2)).toBe('2024-04-03');
    expect(recordDue(cal, '2024-03-28', 0)).toBe('2024-03-28');
  });
});
