// Short labels: the exact words and figures every page shows.
import { describe, expect, it } from 'vitest';
import {
  decisionNotes,
  meetingItemText,
  money,
  moneyOrBlank,
  moneyOrDash,
  moneyShort,
  noticeTag,
  partnerName,
  plural,
  quorumTag,
  upcomingStatusTag,
  recordTag,
  spendText,
  varianceText,
  voteText,
} from '../../src/publication/labels.ts';

describe('money', () => {
  it('writes whole pounds with thousands separators, and headline amounts in millions', () => {
    expect(money(1_240_500)).toBe('£1,240,500');
    expect(moneyShort(105_200_000)).toBe('£105.2m');
    expect(moneyShort(3_000_000)).toBe('£3m');
    expect(moneyShort(803_000)).toBe('£803,000');
  });

  it('shows a dash where there is no figure, and for zero only when zero means none', () => {
    expect(moneyOrDash(undefined)).toBe('–');
    expect(moneyOrDash(0)).toBe('£0');
    expect(moneyOrDash(0, { zeroIsNone: true })).toBe('–');
    expect(moneyOrDash(1_500, { zeroIsNone: true })).toBe('£1,500');
  });

  it('leaves a cell blank for a partner missing from a year, but shows a zero', () => {
    expect(moneyOrBlank(undefined)).toBe('');
    expect(moneyOrBlank(0)).toBe('£0');
    expect(moneyOrBlank(42)).toBe('£42');
  });
});

describe('varianceText', () => {
  it('signs the amount and the percentage with plus and minus signs', () => {
    expect(varianceText({ amount: 3_500, percent: 3.5 })).toBe('+£3,500 (+3.5%)');
    expect(varianceText({ amount: -10, percent: -10 })).toBe('−£10 (−10%)');
    expect(varianceText({ amount: 0, percent: 0 })).toBe('£0 (0%)');
  });
  it('leaves out the percentage of a zero budget, and says nothing without a variance', () => {
    expect(varianceText({ amount: 1, percent: undefined })).toBe('+£1');
    expect(varianceText(undefined)).toBe('');
  });
});

describe('partnerName', () => {
  it('names a known partner, and falls back to the id', () => {
    const m = {
      partner: (id: string) => (id === 'scc' ? { id, name: 'Somerset County Council' } : undefined),
    } as never;
    expect(partnerName(m, 'scc')).toBe('Somerset County Council');
    expect(partnerName(m, 'ccg')).toBe('ccg');
  });
});

describe('decision labels', () => {
  it('give the vote method and whichever counts were recorded', () => {
    expect(voteText({ method: 'show-of-hands', for: 5, against: 1, abstained: 0 })).toBe(
      'Show of hands, 5 for, 1 against, 0 abstained',
    );
    expect(voteText({ method: 'recorded', for: 3, against: 3 })).toBe('Recorded vote, 3 for, 3 against');
    expect(voteText({ method: 'consensus' })).toBe('Consensus');
  });

  it('give the spending with its fund and scheme where known', () => {
    const fundLink = { id: 'bcf', title: 'Better Care Fund pooled budget', href: '/b/' };
    const schemeLink = { id: 'carers', title: 'Carers', href: '/b/#c' };
    expect(spendText({ amount: 180_000, fundLink, schemeLink })).toBe(
      '£180,000 from Better Care Fund pooled budget, Carers scheme',
    );
    expect(spendText({ amount: 180_000, fundLink })).toBe('£180,000 from Better Care Fund pooled budget');
    expect(spendText({ amount: 1_720_000 })).toBe('£1,720,000');
  });

  it('name the meeting and item a decision was taken at', () => {
    expect(meetingItemText({ title: 'Joint Commissioning Board, 19 November 2026' }, '6')).toBe(
      'Joint Commissioning Board, 19 November 2026, item 6',
    );
    expect(meetingItemText({ title: 'Joint Commissioning Board, 19 November 2026' })).toBe(
      'Joint Commissioning Board, 19 November 2026',
    );
  });

  it('note after a reference whether the decision is key and holds exempt information', () => {
    const exempt = { paragraphs: [3], wording: '', descriptions: [], summary: '' };
    expect(decisionNotes({ id: 'jcb-2024-001', key: true, exempt })).toBe(
      'jcb-2024-001, key decision, contains exempt information',
    );
    expect(decisionNotes({ id: 'jcb-2024-002', key: false })).toBe('jcb-2024-002');
    expect(decisionNotes({ id: 'jcb-2024-003', key: false, exempt })).toBe('jcb-2024-003, contains exempt information');
  });

  it('tag notice and record as met or not', () => {
    expect(noticeTag(true)).toEqual(['Notice met', 'green']);
    expect(noticeTag(false)).toEqual(['Notice not met', 'red']);
    expect(recordTag(true)).toEqual(['Record on time', 'green']);
    expect(recordTag(false)).toEqual(['Record late', 'red']);
  });
});

describe('meeting labels', () => {
  it('choose the singular or plural noun for a count', () => {
    expect(plural(1, 'Decision')).toBe('Decision');
    expect(plural(2, 'Decision')).toBe('Decisions');
    expect(plural(0, 'time')).toBe('times');
  });

  it('tag a meeting quorate or not, and not at all when it cannot be said', () => {
    expect(quorumTag(true)).toEqual(['Quorate', 'green']);
    expect(quorumTag(false)).toEqual(['Not quorate', 'red']);
    expect(quorumTag(null)).toBeUndefined();
  });

  it('tag an upcoming meeting only when it is not simply scheduled', () => {
    expect(upcomingStatusTag('scheduled')).toBeUndefined();
    expect(upcomingStatusTag('postponed')).toEqual(['postponed', 'yellow']);
  });
});
