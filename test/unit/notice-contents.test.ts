// What a notice of a key decision must say besides the matter and the date (SI 2012/2089
// reg 9(1)(e) to (h)), a dispensation granted in time (reg 12), and which decisions belong in the
// report that a decision should have been treated as a key decision (reg 18).
import { describe, expect, it } from 'vitest';
import {
  OTHER_DOCUMENTS_MAY_BE_SUBMITTED,
  noticeContents,
  otherDocumentsSentence,
} from '../../src/domain/notice-contents.ts';
import { dispensationRecord, grantedTooLate } from '../../src/domain/declarations.ts';
import { keyDecisionReportFacts } from '../../src/domain/notice.ts';

const report = { title: 'Report of the Director of Integrated Commissioning' };
const site = {
  documentsFrom: 'Democratic Services, Civic Centre, Southampton SO14 7LY',
  contact: { email: 'democratic.services@example.org', phone: '023 8000 0000' },
};

describe('noticeContents', () => {
  it('is complete for a key decision notice that lists its documents and has the site’s address', () => {
    expect(noticeContents({ kind: 'key-decision', documents: [report] }, site)).toEqual({
      applies: true,
      documentsListed: 1,
      documentsFrom: 'Democratic Services, Civic Centre, Southampton SO14 7LY',
      otherDocumentsMayBeSubmitted: OTHER_DOCUMENTS_MAY_BE_SUBMITTED,
      otherDocuments:
        'To ask for details of other documents as they become available, write to Democratic Services, Civic Centre, Southampton SO14 7LY, email democratic.services@example.org or telephone 023 8000 0000.',
      missing: [],
      complete: true,
    });
  });

  it('takes the entry’s own address and procedure before the site’s', () => {
    const c = noticeContents(
      {
        kind: 'key-decision',
        documents: [report],
        documentsFrom: 'Carers Team, Town Hall',
        otherDocuments: 'Ask the carers team.',
      },
      { ...site, otherDocuments: 'Ask democratic services.' },
    );
    expect([c.documentsFrom, c.otherDocuments]).toEqual(['Carers Team, Town Hall', 'Ask the carers team.']);
    expect(
      noticeContents({ kind: 'key-decision', documents: [report] }, { ...site, otherDocuments: 'Ask us.' })
        .otherDocuments,
    ).toBe('Ask us.');
  });

  it('names what a key decision notice lacks: its documents, its address, or both', () => {
    expect(noticeContents({ kind: 'key-decision', documents: [] }, site)).toMatchObject({
      missing: ['documents'],
      complete: false,
    });
    expect(noticeContents({ kind: 'key-decision', documents: [report] }, {})).toMatchObject({
      missing: ['documentsFrom'],
      complete: false,
    });
    expect(noticeContents({ kind: 'key-decision', documents: [] }, {}).missing).toEqual(['documents', 'documentsFrom']);
  });

  it('asks nothing of a notice of a private meeting (reg 5), which reg 9 does not govern', () => {
    expect(noticeContents({ kind: 'private-meeting', documents: [] }, {})).toMatchObject({
      applies: false,
      missing: [],
      complete: true,
    });
  });
});

describe('otherDocumentsSentence', () => {
  it('offers every way the site gives, without a doubled full stop', () => {
    expect(otherDocumentsSentence('Town Hall, Testford.', { email: 'a@example.org' })).toBe(
      'To ask for details of other documents as they become available, write to Town Hall, Testford or email a@example.org.',
    );
    expect(otherDocumentsSentence(undefined, { phone: '01234 567890' })).toBe(
      'To ask for details of other documents as they become available, telephone 01234 567890.',
    );
    expect(otherDocumentsSentence(undefined, undefined)).toBe(
      'To ask for details of other documents as they become available, contact the decision maker.',
    );
  });
});

describe('dispensations', () => {
  const granted = { granted: '2023-08-30', by: 'the Standards Committee' };
  it('is in time on the day of the decision or before it, never after', () => {
    expect(grantedTooLate(granted, '2023-09-13')).toBe(false);
    expect(grantedTooLate(granted, '2023-08-30')).toBe(false);
    expect(grantedTooLate(granted, '2023-08-29')).toBe(true);
  });
  it('has no date to check when written as words, or when there is none', () => {
    expect(grantedTooLate('none', '2000-01-01')).toBe(false);
    expect(grantedTooLate(undefined, '2000-01-01')).toBe(false);
  });
  it('is published as the words written or as the grant', () => {
    expect(dispensationRecord('none')).toEqual({ text: 'none' });
    expect(dispensationRecord({ ...granted, scope: 'To vote' })).toEqual({ ...granted, scope: 'To vote' });
    expect(dispensationRecord(granted)).toEqual(granted);
    expect(dispensationRecord(undefined)).toBeUndefined();
  });
});

describe('keyDecisionReportFacts', () => {
  const request = { requested: '2023-11-20', by: 'the Overview and Scrutiny Committee' };
  it('reports a decision not marked key whose spending reaches the threshold', () => {
    expect(keyDecisionReportFacts(false, true, undefined)).toEqual({ overThreshold: true });
  });
  it('does not report a key decision, or spending under the threshold, or a decision with no spending', () => {
    expect(keyDecisionReportFacts(true, true, undefined)).toBeUndefined();
    expect(keyDecisionReportFacts(false, false, undefined)).toBeUndefined();
    expect(keyDecisionReportFacts(false, undefined, undefined)).toBeUndefined();
  });
  it('reports any decision overview and scrutiny asked about, with the request', () => {
    expect(keyDecisionReportFacts(false, false, request)).toEqual({ overThreshold: false, request });
    expect(keyDecisionReportFacts(false, true, request)).toEqual({ overThreshold: true, request });
  });
});
