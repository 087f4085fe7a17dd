// Which duties applied to a meeting or a decision: each branch of the ledger's rules, from plain facts.
import { describe, expect, it } from 'vitest';
import {
  decisionDuties,
  meetingDuties,
  privateNoticeLacks,
  type DecisionDutyFacts,
  type ForwardPlanDutyFacts,
  type ItemDutyFacts,
  type MeetingDutyFacts,
} from '../../src/domain/duty-applicability.ts';
import type { Duty, DutyId } from '../../src/domain/duties.ts';
import { DEFAULT_DECISION_RECORD_DAYS, DEFAULT_NOTICE_RULES } from '../../src/domain/notice.ts';
import { workingCalendar } from '../../src/domain/working-days.ts';

const cal = workingCalendar();
const BUILD = '2025-06-01';
const rules = { ...DEFAULT_NOTICE_RULES, decisionRecordDays: DEFAULT_DECISION_RECORD_DAYS };
const ids = (duties: Duty[]) => duties.map((d) => d.id);
const byId = (duties: Duty[], id: DutyId) => duties.find((d) => d.id === id);

// A meeting on Wed 12 Mar 2025: the agenda and further notice are due by Tue 4 Mar (5 clear
// working days), the first notice by Tue 11 Feb (28 clear days).
const report = (item: string, listed = true, exempt?: { summary?: string }): ItemDutyFacts => ({
  item,
  documents: [{}],
  backgroundPapersListed: listed,
  exempt,
});
const meeting = (over: Partial<MeetingDutyFacts> = {}): MeetingDutyFacts => ({
  status: 'held',
  date: '2025-03-12',
  agendaPublished: '2025-03-04',
  nhsOnly: false,
  exemptOnAgenda: false,
  items: [],
  minutesPublished: '2025-03-20',
  ...over,
});
const contents = { reasons: true, representations: true, response: true, complete: true };
const noticeRoute = { route: 'notice' as const, met: true, contents };
const duties = (over: Partial<MeetingDutyFacts>) => meetingDuties(meeting(over), rules, cal, BUILD);

