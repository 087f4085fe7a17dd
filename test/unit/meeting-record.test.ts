// The statutory record of a meeting: the reg 5 notices of a meeting held in private (worked
// examples on the last possible day and a day late, across bank holidays), the inspection period
// of background papers, the public summary the minutes need, and the facts the model exposes.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { exemptItemsWithoutSummary, inspectionUntil, privateMeetingNotice } from '../../src/domain/meeting-record.ts';
import { DEFAULT_NOTICE_RULES, lastDayForNotice } from '../../src/domain/notice.ts';
import { addYears } from '../../src/domain/dates.ts';
import { workingCalendar } from '../../src/domain/working-days.ts';
import { checkContentRoot } from '../../src/publication/load.ts';
import { buildPublicModel } from '../../src/publication/model.ts';
import { openData } from '../../src/publication/open-data.ts';
import type { z } from 'zod';
import { meetingSchema } from '../../src/schemas/meeting.ts';
import { meetingRecord } from '../../src/schemas/open-data.ts';
import { backgroundPaperRef } from '../../src/schemas/common.ts';
import type { Content } from '../../src/domain/content.ts';
import type { Meeting } from '../../src/schemas/index.ts';

const cal = workingCalendar();
const rules = {
  privateMeetingNotice: DEFAULT_NOTICE_RULES.privateMeetingNotice,
  privateMeetingFurtherNotice: DEFAULT_NOTICE_RULES.privateMeetingFurtherNotice,
};
const measure = (notice: Meeting['privateNotice'], date: string, inPrivate = true) =>
  privateMeetingNotice(cal, notice, date, inPrivate, rules);

describe('the first notice of a meeting in private (28 clear calendar days, reg 5(2))', () => {
  it('is met on the last possible day and missed a day later', () => {
    // Wednesday 13 September 2023: 16 August to 12 September are the 28 clear days.
    expect(lastDayForNotice(cal, '2023-09-13', rules.privateMeetingNotice)).toBe('2023-08-15');
    expect(measure({ first: '2023-08-15' }, '2023-09-13').first).toMatchObject({ clearDays: 28, met: true });
    expect(measure({ first: '2023-08-16' }, '2023-09-13').first).toMatchObject({ clearDays: 27, met: false });
  });
});

describe('the further notice (5 clear working days, reg 5(3))', () => {
  it('is met on the last possible day and missed a day later', () => {
    // Wednesday 13 September 2023: 6, 7, 8, 11 and 12 September.
    expect(measure({ further: '2023-09-05' }, '2023-09-13').further).toMatchObject({ clearDays: 5, met: true });
    expect(measure({ further: '2023-09-06' }, '2023-09-13').further).toMatchObject({ clearDays: 4, met: false });
  });

  it('does not count Christmas, Boxing Day or New Year’s Day', () => {
    // Thursday 2 January 2025: 23, 24, 27, 30 and 31 December are the 5 clear working days, so a
    // notice published up to Sunday 22 December is in time, and on Monday 23 December a day late.
    expect(lastDayForNotice(cal, '2025-01-02', rules.privateMeetingFurtherNotice)).toBe('2024-12-22');
    expect(measure({ further: '2024-12-22' }, '2025-01-02').further).toMatchObject({ clearDays: 5, met: true });
    expect(measure({ further: '2024-12-23' }, '2025-01-02').further).toMatchObject({ clearDays: 4, met: false });
  });

  it('does not count Good Friday or Easter Monday', () => {
    // Wednesday 3 April 2024: 25, 26, 27, 28 March and 2 April; the last day is Sunday 24 March.
    expect(lastDayForNotice(cal, '2024-04-03', rules.privateMeetingFurtherNotice)).toBe('2024-03-24');
    expect(measure({ further: '2024-03-24' }, '2024-04-03').further).toMatchObject({ clearDays: 5, met: true });
    expect(measure({ further: '2024-03-25' }, '2024-04-03').further).toMatchObject({ clearDays: 4, met: false });
  });
});

