/**
 * The open data records the site publishes (../spec/open-data.md). Each file's records are
 * checked against these schemas when the site is built, the JSON Schema files in data/schema/
 * are generated from them, and the open data page lists their field descriptions. Objects are
 * strict: a field added to a record must be described here before it can be published.
 */
import { z } from 'zod';
import { DUTY_STATUSES, type DutyStatus } from '../domain/duties.ts';
import {
  attendanceStatus,
  budgetStatus,
  callInOutcome,
  clearDayCount,
  decisionOutcome,
  forwardPlanKind,
  meetingStatus,
  urgencyKind,
  voteMethod,
} from './values.ts';
import { bodyRecord, dataIndex, personRecord } from './open-data-index.ts';
import { date, id, localDateTime, url } from './open-data-values.ts';

export { bodyRecord, dataFileRecord, dataIndex, personRecord } from './open-data-index.ts';

const paragraphs = z.strictObject({
  paragraphs: z
    .array(z.number().int().min(1).max(7))
    .describe('Paragraphs of Schedule 12A to the Local Government Act 1972 under which information is withheld'),
});

const clearNotice = z.strictObject({
  published: date.describe('Date the notice was published'),
  clearDays: z.number().int().describe('Clear days between the notice and the date it was for'),
  required: z.number().int().describe('Clear days the rules require'),
  count: clearDayCount.describe('Whether the days are calendar or working days'),
  met: z.boolean().describe('Whether the notice met the requirement'),
});

const documentRecord = z.union([
  z.strictObject({
    title: z.string(),
    url: url.describe('Address of the published file'),
    type: z.string().describe('File type, e.g. PDF'),
    bytes: z.number().int().min(0).describe('File size in bytes'),
  }),
  z.strictObject({
    title: z.string(),
    withheld: z.array(z.number().int()).describe('Paragraphs of Schedule 12A under which the paper is withheld'),
  }),
]);

/** One line of the duty ledger (see the duties on a meeting or decision page). */
export const dutyRecord = z.strictObject({
  id: z.string().describe('Kind of duty, e.g. agenda-published, key-decision-notice, decision-record'),
  duty: z.string().describe('What had to be done'),
  source: z.string().describe('The legal source, in words'),
  due: date.nullable().describe('Last day on which the duty could be met in time; null when the law sets no day'),
  met: date.nullable().describe('Day it was met, from the record'),
  status: z.enum(DUTY_STATUSES as [DutyStatus, ...DutyStatus[]]).describe('met, late, missed, not-recorded or pending'),
  margin: z
    .number()
    .int()
    .nullable()
    .describe('Days to spare (zero or more) or days late (negative), counted as the rule counts them'),
  count: clearDayCount.nullable().describe('Whether margin counts calendar or working days'),
  note: z.string().nullable().describe('How the duty was met, or what is missing'),
});

const duties = z
  .array(dutyRecord)
  .describe('Each statutory duty that applied, the day it fell due, the day it was met, and the days to spare or late');
/** A forward plan entry's papers may also be listed before they are published (SI 2012/2089 reg 9(1)(e)). */
const listedDocumentRecord = z.union([
  ...documentRecord.options,
  z.strictObject({
    title: z.string(),
    url: z.null().describe('Null: the paper is listed on the notice but not yet published'),
  }),
]);

const dispensationRecord = z
  .union([
    z.strictObject({
      granted: date.describe('Date the dispensation was granted'),
      by: z.string().describe('Who granted it, e.g. the Standards Committee'),
      scope: z.string().nullable().describe('What it allows the member to do'),
    }),
    z.strictObject({ text: z.string().describe('The dispensation in the words of the record, e.g. "none"') }),
  ])
  .nullable()
  .describe(
    'Any dispensation: when and by whom it was granted, or the words of the record; null when none is recorded',
  );

const backgroundPaperRecord = z.union([
  ...documentRecord.options,
  z.strictObject({
    title: z.string(),
    inspectionUntil: date.describe('Last day the paper is open to inspection: four years from the meeting or decision'),
  }),
]);

const backgroundPapers = z
  .array(backgroundPaperRecord)
  .nullable()
  .describe(
    'Background papers of the report (Local Government Act 1972 s.100D): published files, papers open to inspection until a date, or withheld papers; null when none are recorded',
  );

