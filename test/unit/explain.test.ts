// Sentences that explain a record: the exact words each page, feed and calendar shows.
import { describe, expect, it } from 'vitest';
import type { PublicCallIn } from '../../src/publication/types.ts';
import { DEFAULT_CALL_IN } from '../../src/domain/call-in.ts';
import {
  callInCloses,
  callInClosesSentence,
  callInWhoSentence,
  callInCounting,
  callInOutcomeText,
  decisionDeclarationText,
  dispensationText,
  agendaNoticeSentence,
  attendanceRecordSentence,
  forwardPlanLine,
  forwardPlanNoticeSentence,
  inPrivateSentence,
  implementableFrom,
  implementableSentence,
  itemDeclarationText,
  meetingDeclarationText,
  minutesText,
  noticeRouteText,
  pooledFromText,
  privateNoticeSentence,
  privateMeetingRouteSentence,
  itemsInPrivateText,
  inspectionSentence,
  inspectionUntilText,
  quorumConditionText,
  recordSentence,
} from '../../src/publication/explain.ts';
import type { NoticeResult } from '../../src/domain/notice.ts';

const callIn = (over: Partial<PublicCallIn> = {}): PublicCallIn => ({
  applies: true,
  status: 'open',
  rule: DEFAULT_CALL_IN,
  window: {
    start: '2024-03-28',
    lastDay: '2024-04-08',
    closesAt: 'end-of-day',
    endsAt: '2024-04-09T00:00',
    implementableFrom: '2024-04-09T00:00',
  },
  holidays: [
    { date: '2024-03-29', name: 'Good Friday' },
    { date: '2024-04-01', name: 'Easter Monday' },
  ],
  ...over,
});
const at1pm = callIn({
  status: 'closed',
  rule: { ...DEFAULT_CALL_IN, countFrom: 'decision', workingDays: 1, closesAt: '13:00' },
  window: {
    start: '2024-07-19',
    lastDay: '2024-07-22',
    closesAt: '13:00',
    endsAt: '2024-07-22T13:00',
    implementableFrom: '2024-07-22T13:00',
  },
  holidays: [],
});

describe('call-in sentences', () => {
  it('say who can call a decision in and where it goes, from the constitution’s settings', () => {
    const committee = 'Overview and Scrutiny Management Committee';
    expect(callInWhoSentence({ councillors: 2, committee })).toBe(
      'Two councillors can call in a decision; it then goes to the Overview and Scrutiny Management Committee.',
    );
    expect(callInWhoSentence({ councillors: 1, committee: `the ${committee}` })).toBe(
      'One councillor can call in a decision; it then goes to the Overview and Scrutiny Management Committee.',
    );
    expect(callInWhoSentence({ councillors: 12 })).toBe('12 councillors can call in a decision.');
    expect(callInWhoSentence({ committee: 'Scrutiny Panel' })).toBe('A decision called in goes to the Scrutiny Panel.');
    expect(callInWhoSentence({})).toBeUndefined();
  });

  it('say when the window closes, at the end of the day or at a time', () => {
    expect(callInCloses(callIn())).toBe('the end of Monday 8 April 2024');
    expect(callInCloses(at1pm)).toBe('1pm on Monday 22 July 2024');
    expect(callInClosesSentence(callIn())).toBe('Call-in closes at the end of Monday 8 April 2024.');
    expect(callInClosesSentence(at1pm)).toBe('Call-in closed at 1pm on Monday 22 July 2024.');
    expect(callInClosesSentence(callIn({ status: 'called-in' }))).toBe(
      'Call-in closed at the end of Monday 8 April 2024.',
    );
  });

  it('say how the window was counted and which holidays it crossed', () => {
    expect(callInCounting(callIn())).toBe(
      '5 working days after the record was published on Thursday 28 March 2024; Good Friday and Easter Monday are not working days',
    );
    expect(callInCounting(at1pm)).toBe('1 working day after the decision was made on Friday 19 July 2024');
    expect(callInCounting(callIn({ holidays: [{ date: '2024-05-06', name: 'Early May bank holiday' }] }))).toBe(
      '5 working days after the record was published on Thursday 28 March 2024; Early May bank holiday is not a working day',
    );
  });

  it('say from when the decision can be implemented, or could have been had it not been called in', () => {
    expect(implementableFrom(callIn())).toBe('Tuesday 9 April 2024');
    expect(implementableFrom(at1pm)).toBe('1pm on Monday 22 July 2024');
    expect(implementableSentence(callIn())).toBe('Can be implemented from Tuesday 9 April 2024.');
    expect(implementableSentence(callIn({ status: 'called-in' }))).toBe(
      'Had it not been called in, it could have been implemented from Tuesday 9 April 2024.',
    );
  });

  it('say nothing of a window a decision does not have', () => {
    const none = callIn({ applies: false, status: 'not-applicable', window: undefined });
    expect(callInCloses(none)).toBeUndefined();
    expect(callInClosesSentence(none)).toBeUndefined();
    expect(callInCounting(none)).toBeUndefined();
    expect(implementableSentence(none)).toBeUndefined();
  });

  it('say what came of a call-in, with its date where recorded', () => {
    const called = callIn({ status: 'called-in', calledIn: '2019-01-29' });
    expect(callInOutcomeText(called)).toBeUndefined();
    expect(callInOutcomeText({ ...called, outcome: 'referred-back', outcomeDate: '2019-02-07' })).toBe(
      'Referred back to the decision maker (Thursday 7 February 2019)',
    );
    expect(callInOutcomeText({ ...called, outcome: 'no-further-action' })).toBe(
      'No further action: the decision stands',
    );
  });
});