describe('the route a meeting in private took', () => {
  const onTime = { first: '2023-08-15', further: '2023-09-05' };

  it('is the notice route, met only when both notices met their periods', () => {
    expect(measure(onTime, '2023-09-13')).toMatchObject({ route: 'notice', met: true, inPrivate: true });
    expect(measure({ ...onTime, further: '2023-09-06' }, '2023-09-13')).toMatchObject({ route: 'notice', met: false });
    expect(measure({ first: onTime.first }, '2023-09-13')).toMatchObject({ route: 'notice', met: false });
  });

  it('is the urgent agreement (reg 5(6)), met when agreed by the day of the meeting, whatever the notices', () => {
    const urgent = { further: '2023-11-06', agreedBy: 'Chair of the scrutiny committee', agreed: '2023-11-06' };
    expect(measure(urgent, '2023-11-08')).toMatchObject({
      route: 'urgent-agreement',
      met: true,
      agreedBy: 'Chair of the scrutiny committee',
      agreed: '2023-11-06',
    });
    expect(measure({ ...urgent, agreed: '2023-11-08' }, '2023-11-08').met).toBe(true);
    expect(measure({ ...urgent, agreed: '2023-11-09' }, '2023-11-08').met).toBe(false);
  });

  it('is none when nothing is recorded', () => {
    expect(measure(undefined, '2023-09-13')).toEqual({
      route: 'none',
      inPrivate: true,
      contents: { reasons: false, representations: false, response: false, complete: false },
      met: false,
    });
  });

  it('says which contents of the further notice are recorded (reg 5(4))', () => {
    expect(measure({ ...onTime, reasons: 'Prices', representations: 'None received' }, '2023-09-13').contents).toEqual({
      reasons: true,
      representations: true,
      response: false,
      complete: false,
    });
    expect(
      measure({ ...onTime, reasons: 'Prices', representations: 'None received', response: 'None needed' }, '2023-09-13')
        .contents.complete,
    ).toBe(true);
  });
});

describe('background papers (s.100D(2))', () => {
  it('are open to inspection for four years from the meeting', () => {
    expect(inspectionUntil('2023-12-13')).toBe('2027-12-12');
    expect(inspectionUntil('2024-02-29')).toBe('2028-02-28');
    expect(addYears('2096-02-29', 4)).toBe('2100-02-28');
  });

  it('name no file when exempt, and a review only of a file', () => {
    const exempt = backgroundPaperRef.safeParse({
      title: 'Accounts',
      file: 'documents/a.pdf',
      exempt: { paragraphs: [3] },
    });
    expect(exempt.error?.issues).toEqual([
      expect.objectContaining({
        path: ['file'],
        message:
          'expected no file on an exempt background paper (a paper that discloses exempt information is named, never published)',
      }),
    ]);
    expect(backgroundPaperRef.safeParse({ title: 'Survey' }).success).toBe(true);
    const review = {
      sha256: 'a'.repeat(64),
      findings: ['comments'],
      by: 'Officer',
      date: '2024-01-01',
      reason: 'Comments are the author’s own notes.',
    };
    expect(backgroundPaperRef.safeParse({ title: 'Survey', reviewed: review }).error?.issues[0].path).toEqual([
      'reviewed',
    ]);
  });
});

describe('the public summary of an item taken in private (s.100C(2))', () => {
  const item = { item: 4, title: 'Provider', decisions: [], documents: [], exempt: { paragraphs: [3] } };
  it('is needed once the minutes of a held meeting are published', () => {
    const held = {
      status: 'held',
      minutes: { published: '2023-12-21' },
      agenda: [{ item: 1, title: 'Apologies', decisions: [], documents: [] }, item],
    } as const;
    expect(exemptItemsWithoutSummary(held as never)).toEqual([{ index: 1, item: '4' }]);
    expect(exemptItemsWithoutSummary({ ...held, minutes: {} } as never)).toEqual([]);
    expect(exemptItemsWithoutSummary({ ...held, status: 'scheduled' } as never)).toEqual([]);
    const summarised = { ...item, exempt: { paragraphs: [3], summary: 'Support agreed.' } };
    expect(exemptItemsWithoutSummary({ ...held, agenda: [summarised] } as never)).toEqual([]);
  });
});

describe('the meeting schema', () => {
  const base = { body: 'b', start: '2023-11-08T10:00', status: 'held' };
  it('wants who agreed the urgency and when, both or neither', () => {
    const r = meetingSchema.safeParse({ ...base, privateNotice: { agreedBy: 'Chair of scrutiny' } });
    expect(r.error?.issues).toEqual([
      expect.objectContaining({
        path: ['privateNotice', 'agreed'],
        message: 'expected who agreed the meeting was urgent (agreedBy) and when (agreed), both or neither',
      }),
    ]);
    expect(
      meetingSchema.safeParse({ ...base, privateNotice: { agreedBy: 'Chair of scrutiny', agreed: '2023-11-06' } })
        .success,
    ).toBe(true);
  });
});

