// The duty ledger's rules, from the worked examples of the regulations: each duty met on the
// last day it could be, and missed by one day.
import { describe, expect, it } from 'vitest';
import { DUTIES, countDuties, factDuty, noticeDuty, recordDuty } from '../../src/domain/duties.ts';
import { DEFAULT_NOTICE_RULES } from '../../src/domain/notice.ts';
import { workingCalendar } from '../../src/domain/working-days.ts';
import { hasCouncilPartner } from '../../src/domain/content.ts';

const cal = workingCalendar();
const R = DEFAULT_NOTICE_RULES;
const BUILD = '2026-12-01';

describe('noticeDuty', () => {
  it('agenda, 5 clear working days (reg 7; s.100B): a meeting on Wed 7 Jan 2026 is due by Mon 29 Dec 2025', () => {
    const onTime = noticeDuty('agenda-published', cal, '2025-12-29', '2026-01-07', R.agendaPublication, BUILD);
    expect(onTime).toMatchObject({ due: '2025-12-29', met: '2025-12-29', status: 'met', margin: 0, count: 'working' });
    const late = noticeDuty('agenda-published', cal, '2025-12-30', '2026-01-07', R.agendaPublication, BUILD);
    expect(late).toMatchObject({ due: '2025-12-29', status: 'late', margin: -1 });
    const early = noticeDuty('agenda-published', cal, '2025-12-22', '2026-01-07', R.agendaPublication, BUILD);
    // 23, 24, 29 December are the working days to spare (25, 26 December and the weekend are not).
    expect(early).toMatchObject({ status: 'met', margin: 3 });
  });

  it('key decision notice, 28 clear days (reg 9): a decision on Thu 1 May 2025 is due by Wed 2 Apr 2025', () => {
    expect(
      noticeDuty('key-decision-notice', cal, '2025-04-02', '2025-05-01', R.keyDecisionNotice, BUILD),
    ).toMatchObject({
      due: '2025-04-02',
      status: 'met',
      margin: 0,
      count: 'calendar',
    });
    expect(
      noticeDuty('key-decision-notice', cal, '2025-04-03', '2025-05-01', R.keyDecisionNotice, BUILD),
    ).toMatchObject({
      status: 'late',
      margin: -1,
    });
  });

  it('private meeting notices (reg 5): 28 clear days, then 5 clear working days across Easter', () => {
    // A meeting on Tue 9 Apr 2024: 2, 3, 4, 5 and 8 April are the five clear working days, so the
    // further notice is due by Easter Monday, 1 April; 2 April is one working day late.
    const further = (p: string) =>
      noticeDuty('private-further-notice', cal, p, '2024-04-09', R.privateMeetingFurtherNotice, BUILD);
    expect(further('2024-04-01')).toMatchObject({ due: '2024-04-01', status: 'met', margin: 0 });
    expect(further('2024-04-02')).toMatchObject({ status: 'late', margin: -1 });
    // Published on Maundy Thursday, it has Good Friday and Easter Monday in hand but they are not working days.
    expect(further('2024-03-28')).toMatchObject({ status: 'met', margin: 0 });
    const first = (p: string) =>
      noticeDuty('private-first-notice', cal, p, '2024-04-09', R.privateMeetingNotice, BUILD);
    expect(first('2024-03-11')).toMatchObject({ due: '2024-03-11', status: 'met', margin: 0, count: 'calendar' });
    expect(first('2024-03-12')).toMatchObject({ status: 'late', margin: -1 });
  });

  it('general exception (reg 10): 5 clear working days before a decision on Fri 5 Apr 2024', () => {
    expect(noticeDuty('general-exception', cal, '2024-03-26', '2024-04-05', R.generalException, BUILD)).toMatchObject({
      due: '2024-03-26',
      status: 'met',
      margin: 0,
    });
    expect(noticeDuty('general-exception', cal, '2024-03-27', '2024-04-05', R.generalException, BUILD)).toMatchObject({
      status: 'late',
      margin: -1,
    });
  });

  it('counts a notice that appeared after the event as late by every counted day from the due date', () => {
    // Due Mon 29 Dec 2025; on Thu 8 Jan 2026: 30, 31 Dec, 2, 5, 6, 7, 8 Jan (1 Jan is a holiday).
    const d = noticeDuty('agenda-published', cal, '2026-01-08', '2026-01-07', R.agendaPublication, BUILD);
    expect(d).toMatchObject({ status: 'late', margin: -7 });
  });

  it('says a notice the record does not date is not recorded once due, and pending before', () => {
    expect(noticeDuty('agenda-published', cal, undefined, '2026-01-07', R.agendaPublication, BUILD)).toMatchObject({
      due: '2025-12-29',
      status: 'not-recorded',
    });
    const ahead = noticeDuty('agenda-published', cal, undefined, '2026-12-16', R.agendaPublication, BUILD);
    expect(ahead).toMatchObject({ due: '2026-12-08', status: 'pending' });
    expect(ahead.met).toBeUndefined();
    expect(ahead.margin).toBeUndefined();
  });

  it('carries the duty’s words and legal source', () => {
    const d = noticeDuty('private-first-notice', cal, '2024-03-11', '2024-04-09', R.privateMeetingNotice, BUILD);
    expect(d.duty).toBe(DUTIES['private-first-notice'].duty);
    expect(d.source).toMatch(/regulation 5\(2\)/);
  });
});