describe('meetingDuties', () => {
  it('gives a cancelled or postponed meeting no duties', () => {
    expect(duties({ status: 'cancelled' })).toEqual([]);
    expect(duties({ status: 'postponed' })).toEqual([]);
  });

  it('measures the agenda of a meeting that took place, and its minutes', () => {
    const d = duties({});
    expect(ids(d)).toEqual(['agenda-published', 'minutes-published']);
    expect(d[0]).toMatchObject({ due: '2025-03-04', met: '2025-03-04', status: 'met', margin: 0 });
    expect(d[1]).toMatchObject({ met: '2025-03-20', status: 'met', note: 'The law sets no number of days' });
  });

  it('gives a scheduled meeting no minutes duty', () => {
    expect(ids(duties({ status: 'scheduled', minutesPublished: undefined }))).toEqual(['agenda-published']);
  });

  it('records minutes not published, or published after the build date, as not recorded', () => {
    expect(byId(duties({ minutesPublished: undefined }), 'minutes-published')).toMatchObject({
      status: 'not-recorded',
      met: undefined,
    });
    expect(byId(duties({ minutesPublished: '2025-06-02' }), 'minutes-published')).toMatchObject({
      status: 'not-recorded',
      met: undefined,
    });
  });

  it('a body of NHS partners alone: the 1960 Act notice, and no reg 5 notices or exempt summary duty', () => {
    const d = duties({
      nhsOnly: true,
      exemptOnAgenda: true,
      privateMeeting: noticeRoute,
      privateNotice: { first: '2025-02-01', further: '2025-03-01' },
      items: [report('1', true, {})],
    });
    expect(ids(d)).toEqual(['agenda-published-nhs', 'background-papers', 'minutes-published']);
    expect(d[0]).toMatchObject({ source: 'Public Bodies (Admission to Meetings) Act 1960, section 1(4)' });
  });

  it('a meeting with no exempt item has no reg 5 duties, whatever notice is recorded', () => {
    const d = duties({ privateMeeting: noticeRoute, privateNotice: { first: '2025-02-01' } });
    expect(ids(d).filter((x) => x.startsWith('private-'))).toEqual([]);
  });

  it('an urgent agreement stands in place of the notices, with who agreed it', () => {
    const agreed = (met: boolean, agreedBy?: string) =>
      duties({
        exemptOnAgenda: true,
        privateMeeting: { route: 'urgent-agreement', agreed: '2025-03-10', agreedBy, met, contents },
        privateNotice: { first: '2025-02-01' },
      });
    const d = agreed(true, 'the chair of scrutiny');
    expect(ids(d)).toEqual([
      'agenda-published',
      'private-urgent-agreement',
      'minutes-published',
      'exempt-minutes-summary',
    ]);
    expect(d[1]).toMatchObject({ met: '2025-03-10', status: 'met', note: 'Agreed by the chair of scrutiny' });
    expect(byId(agreed(false), 'private-urgent-agreement')).toMatchObject({
      status: 'missed',
      met: undefined,
      note: undefined,
    });
  });

  it('measures the first and further notices of a private meeting', () => {
    const d = duties({
      exemptOnAgenda: true,
      privateMeeting: noticeRoute,
      privateNotice: { first: '2025-02-11', further: '2025-03-05' },
    });
    expect(ids(d)).toEqual([
      'agenda-published',
      'private-first-notice',
      'private-further-notice',
      'minutes-published',
      'exempt-minutes-summary',
    ]);
    expect(d[1]).toMatchObject({ due: '2025-02-11', status: 'met', margin: 0, count: 'calendar' });
    expect(d[2]).toMatchObject({ due: '2025-03-04', status: 'late', margin: -1, count: 'working', note: undefined });
  });

  it('says what the further notice does not give, only when it was given', () => {
    const lacking = { reasons: true, representations: false, response: false, complete: false };
    const given = duties({
      exemptOnAgenda: true,
      privateMeeting: { route: 'notice', met: false, contents: lacking },
      privateNotice: { first: '2025-02-01', further: '2025-03-01' },
    });
    expect(byId(given, 'private-further-notice')).toMatchObject({
      status: 'met',
      note: 'The record does not give the representations received and the response',
    });
    const notGiven = duties({
      exemptOnAgenda: true,
      privateMeeting: { route: 'none', met: false, contents: lacking },
    });
    expect(byId(notGiven, 'private-first-notice')).toMatchObject({ due: '2025-02-11', status: 'not-recorded' });
    expect(byId(notGiven, 'private-first-notice')?.met).toBeUndefined();
    expect(byId(notGiven, 'private-further-notice')).toMatchObject({ status: 'not-recorded', note: undefined });
  });

  it('a notice not yet due at the build date is pending', () => {
    const d = meetingDuties(
      meeting({ status: 'scheduled', date: '2025-07-09', agendaPublished: undefined, exemptOnAgenda: true }),
      rules,
      cal,
      BUILD,
    );
    expect(d.map((x) => `${x.id}:${x.status}`)).toEqual([
      'agenda-published:pending',
      'private-first-notice:pending',
      'private-further-notice:pending',
    ]);
  });

  it('background papers: met when every report lists them, not recorded for the items that do not', () => {
    const all = byId(duties({ items: [report('1'), report('2')] }), 'background-papers');
    expect(all).toMatchObject({ met: '2025-03-04', status: 'met', note: undefined });
    const one = byId(duties({ items: [report('1'), report('2', false)] }), 'background-papers');
    expect(one).toMatchObject({ status: 'not-recorded', met: undefined, note: 'Not recorded for item 2' });
    const three = byId(
      duties({ items: [report('1', false), report('2', false), report('4', false)] }),
      'background-papers',
    );
    expect(three?.note).toBe('Not recorded for items 1, 2 and 4');
  });

  it('an item without papers is not a report and needs no background papers', () => {
    const d = duties({ items: [{ item: '1', documents: [], backgroundPapersListed: false }] });
    expect(ids(d)).not.toContain('background-papers');
  });

  it('a summary of each exempt item once the minutes are published', () => {
    const items = [report('1', true, { summary: 'Contract awarded.' }), report('2', true, {}), report('3', true, {})];
    const d = duties({ exemptOnAgenda: true, privateMeeting: noticeRoute, items });
    expect(ids(d).at(-1)).toBe('exempt-minutes-summary');
    expect(byId(d, 'exempt-minutes-summary')).toMatchObject({
      status: 'missed',
      note: 'No summary for items 2 and 3',
    });
    expect(byId(duties({ exemptOnAgenda: true, items: [report('1', true, {})] }), 'exempt-minutes-summary')?.note).toBe(
      'No summary for item 1',
    );
    const done = duties({ exemptOnAgenda: true, items: [report('1', true, { summary: 'Agreed.' })] });
    expect(byId(done, 'exempt-minutes-summary')).toMatchObject({ met: '2025-03-20', status: 'met', note: undefined });
    const noMinutes = duties({ exemptOnAgenda: true, items, minutesPublished: undefined });
    expect(ids(noMinutes)).not.toContain('exempt-minutes-summary');
    const later = duties({ exemptOnAgenda: true, items, minutesPublished: '2025-06-02' });
    expect(ids(later)).not.toContain('exempt-minutes-summary');
  });
});