describe('the model of the statutory-record fixture', () => {
  const { content } = checkContentRoot(join(import.meta.dirname, '..', 'fixtures', 'statutory-record'), '2024-06-10');
  const m = buildPublicModel(content as Content, { buildDate: '2024-06-10' });
  const meeting = (id: string) => m.meetings.find((x) => x.id === id)!;

  it('gives each private meeting its route, notices and contents', () => {
    expect(meeting('2023-09-13-test-board').privateMeeting).toMatchObject({
      route: 'notice',
      met: true,
      first: { clearDays: 28, met: true },
      further: { clearDays: 5, met: true },
      contents: { complete: true },
    });
    expect(meeting('2023-10-11-test-board').privateMeeting).toMatchObject({
      route: 'notice',
      met: false,
      further: { clearDays: 4, required: 5, met: false },
    });
    expect(meeting('2023-11-08-test-board').privateMeeting).toMatchObject({
      route: 'urgent-agreement',
      met: true,
      agreedBy: 'Chair of the Health Overview and Scrutiny Committee',
      agreed: '2023-11-06',
      contents: { reasons: true, representations: false },
    });
    expect(meeting('2023-05-10-test-board').privateMeeting).toBeUndefined();
  });

  it('publishes the public summary of an exempt item, never its minute, and its background papers', () => {
    const items = meeting('2023-12-13-test-board').items;
    const exempt = items.find((it) => it.item === '4')!;
    expect(exempt.minute).toBeUndefined();
    expect(exempt.summary).toBeUndefined();
    expect(exempt.exempt?.summary).toMatch(/^The Board considered the financial position/);
    expect(exempt.backgroundPapers).toEqual([
      expect.objectContaining({ title: "Provider's audited accounts 2022-23", paragraphs: [3] }),
    ]);
    expect(exempt.backgroundPapers![0].file).toBeUndefined();
    const report = items.find((it) => it.item === '3')!;
    expect(report.backgroundPapersListed).toBe(true);
    expect(report.backgroundPapers).toEqual([
      expect.objectContaining({
        title: 'Market position statement for care at home 2023',
        file: 'documents/2023-12-13/market-position-statement.pdf',
      }),
      { title: 'Care at home provider survey, October 2023', inspectionUntil: '2027-12-12' },
    ]);
    expect(items.find((it) => it.item === '1')!.backgroundPapersListed).toBe(false);
    // A published background paper is a paper like any other: checked and given a page.
    expect(m.documents.get('documents/2023-12-13/market-position-statement.pdf')?.uses[0].kind).toBe('Agenda item');
  });

  it('lists a decision’s background papers, open to inspection for four years from the decision', () => {
    const d = m.decisions.find((x) => x.id === 'jcb-2023-004')!;
    expect(d.backgroundPapersListed).toBe(true);
    expect(d.backgroundPapers?.[1]).toEqual({
      title: "Carers' breaks grant scheme evaluation, 2022",
      inspectionUntil: '2027-11-19',
    });
    expect(m.decisions.find((x) => x.id === 'jcb-2023-001')!.backgroundPapersListed).toBe(false);
  });

  it('writes the facts to the open data', () => {
    const meetings = openData(m)['meetings.json'] as z.infer<typeof meetingRecord>[];
    const urgent = meetings.find((x) => x.id === '2023-11-08-test-board')!;
    expect(urgent.privateNotice).toMatchObject({
      first: null,
      route: 'urgent-agreement',
      met: true,
      agreedBy: 'Chair of the Health Overview and Scrutiny Committee',
      agreed: '2023-11-06',
      representations: null,
      contentsRecorded: false,
    });
    const late = meetings.find((x) => x.id === '2023-10-11-test-board')!;
    expect(late.privateNotice!.further).toMatchObject({ published: '2023-10-04', clearDays: 4, met: false });
    expect(late.privateNotice!.representations).toBe('One resident asked for the item to be taken in public.');
    const held = meetings.find((x) => x.id === '2023-12-13-test-board')!;
    expect(held.items[3].exemptSummary).toMatch(/^The Board considered/);
    expect(held.items[2].backgroundPapers).toEqual([
      {
        title: 'Market position statement for care at home 2023',
        url: 'https://example.org/board/documents/2023-12-13/market-position-statement.pdf',
        type: 'PDF',
        bytes: expect.any(Number),
      },
      { title: 'Care at home provider survey, October 2023', inspectionUntil: '2027-12-12' },
    ]);
    expect(held.items[3].backgroundPapers).toEqual([{ title: "Provider's audited accounts 2022-23", withheld: [3] }]);
    expect(held.items[0].backgroundPapers).toBeNull();
  });
});