export const decisionRecord = z.strictObject({
  id: id.describe('Id of the decision: its file name and the last part of its page address'),
  reference: z
    .string()
    .nullable()
    .describe(
      "The council's own reference for the matter (key decision or forward plan number): the decision's, else its forward plan notice's; null when there is none",
    ),
  url: url.describe('Address of the decision page'),
  title: z.string().describe('Title of the decision'),
  decisionMaker: id.describe(
    'Id of the body, or of the person for an individual decision, that made it (see bodies.json and people.json)',
  ),
  madeBy: z.array(id).describe('Ids of members exercising delegated authority'),
  meeting: id.nullable().describe('Id of the meeting at which it was made'),
  item: z.string().nullable().describe('Agenda item number at that meeting'),
  made: date.describe('Date the decision was made'),
  published: date.describe('Date the decision record was published'),
  key: z.boolean().describe('Whether it is a key decision'),
  outcome: decisionOutcome.describe('Outcome'),
  forwardPlan: id.nullable().describe('Id of the forward plan notice of this decision'),
  urgency: z
    .strictObject({
      kind: urgencyKind,
      noticePublished: date.nullable(),
      agreedBy: z.string().nullable(),
      agreed: date.nullable(),
      reason: z.string().nullable(),
    })
    .nullable()
    .describe('Urgency procedure used instead of 28 days notice, if any'),
  vote: z
    .strictObject({
      method: voteMethod,
      for: z.number().int().min(0).optional(),
      against: z.number().int().min(0).optional(),
      abstained: z.number().int().min(0).optional(),
    })
    .nullable()
    .describe('How the decision was taken and the votes cast'),
  spend: z
    .strictObject({ amount: z.number().min(0), fund: id.nullable(), scheme: z.string().nullable() })
    .nullable()
    .describe('Spending approved, in whole pounds, and the pooled fund and scheme it comes from'),
  wards: z.array(z.string()).describe('Wards affected ("all" for every ward)'),
  declarations: z
    .array(
      z.strictObject({
        person: id,
        interest: z.string(),
        action: z.string().nullable().describe('What the member did, e.g. left the room'),
        dispensation: dispensationRecord,
      }),
    )
    .describe('Conflicts of interest declared, with any dispensation granted'),
  exempt: paragraphs
    .nullable()
    .describe('Set when the decision contains exempt information; its text is then withheld'),
  exemptSummary: z.string().nullable().describe('Public summary of an exempt decision'),
  documents: z.array(documentRecord).describe('Papers: published files, or withheld papers with their paragraphs'),
  notice: z
    .strictObject({
      route: z.enum(['forward-plan', 'general-exception', 'special-urgency', 'none', 'not-required']),
      published: date.nullable(),
      clearDays: z.number().int().nullable(),
      required: z.number().int().nullable(),
      count: clearDayCount.optional(),
      met: z.boolean(),
      agreedBy: z.string().nullable().optional(),
      agreed: date.nullable().optional(),
    })
    .describe('Notice given of a key decision: route, clear days given and required, whether met'),
  record: z
    .strictObject({ workingDays: z.number().int(), target: z.number().int(), met: z.boolean() })
    .describe('Working days taken to publish the record, against the target'),
  callIn: z
    .strictObject({
      applies: z.boolean(),
      status: z.enum(['open', 'closed', 'called-in', 'exempt', 'not-applicable']),
      lastDay: date.nullable(),
      closesAt: z.union([z.literal('end-of-day'), z.string().regex(/^\d{2}:\d{2}$/)]).nullable(),
      implementableFrom: localDateTime.nullable(),
      calledIn: date.nullable(),
      outcome: callInOutcome.nullable(),
    })
    .describe('Call-in as at the build date: status, last day, closing time, when the decision can be implemented'),
  duties,
  keyDecisionReport: z
    .strictObject({
      overThreshold: z.boolean().describe('Not marked key, although its spending reaches the key decision threshold'),
      requested: date.nullable().describe('Date overview and scrutiny asked for a report'),
      by: z.string().nullable().describe('The committee that asked'),
      reported: date.nullable().describe('Date the report was made'),
    })
    .nullable()
    .describe(
      'Set when the decision belongs in the report that it should have been treated as a key decision (SI 2012/2089 reg 18)',
    ),
  officerDecision: z
    .boolean()
    .describe(
      'Whether an officer took it under delegated powers (Openness of Local Government Bodies Regulations 2014)',
    ),
  delegation: z
    .strictObject({
      id: id.describe('Id of the delegated power'),
      body: id.describe('Id of the body that delegated it'),
      power: z.string().describe('The power delegated'),
      holder: id.describe('Id of the person who holds it'),
      source: z.string().nullable().describe('Where the delegation is written down'),
    })
    .nullable()
    .describe('The delegated power under which it was taken, if the record names one'),
  retainedUntil: date
    .nullable()
    .describe('For an officer decision: the last day the record and its papers are kept for inspection (six years)'),
  backgroundPapers,
});