describe('decision sentences', () => {
  it('name the notice route of a decision that is not on the forward plan', () => {
    expect(
      noticeRouteText({
        key: true,
        urgency: { kind: 'general-exception', noticePublished: '2022-12-08', callInExempt: false },
      }),
    ).toBe('General exception: notice published Thursday 8 December 2022');
    expect(
      noticeRouteText({
        key: true,
        urgency: {
          kind: 'special-urgency',
          agreedBy: 'the chair of scrutiny',
          agreed: '2020-03-20',
          callInExempt: true,
        },
      }),
    ).toBe('Special urgency: agreed by the chair of scrutiny on Friday 20 March 2020');
    expect(noticeRouteText({ key: true })).toBe('No notice recorded');
    expect(noticeRouteText({ key: false })).toBe('Not required (not a key decision)');
  });

  it('say how long the record took against its target', () => {
    expect(recordSentence({ workingDays: 1, target: 2, met: true })).toBe(
      'Decision record published 1 working day after the decision; the target is 2.',
    );
    expect(recordSentence({ workingDays: 0, target: 2, met: true })).toBe(
      'Decision record published 0 working days after the decision; the target is 2.',
    );
    expect(recordSentence({ workingDays: 6, target: 5, met: false })).toBe(
      'Decision record published 6 working days after the decision; the target is 5.',
    );
  });

  it('give a member’s declaration on a decision, with the action taken and any dispensation', () => {
    const person = { id: 'p', title: 'Cllr A', href: '/p/' };
    expect(decisionDeclarationText({ person, interest: 'Governor of the trust' })).toBe(
      'Governor of the trust. Dispensation: none.',
    );
    expect(
      decisionDeclarationText({
        person,
        interest: 'Governor of the trust',
        action: 'Left the room',
        dispensation: { text: 'Granted by the monitoring officer' },
      }),
    ).toBe('Governor of the trust. Left the room. Dispensation: Granted by the monitoring officer.');
  });

  it('give a dispensation granted with its date, who granted it and its scope', () => {
    const person = { id: 'p', title: 'Cllr A', href: '/p/' };
    const granted = { granted: '2023-05-03', by: 'the Standards Committee' };
    expect(decisionDeclarationText({ person, interest: 'Governor of the trust', dispensation: granted })).toBe(
      'Governor of the trust. Dispensation granted on Wednesday 3 May 2023 by the Standards Committee.',
    );
    expect(dispensationText({ ...granted, scope: 'to speak and vote on the award' })).toBe(
      'Dispensation granted on Wednesday 3 May 2023 by the Standards Committee: to speak and vote on the award',
    );
    expect(
      meetingDeclarationText({ person, interest: 'Governor of the trust', action: 'Spoke', dispensation: granted }),
    ).toBe('Governor of the trust. Spoke. Dispensation granted on Wednesday 3 May 2023 by the Standards Committee.');
  });
});