describe('privateNoticeLacks', () => {
  it('names each content the further notice does not give, in order', () => {
    expect(privateNoticeLacks(contents)).toEqual([]);
    expect(privateNoticeLacks({ reasons: false, representations: false, response: false, complete: false })).toEqual([
      'the reasons',
      'the representations received',
      'the response',
    ]);
    expect(privateNoticeLacks({ reasons: true, representations: false, response: true, complete: false })).toEqual([
      'the representations received',
    ]);
  });
});

// A decision made on Thu 1 May 2025 and published on Mon 5 May (a bank holiday) is recorded by
// Tue 6 May, two working days after it was made.
const decision = (over: Partial<DecisionDutyFacts> = {}): DecisionDutyFacts => ({
  made: '2025-05-01',
  published: '2025-05-02',
  year: '2025/26',
  notice: { route: 'not-required', met: true },
  officerDecision: false,
  backgroundPapersListed: true,
  declarations: [{}],
  ...over,
});
const plan = (over: Partial<ForwardPlanDutyFacts['noticeContents']> = {}): ForwardPlanDutyFacts => ({
  published: '2025-04-02',
  noticeContents: { applies: true, complete: true, missing: [], documentsListed: 2, ...over },
});
const forwardPlanNotice = {
  route: 'forward-plan' as const,
  published: '2025-04-02',
  clearDays: 28,
  required: 28,
  count: 'calendar' as const,
  met: true,
};
const dDuties = (over: Partial<DecisionDutyFacts>, fp?: ForwardPlanDutyFacts) =>
  decisionDuties(decision(over), rules, cal, BUILD, fp);