export const meetingRecord = z.strictObject({
  id: id.describe('Reference of the meeting: date and body id'),
  url: url.describe('Address of the meeting page'),
  body: id.describe('Id of the body meeting (see bodies.json)'),
  start: localDateTime.describe('Start, local time'),
  end: localDateTime.nullable().describe('End, local time'),
  status: meetingStatus.describe('Status'),
  venue: z.string().nullable().describe('Where it meets'),
  agendaPublished: date.nullable().describe('Date the notice and agenda were published'),
  agendaNotice: z
    .strictObject({
      clearDays: z.number().int().nullable(),
      required: z.number().int().nullable(),
      count: clearDayCount.nullable(),
      met: z.boolean().nullable(),
    })
    .describe('Clear days between the agenda and the meeting, against the rule (null until the agenda is published)'),
  privateNotice: z
    .strictObject({
      first: clearNotice.nullable().describe('The first notice (28 clear days), measured'),
      further: clearNotice
        .nullable()
        .describe('The further notice (5 clear working days), or on the urgent route the notice of reasons, measured'),
      route: z
        .enum(['notice', 'urgent-agreement', 'none'])
        .describe('How the private meeting was noticed: by the notices, by the urgent agreement, or not at all'),
      met: z.boolean().describe('Whether both notices met their periods, or the urgent agreement was made by the day'),
      reasons: z.string().nullable().describe('Why the meeting, or part of it, is held in private'),
      representations: z.string().nullable().describe('Representations received about why it should be open'),
      response: z.string().nullable().describe('The response to those representations'),
      contentsRecorded: z
        .boolean()
        .describe('Whether the reasons, the representations and the response are all recorded'),
      agreedBy: z
        .string()
        .nullable()
        .describe('Who agreed the meeting was urgent and could not reasonably be deferred'),
      agreed: date.nullable().describe('When they agreed'),
    })
    .nullable()
    .describe(
      'Notices of intention to hold the meeting, or part of it, in private (SI 2012/2089 reg 5); null when no item is taken in private and no notice is recorded',
    ),
  quorate: z
    .boolean()
    .nullable()
    .describe(
      'Whether the members present met every quorum condition of the body; null when the meeting was not held, attendance was not recorded or the body sets no quorum',
    ),
  webcast: url.nullable().describe('Address of the webcast'),
  items: z
    .array(
      z.strictObject({
        item: z.string(),
        title: z.string(),
        exempt: paragraphs.nullable(),
        decisions: z.array(id),
        forwardPlan: id.nullable(),
        exemptSummary: z.string().nullable(),
        backgroundPapers,
      }),
    )
    .describe(
      'Agenda items with any exempt paragraphs, decision ids, forward plan id, the public summary of an item taken in private and the background papers',
    ),
  attendance: z
    .array(z.strictObject({ person: id, status: attendanceStatus, for: id.nullable() }))
    .describe('Members present, absent, giving apologies, or substituting'),
  declarations: z
    .array(
      z.strictObject({
        person: id,
        item: z.string().nullable(),
        interest: z.string(),
        action: z.string().nullable(),
        dispensation: dispensationRecord,
      }),
    )
    .describe('Declarations of interest'),
  minutes: z
    .strictObject({ published: date.nullable(), approvedAt: id.nullable() })
    .describe('When the minutes were published and the meeting that approved them'),
  duties,
});

