// Short labels: the exact words and figures every page shows.
import { describe, expect, it } from 'vitest';
import {
  bodyDecidesLabel,
  decidesForText,
  documentMeta,
  expectedWhen,
  feedTitleLabel,
  forwardPlanKindLabel,
  forwardPlanKindShortLabel,
  forwardPlanPrivacyTag,
  licenceName,
  memberPeriodText,
  membershipPeriod,
  monthName,
  pageTitle,
  partnerNames,
  partnerInSentence,
  partnerShortName,
  personAttendanceText,
  personDescription,
  revisedText,
  roleText,
  upperFirst,
  votingText,
  yesNo,
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

describe('forward plan labels', () => {
  it('say what an entry gives notice of, in its facts and in a register line', () => {
    expect(forwardPlanKindLabel['key-decision']).toBe('A key decision');
    expect(forwardPlanKindLabel['private-meeting']).toBe('A meeting to be held in private');
    expect(forwardPlanKindShortLabel['key-decision']).toBe('Key decision');
    expect(forwardPlanKindShortLabel['private-meeting']).toBe('Notice of a private meeting');
  });

  it('give the expected date, or the expected period', () => {
    expect(expectedWhen({ expected: '2026-12-17' })).toBe('Thursday 17 December 2026');
    expect(expectedWhen({ expectedFrom: '2027-03-01', expectedTo: '2027-03-31' })).toBe(
      'Monday 1 March 2027 to Wednesday 31 March 2027',
    );
    expect(expectedWhen({ expectedFrom: '2027-03-01' })).toBe('Monday 1 March 2027 to Monday 1 March 2027');
  });

  it('tag a private meeting notice, or a decision to be taken in private', () => {
    const withheld = { paragraphs: [3], wording: '', descriptions: [] };
    expect(forwardPlanPrivacyTag({ kind: 'private-meeting' })).toEqual(['Private meeting notice', 'purple']);
    expect(forwardPlanPrivacyTag({ kind: 'private-meeting', private: withheld })).toEqual([
      'Private meeting notice',
      'purple',
    ]);
    expect(forwardPlanPrivacyTag({ kind: 'key-decision', private: withheld })).toEqual([
      'To be taken in private',
      'purple',
    ]);
    expect(forwardPlanPrivacyTag({ kind: 'key-decision' })).toBeUndefined();
  });

  it('count revisions and name months', () => {
    expect(revisedText(1)).toBe('Revised 1 time');
    expect(revisedText(3)).toBe('Revised 3 times');
    expect(monthName('2027-02')).toBe('February 2027');
  });
});

describe('board and people labels', () => {
  const scc = { id: 'scc', name: 'Southampton City Council', short: 'SCC', kind: 'local-authority' } as const;
  const icb = { id: 'icb', name: 'NHS Hampshire and Isle of Wight Integrated Care Board' };

  it('name partners, in full or short', () => {
    expect(partnerNames([scc, icb])).toBe(
      'Southampton City Council, NHS Hampshire and Isle of Wight Integrated Care Board',
    );
    expect(partnerNames([])).toBe('');
    expect(partnerShortName(scc)).toBe('SCC');
    expect(partnerShortName(icb)).toBe('NHS Hampshire and Isle of Wight Integrated Care Board');
    expect(partnerShortName(undefined)).toBe('');
    expect(partnerShortName(undefined, 'bury-council')).toBe('bury-council');
    expect(partnerInSentence(scc, 'scc')).toBe('SCC');
    expect(partnerInSentence({ ...icb, short: 'ICB', kind: 'nhs-commissioner' }, 'icb')).toBe('the ICB');
    expect(partnerInSentence(undefined, 'icb')).toBe('icb');
  });

  it('say how a board decides, for whom, and how it votes', () => {
    expect(bodyDecidesLabel.delegated).toBe('Makes decisions under delegated authority');
    expect(bodyDecidesLabel.advisory).toBe('Advises; the partners make the decisions');
    expect(decidesForText({ decides: 'delegated', partners: [scc, icb] as never })).toBe(
      'Southampton City Council, NHS Hampshire and Isle of Wight Integrated Care Board',
    );
    expect(decidesForText({ decides: 'advisory', partners: [scc] as never })).toBe(
      'None: recommendations go to each partner',
    );
    expect(votingText({ voting: 'majority', castingVote: 'chair' })).toBe('By majority; the chair has a casting vote');
    expect(votingText({ voting: 'consensus', castingVote: 'none' })).toBe('By consensus');
    expect(yesNo(true)).toBe('Yes');
    expect(yesNo(false)).toBe('No');
  });

  it('give a membership’s period and role', () => {
    expect(membershipPeriod({ from: '2018-04-01', until: '2023-05-17' })).toBe('1 April 2018 to 17 May 2023');
    expect(membershipPeriod({})).toBe('from the start to date');
    expect(upperFirst(membershipPeriod({ until: '2023-05-17' }))).toBe('From the start to 17 May 2023');
    expect(memberPeriodText({ from: '2023-05-18', current: true })).toBe('18 May 2023 to date (current)');
    expect(memberPeriodText({ from: '2018-04-01', until: '2023-05-17', current: false })).toBe(
      '1 April 2018 to 17 May 2023',
    );
    expect(roleText({ role: 'chair', voting: true })).toBe('chair');
    expect(roleText({ role: 'adviser', voting: false })).toBe('adviser (non-voting)');
  });

  it('say how a person attended a meeting, and who they are', () => {
    const meeting = { id: 'm', title: 'Joint Commissioning Board, 24 January 2019', href: '/m/' };
    expect(personAttendanceText({ meeting, status: 'present', expected: true })).toBe('present');
    expect(personAttendanceText({ meeting, status: 'substitute', expected: false })).toBe('substitute (not a member)');
    expect(personAttendanceText({ meeting, status: 'not-recorded', expected: true })).toBe('attendance not recorded');
    expect(personDescription({ title: 'Democratic Support Officer', partner: scc })).toBe(
      'Democratic Support Officer, Southampton City Council',
    );
    expect(personDescription({ partner: scc })).toBe('Southampton City Council');
    expect(personDescription({})).toBe('');
  });
});

describe('site labels', () => {
  it('title a page with the site’s name, except the home page', () => {
    expect(pageTitle('Decisions', 'Joint Commissioning Board')).toBe('Decisions – Joint Commissioning Board');
    expect(pageTitle('Joint Commissioning Board', 'Joint Commissioning Board')).toBe('Joint Commissioning Board');
    // At most 70 characters: the site's name goes first, then the page's title is cut at a word.
    const site = 'Southampton Joint Commissioning Board';
    expect(pageTitle('Joint Commissioning Board, Thursday 24 January 2019', site)).toBe(
      'Joint Commissioning Board, Thursday 24 January 2019',
    );
    const long = pageTitle(
      'Approval of the Better Care Fund plan for 2024 to 2025 and the pooled budget under the Section 75 agreement',
      site,
    );
    expect(long).toBe('Approval of the Better Care Fund plan for 2024 to 2025 and the…');
    expect(long.length).toBeLessThanOrEqual(70);
    expect(pageTitle('A'.repeat(100), site)).toBe(`${'A'.repeat(69)}…`);
  });

  it('name the licence, the feeds and what a paper is', () => {
    expect(licenceName('OGL-UK-3.0')).toBe('Open Government Licence v3.0');
    expect(licenceName('CC-BY-4.0')).toBe('CC-BY-4.0');
    expect(licenceName('constructor')).toBe('constructor');
    expect(feedTitleLabel).toEqual({
      decisions: 'Decisions feed',
      meetings: 'Meetings feed',
      'forward-plan': 'Forward plan feed',
      'officer-decisions': 'Officer decisions feed',
    });
    expect(documentMeta({ type: 'PDF', size: '12 KB' })).toBe('PDF, 12 KB');
    expect(documentMeta({ type: 'PDF' })).toBe('PDF');
    expect(documentMeta({})).toBe('');
  });
});