describe('decisionDuties', () => {
  it('a decision that needed no notice has its record duties only', () => {
    const d = dDuties({});
    expect(ids(d)).toEqual(['decision-record', 'record-contents', 'record-declarations']);
    expect(d[0]).toMatchObject({ due: '2025-05-06', met: '2025-05-02', status: 'met', margin: 1, count: 'working' });
    expect(d[1]).toMatchObject({ met: '2025-05-02', status: 'met' });
    expect(d[2]).toMatchObject({ met: '2025-05-02', status: 'met', note: undefined });
  });

  it('the record follows the rule in force for its days', () => {
    const d = decisionDuties(decision({ published: '2025-05-07' }), rules, cal, BUILD);
    expect(d[0]).toMatchObject({ due: '2025-05-06', status: 'late', margin: -1 });
    const d5 = decisionDuties(decision({ published: '2025-05-07' }), { ...rules, decisionRecordDays: 5 }, cal, BUILD);
    expect(d5[0]).toMatchObject({ due: '2025-05-09', status: 'met', margin: 2 });
  });

  it('says when no conflict of interest was declared', () => {
    expect(byId(dDuties({ declarations: [] }), 'record-declarations')).toMatchObject({
      status: 'met',
      note: 'None declared',
    });
  });

  it('forward plan: the 28 clear days notice, and what the notice lists', () => {
    const d = dDuties({ notice: forwardPlanNotice }, plan());
    expect(ids(d)).toEqual([
      'key-decision-notice',
      'key-decision-notice-contents',
      'decision-record',
      'record-contents',
      'record-declarations',
    ]);
    expect(d[0]).toMatchObject({ due: '2025-04-02', met: '2025-04-02', status: 'met', margin: 0, count: 'calendar' });
    expect(d[1]).toMatchObject({ met: '2025-04-02', status: 'met', note: '2 documents listed' });
    expect(
      byId(dDuties({ notice: forwardPlanNotice }, plan({ documentsListed: 1 })), 'key-decision-notice-contents'),
    ).toMatchObject({
      note: '1 document listed',
    });
  });

  it('forward plan: a notice that lacks its documents or the address for copies', () => {
    const both = dDuties(
      { notice: forwardPlanNotice },
      plan({ complete: false, missing: ['documents', 'documentsFrom'], documentsListed: 0 }),
    );
    expect(byId(both, 'key-decision-notice-contents')).toMatchObject({
      status: 'missed',
      met: undefined,
      note: 'Missing: the list of documents and the address for copies',
    });
    const address = dDuties({ notice: forwardPlanNotice }, plan({ complete: false, missing: ['documentsFrom'] }));
    expect(byId(address, 'key-decision-notice-contents')?.note).toBe('Missing: the address for copies');
  });

  it('forward plan: no contents duty when reg 9(1) does not apply or no entry is given', () => {
    expect(ids(dDuties({ notice: forwardPlanNotice }, plan({ applies: false })))).not.toContain(
      'key-decision-notice-contents',
    );
    expect(ids(dDuties({ notice: forwardPlanNotice }))).not.toContain('key-decision-notice-contents');
  });

  it('forward plan: a late notice', () => {
    const late = { ...forwardPlanNotice, published: '2025-04-03', clearDays: 27, met: false };
    expect(dDuties({ notice: late })[0]).toMatchObject({ id: 'key-decision-notice', status: 'late', margin: -1 });
  });

  it('general exception: 5 clear working days before the decision', () => {
    const notice = {
      route: 'general-exception' as const,
      published: '2025-04-23',
      clearDays: 5,
      required: 5,
      count: 'working' as const,
      met: true,
    };
    const d = dDuties({ notice });
    expect(ids(d)).toEqual(['general-exception', 'decision-record', 'record-contents', 'record-declarations']);
    expect(d[0]).toMatchObject({ due: '2025-04-23', met: '2025-04-23', status: 'met', margin: 0, count: 'working' });
  });

  it('special urgency: the agreement, before the decision, and the annual report', () => {
    const urgent = (agreed?: string, agreedBy?: string) =>
      dDuties({ notice: { route: 'special-urgency', agreed, agreedBy, met: true } });
    const d = urgent('2025-04-30', 'the chair of scrutiny');
    expect(ids(d)).toEqual([
      'special-urgency',
      'special-urgency-report',
      'decision-record',
      'record-contents',
      'record-declarations',
    ]);
    expect(d[0]).toMatchObject({ met: '2025-04-30', status: 'met', note: 'Agreed by the chair of scrutiny' });
    expect(d[1]).toMatchObject({
      status: 'met',
      met: undefined,
      note: 'Listed in the report for 2025/26 on the transparency page',
    });
    expect(urgent('2025-05-01', 'the chair')[0].status).toBe('met');
    expect(urgent('2025-05-02', 'the chair')[0]).toMatchObject({ status: 'missed', met: undefined });
    expect(urgent('2025-04-30')[0]).toMatchObject({ status: 'missed', note: undefined });
    expect(urgent(undefined, 'the chair')[0]).toMatchObject({ status: 'missed', note: 'Agreed by the chair' });
  });

  it('a key decision with no notice and no urgency procedure has missed its notice', () => {
    const d = dDuties({ notice: { route: 'none', met: false } });
    expect(d[0]).toMatchObject({
      id: 'key-decision-notice',
      status: 'missed',
      note: 'A key decision with no forward plan notice or urgency procedure',
    });
    expect(d[0].due).toBeUndefined();
    expect(ids(d)).toEqual(['key-decision-notice', 'decision-record', 'record-contents', 'record-declarations']);
  });

  it('an officer decision: its own record duty and its background papers', () => {
    const d = dDuties({ officerDecision: true });
    expect(ids(d)).toEqual([
      'officer-decision-record',
      'record-contents',
      'officer-background-papers',
      'record-declarations',
    ]);
    expect(d[2]).toMatchObject({ met: '2025-05-02', status: 'met', note: undefined });
    expect(
      byId(dDuties({ officerDecision: true, backgroundPapersListed: false }), 'officer-background-papers'),
    ).toMatchObject({
      status: 'not-recorded',
      met: undefined,
      note: 'The record does not list its background papers, or say it has none',
    });
    expect(ids(dDuties({ backgroundPapersListed: false }))).not.toContain('officer-background-papers');
  });
});