describe('meeting sentences', () => {
  const agenda: NoticeResult = { published: '2019-01-16', clearDays: 5, required: 5, count: 'working', met: true };
  const first: NoticeResult = { published: '2023-12-08', clearDays: 96, required: 28, count: 'calendar', met: true };
  const further: NoticeResult = { published: '2024-03-12', clearDays: 1, required: 5, count: 'working', met: false };

  it('say when the agenda was published and whether it gave the notice required', () => {
    expect(agendaNoticeSentence(agenda)).toBe(
      'Wednesday 16 January 2019: 5 clear working days before the meeting; 5 required (met)',
    );
    expect(agendaNoticeSentence({ ...agenda, clearDays: 1, met: false })).toBe(
      'Wednesday 16 January 2019: 1 clear working day before the meeting; 5 required (not met)',
    );
  });

  it('give both notices of a private meeting, or say which is missing', () => {
    expect(privateNoticeSentence({ first, further })).toBe(
      'First notice published Friday 8 December 2023, 96 clear days before the meeting; 28 required (met); further notice published Tuesday 12 March 2024, 1 clear working day before the meeting; 5 required (not met)',
    );
    expect(privateNoticeSentence({})).toBe('No first notice recorded; no further notice recorded');
    expect(privateNoticeSentence({ first })).toBe(
      'First notice published Friday 8 December 2023, 96 clear days before the meeting; 28 required (met); no further notice recorded',
    );
  });

  it('say where the minutes stand', () => {
    const approvedAt = { id: 'm2', title: 'Joint Commissioning Board, 14 March 2019', href: '/m2/' };
    expect(minutesText({ status: 'held', minutes: { published: '2019-02-01', approvedAt } })).toBe(
      'Approved at Joint Commissioning Board, 14 March 2019',
    );
    expect(minutesText({ status: 'held', minutes: { published: '2019-02-01' } })).toBe(
      'Draft minutes published Friday 1 February 2019, not yet approved',
    );
    expect(minutesText({ status: 'held' })).toBe('Not yet published');
    expect(minutesText({ status: 'scheduled' })).toBe('Not applicable');
    expect(minutesText({ status: 'cancelled', minutes: {} })).toBe('Not applicable');
  });

  it('give a declaration under its item, and in the meeting’s list with any dispensation', () => {
    const person = { id: 'p', title: 'Dr Maya Lindfield', href: '/p/' };
    const plain = { person, item: '5', interest: 'GP partner in a practice that hosts a reablement team' };
    const full = { ...plain, action: 'Took no part in the discussion', dispensation: { text: 'Granted to speak' } };
    expect(itemDeclarationText(plain)).toBe('GP partner in a practice that hosts a reablement team.');
    expect(itemDeclarationText(full)).toBe(
      'GP partner in a practice that hosts a reablement team. Took no part in the discussion.',
    );
    expect(meetingDeclarationText(plain)).toBe('GP partner in a practice that hosts a reablement team.');
    expect(meetingDeclarationText(full)).toBe(
      'GP partner in a practice that hosts a reablement team. Took no part in the discussion. Dispensation: Granted to speak.',
    );
  });

  it('name who counted for each quorum condition', () => {
    const member = (name: string) => ({ person: name, name, tags: [], voting: true });
    expect(
      quorumConditionText({
        condition: { min: 2 },
        label: 'Cabinet Members',
        present: [member('Councillor Alex Marsh'), member('Councillor Priya Delamere')],
        met: true,
      }),
    ).toBe('Cabinet Members (2 needed): Councillor Alex Marsh, Councillor Priya Delamere');
    expect(quorumConditionText({ condition: { min: 1 }, label: 'the Leader', present: [], met: false })).toBe(
      'the Leader (1 needed): none present',
    );
  });
});

describe('pooledFromText', () => {
  const m = {
    partner: (id: string) => ({ scc: { id, name: 'Southampton City Council' } })[id as 'scc'] as never,
  };
  const year = (partners: string[], status: 'plan' | 'outturn') =>
    ({ year: '2024-25', status, units: 'pounds', table: { partners } }) as never;
  it('names the partners who pool the money, and says when it is only planned', () => {
    expect(pooledFromText(m, year(['scc', 'icb'], 'plan'))).toBe('Southampton City Council and icb (planned)');
    expect(pooledFromText(m, year(['scc'], 'outturn'))).toBe('Southampton City Council');
    expect(pooledFromText(m, year(['scc', 'icb', 'nhse'], 'outturn'))).toBe('Southampton City Council, icb and nhse');
  });
});

