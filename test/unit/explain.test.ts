// Sentences that explain a record: the exact words each page, feed and calendar shows.
import { describe, expect, it } from 'vitest';
import type { PublicCallIn } from '../../src/publication/types.ts';
import { DEFAULT_CALL_IN } from '../../src/domain/call-in.ts';
import {
  callInCloses,
  callInClosesSentence,
  callInCounting,
  callInOutcomeText,
  decisionDeclarationText,
  implementableFrom,
  implementableSentence,
  noticeRouteText,
  recordSentence,
} from '../../src/publication/explain.ts';

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
        dispensation: 'Granted by the monitoring officer',
      }),
    ).toBe('Governor of the trust. Left the room. Dispensation: Granted by the monitoring officer.');
  });
});