export const forwardPlanRecord = z.strictObject({
  id: id.describe('Id of the notice: its file name and the last part of its page address'),
  reference: z
    .string()
    .nullable()
    .describe(
      "The council's own reference for the matter (forward plan or key decision number); null when there is none",
    ),
  url: url.describe('Address of the notice page'),
  title: z.string().describe('The matter to be decided'),
  kind: forwardPlanKind.describe('Notice of a key decision, or of a meeting to be held in private'),
  decisionMaker: id.describe('Id of the body or person who will decide'),
  published: date.describe('Date first published on the forward plan'),
  expected: date.nullable().describe('Expected decision date, or the start of the expected period'),
  expectedTo: date.nullable().describe('End of the expected period, if one is given'),
  status: z.enum(['planned', 'decided', 'deferred', 'withdrawn']).describe('Status'),
  decision: id.nullable().describe('Id of the decision that followed'),
  meeting: id.nullable().describe('Id of the meeting at which it is expected'),
  private: paragraphs.nullable().describe('Set when the decision will be taken in private'),
  notice: clearNotice.describe('Clear days between publication and the decision, or the expected date while undecided'),
  revisions: z.array(z.strictObject({ date, change: z.string() })).describe('Changes to the notice'),
  documents: z
    .array(listedDocumentRecord)
    .describe(
      'Documents submitted to the decision maker: published files, withheld papers, or papers listed before they are published (url null)',
    ),
  documentsFrom: z
    .string()
    .nullable()
    .describe('Address from which copies of, or extracts from, the listed documents are available'),
  otherDocuments: z
    .string()
    .describe('How to ask for details of other documents submitted to the decision maker as they become available'),
});

/** Budgets are kept loose: the contract's fields are checked and the pooled budget work may add others. */
export const budgetRecord = z.looseObject({
  fund: id.describe('Id of the pooled fund'),
  name: z.string().describe('Name of the fund'),
  host: id.describe('Id of the partner hosting the fund'),
  year: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .describe('Financial year, e.g. 2017-18'),
  status: budgetStatus.describe('Whether the table is a plan, a revised plan or the outturn'),
  source: z.string().nullable().describe('Where the figures come from'),
  schemes: z
    .array(
      z.looseObject({
        scheme: z.string(),
        kind: z.enum(['pooled', 'aligned']),
        contributions: z
          .record(z.string(), z.number().nullable())
          .describe('Whole pounds by partner id; null where the figure is not available'),
        total: z.number().nullable().describe('Sum of the contributions; null when any is not available'),
        budget: z.number().nullable().optional().describe('Budget in whole pounds; null where not available'),
        outturn: z.number().nullable().optional().describe('Outturn in whole pounds; null where not available'),
        variance: z.number().nullable().optional().describe('Outturn minus budget; null when either is not available'),
      }),
    )
    .describe(
      'Schemes with each partner’s contribution in whole pounds; a figure the publisher marked not available is null and left out of the totals',
    ),
  totals: z.record(z.string(), z.number()).describe('Pooled total by partner id, and "total"'),
});

/** Each JSON file's schema, by the file name under data/. */
export const openDataSchemas = {
  'decisions.json': z.array(decisionRecord).describe('Every published decision, sorted by id'),
  'meetings.json': z.array(meetingRecord).describe('Every published meeting, sorted by id'),
  'officer-decisions.json': z
    .array(decisionRecord)
    .describe('Every published officer decision (those of decisions.json with officerDecision true), sorted by id'),
  'forward-plan.json': z.array(forwardPlanRecord).describe('Every published forward plan entry, sorted by id'),
  'budgets.json': z.array(budgetRecord).describe('Every fund-year table, sorted by fund and year'),
  'bodies.json': z.array(bodyRecord).describe('Every board and committee, with its memberships, sorted by id'),
  'people.json': z.array(personRecord).describe('Every member and officer, with their memberships, sorted by id'),
  'index.json': dataIndex.describe('The site and the list of its data files'),
} as const;

export type OpenDataFile = keyof typeof openDataSchemas;