describe('forward plan sentences', () => {
  const notice: NoticeResult = { published: '2024-06-03', clearDays: 44, required: 28, count: 'calendar', met: true };
  const decision = { id: 'jcb-2024-002', title: 'Carers', href: '/d/' };

  it('measure the notice before the decision, or before the expected date while undecided', () => {
    expect(forwardPlanNoticeSentence({ notice, decision })).toBe(
      '44 clear days before the decision; 28 required (met)',
    );
    expect(forwardPlanNoticeSentence({ notice: { ...notice, clearDays: 1, met: false } })).toBe(
      '1 clear day before the expected date; 28 required (not met)',
    );
  });

  it('say what will be in private', () => {
    expect(inPrivateSentence({ kind: 'private-meeting' })).toBe('The meeting, or part of it, will be held in private.');
    expect(inPrivateSentence({ kind: 'key-decision' })).toBe('The decision will be taken in private.');
  });

  it('sum up an entry in one line of the register', () => {
    const entry = {
      id: 'fp-2026-008',
      kind: 'key-decision',
      decisionMaker: { id: 'jcb', title: 'Joint Commissioning Board', href: '/b/' },
      expectedFrom: '2027-03-01',
      expectedTo: '2027-03-31',
    } as never;
    expect(forwardPlanLine(entry)).toBe(
      'fp-2026-008. Key decision. Decision maker: Joint Commissioning Board. Expected Monday 1 March 2027 to Wednesday 31 March 2027.',
    );
    expect(forwardPlanLine({ ...(entry as object), kind: 'private-meeting', expected: '2027-02-11' } as never)).toBe(
      'fp-2026-008. Notice of a private meeting. Decision maker: Joint Commissioning Board. Expected Thursday 11 February 2027.',
    );
  });
});

describe('attendanceRecordSentence', () => {
  it('counts the meetings attended of those expected', () => {
    expect(attendanceRecordSentence({ attended: 22, expected: 24 })).toBe(
      'Attended 22 of 24 meetings with recorded attendance while a member.',
    );
  });
});

describe('the record of a meeting in private and its background papers', () => {
  const contents = { reasons: true, representations: true, response: true, complete: true };
  const first: NoticeResult = { published: '2023-08-15', clearDays: 28, required: 28, count: 'calendar', met: true };
  const further: NoticeResult = { published: '2023-09-06', clearDays: 4, required: 5, count: 'working', met: false };

  it('say which route the meeting took and what was late', () => {
    const notice = { route: 'notice', inPrivate: true, first, contents } as const;
    expect(privateMeetingRouteSentence({ ...notice, further: { ...further, met: true }, met: true })).toBe(
      'Both notices of the meeting in private were given in time.',
    );
    expect(privateMeetingRouteSentence({ ...notice, further, met: false })).toBe(
      'Notice of the meeting in private was not given in time: the further notice was late.',
    );
    expect(privateMeetingRouteSentence({ ...notice, first: { ...first, met: false }, met: false })).toBe(
      'Notice of the meeting in private was not given in time: the first notice was late and no further notice is recorded.',
    );
    const urgent = {
      route: 'urgent-agreement',
      inPrivate: true,
      contents,
      agreedBy: 'Chair of scrutiny',
      agreed: '2023-11-06',
    } as const;
    expect(privateMeetingRouteSentence({ ...urgent, met: true })).toBe(
      'Held in private as urgent: Chair of scrutiny agreed on Monday 6 November 2023 that the meeting was urgent and could not reasonably be deferred (regulation 5(6)).',
    );
    expect(privateMeetingRouteSentence({ route: 'none', inPrivate: true, contents, met: false })).toBe(
      'No notice of the meeting in private is recorded.',
    );
  });

  it('name the items taken in private', () => {
    expect(itemsInPrivateText(['6'])).toBe('Item 6');
    expect(itemsInPrivateText(['5', '6'])).toBe('Items 5 and 6');
    expect(itemsInPrivateText([])).toBe('No item');
  });

  it('say until when and how a background paper can be inspected', () => {
    expect(inspectionUntilText('2027-12-13')).toBe('Available for inspection until Monday 13 December 2027');
    expect(inspectionSentence({ contact: { email: 'ds@example.org', phone: '01234 567890' } })).toBe(
      'To inspect one, contact democratic services: email ds@example.org or telephone 01234 567890.',
    );
    expect(inspectionSentence({})).toBe('To inspect one, contact democratic services.');
    expect(
      inspectionSentence({
        backgroundPapers: { inspection: 'Ask at the Civic Centre.' },
        contact: { email: 'ds@example.org' },
      }),
    ).toBe('Ask at the Civic Centre.');
  });
});