describe('recordDuty', () => {
  it('record within 2 working days of a decision on Thu 28 Mar 2024 is due by Wed 3 Apr, over Easter', () => {
    expect(recordDuty('decision-record', cal, '2024-03-28', '2024-04-03', 2)).toMatchObject({
      due: '2024-04-03',
      status: 'met',
      margin: 0,
    });
    expect(recordDuty('decision-record', cal, '2024-03-28', '2024-04-04', 2)).toMatchObject({
      status: 'late',
      margin: -1,
    });
    expect(recordDuty('decision-record', cal, '2024-03-28', '2024-03-28', 2)).toMatchObject({ margin: 2 });
    // Published over the Easter weekend it has still used no working day.
    expect(recordDuty('decision-record', cal, '2024-03-28', '2024-03-31', 2)).toMatchObject({ margin: 2 });
  });

  it('is late when published on the weekend after its last day, though no working day was lost', () => {
    // Made Wed 8 Nov 2023, 2 working days: due Fri 10 Nov.
    const sat = recordDuty('decision-record', cal, '2023-11-08', '2023-11-11', 2);
    expect(sat).toMatchObject({ due: '2023-11-10', status: 'late' });
    expect(sat.margin).toBeUndefined();
    expect(recordDuty('decision-record', cal, '2023-11-08', '2023-11-13', 2)).toMatchObject({
      status: 'late',
      margin: -1,
    });
    expect(recordDuty('decision-record', cal, '2023-11-08', '2023-11-10', 2)).toMatchObject({
      status: 'met',
      margin: 0,
    });
  });

  it('with a target of 0 working days is due on the day of the decision', () => {
    expect(recordDuty('decision-record', cal, '2024-03-28', '2024-03-28', 0)).toMatchObject({
      due: '2024-03-28',
      status: 'met',
      margin: 0,
    });
    expect(recordDuty('decision-record', cal, '2024-03-28', '2024-04-02', 0)).toMatchObject({
      status: 'late',
      margin: -1,
    });
  });
});

describe('factDuty and countDuties', () => {
  it('is met on its day, or missed, or what the caller says when not done', () => {
    expect(factDuty('special-urgency', '2024-03-01', true)).toMatchObject({ status: 'met', met: '2024-03-01' });
    expect(factDuty('special-urgency', '2024-03-01', false)).toMatchObject({ status: 'missed', met: undefined });
    expect(factDuty('minutes-published', undefined, false, undefined, 'pending').status).toBe('pending');
  });

  it('counts every status', () => {
    const duties = [
      noticeDuty('agenda-published', cal, '2025-12-29', '2026-01-07', R.agendaPublication, BUILD),
      noticeDuty('agenda-published', cal, '2025-12-30', '2026-01-07', R.agendaPublication, BUILD),
      noticeDuty('agenda-published', cal, undefined, '2026-01-07', R.agendaPublication, BUILD),
      factDuty('special-urgency', undefined, false),
    ];
    expect(countDuties(duties)).toEqual({ applied: 4, met: 1, late: 1, missed: 1, 'not-recorded': 1, pending: 0 });
  });
});

describe('hasCouncilPartner', () => {
  const partners = new Map([
    ['council', { id: 'council', name: 'Test Council', short: 'TC', kind: 'local-authority' as const }],
    ['icb', { id: 'icb', name: 'NHS Test ICB', short: 'ICB', kind: 'nhs-commissioner' as const }],
  ]);
  it('a joint body with a council partner is under the council rules; an NHS-only body is not', () => {
    expect(hasCouncilPartner({ partners: ['icb', 'council'] }, partners)).toBe(true);
    expect(hasCouncilPartner({ partners: ['icb'] }, partners)).toBe(false);
    expect(hasCouncilPartner({ partners: ['unknown'] }, partners)).toBe(false);
  });
});
