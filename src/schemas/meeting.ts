import { z } from 'zod';
import { attendanceStatus, meetingStatus } from './values.ts';
import {
  backgroundPaperList,
  civilDate,
  dispensation,
  documentList,
  entryId,
  exemptParagraphs,
  localDateTime,
  localDateTimeProblem,
  webAddress,
  heading,
} from './common.ts';

export const agendaItemSchema = z.strictObject({
  /** Item number as printed on the agenda. */
  item: z.union(
    [z.number().int().min(0), z.string().regex(/^\d+[a-z]?$/, { error: 'expected an item number such as 5 or "5a"' })],
    {
      error: 'expected an item number such as 5 or "5a"',
    },
  ),
  title: heading('item title'),
  summary: z.string().optional(),
  forwardPlan: entryId.optional(),
  decisions: z.array(entryId).default([]),
  documents: documentList,
  /** Taken in private: the paragraph is shown; summary and minute are withheld. */
  exempt: z
    .strictObject({
      paragraphs: exemptParagraphs,
      reason: z.string().optional(),
      review: civilDate.optional(),
      /**
       * The public summary of the proceedings on the item, shown where the withheld minute would
       * be: a fair and coherent record (Local Government Act 1972 s.100C(2)).
       */
      summary: z.string().min(1, { error: 'expected a public summary of the proceedings on the item' }).optional(),
    })
    .optional(),
  minute: z.string().optional(),
  /** The report's background papers (s.100D). */
  backgroundPapers: backgroundPaperList,
});

/** meetings/<id>.md: the Markdown body is the minutes or a summary. */
export const meetingSchema = z
  .strictObject({
    body: entryId,
    start: localDateTime,
    end: localDateTime.optional(),
    venue: z.string().optional(),
    status: meetingStatus,
    agendaPublished: civilDate.optional(),
    /** Notices of a meeting held (in part) in private (SI 2012/2089 reg 5). */
    privateNotice: z
      .strictObject({
        /** The first notice, 28 clear days before (reg 5(2)). */
        first: civilDate.optional(),
        /** The further notice, 5 clear days before (reg 5(4)); on the urgent route, the notice of reasons (reg 5(7)). */
        further: civilDate.optional(),
        /** Why the meeting (or part) is to be held in private, as the notice gives them. */
        reasons: z.string().min(1).optional(),
        /** Representations received about why it should be open, e.g. "None received". */
        representations: z.string().min(1).optional(),
        /** The body's response to those representations. */
        response: z.string().min(1).optional(),
        /** Who agreed the meeting was urgent and could not reasonably be deferred (reg 5(6)). */
        agreedBy: z.string().min(1).optional(),
        /** When they agreed. */
        agreed: civilDate.optional(),
      })
      .optional(),
    /** Address of the webcast: http(s) only, so a link can never run script. */
    webcast: webAddress.optional(),
    publishFrom: civilDate.optional(),
    draft: z.boolean().default(false),
    agenda: z.array(agendaItemSchema).default([]),
    attendance: z
      .array(
        z.strictObject({
          person: entryId,
          status: attendanceStatus,
          for: entryId.optional(),
        }),
      )
      .default([]),
    declarations: z
      .array(
        z.strictObject({
          person: entryId,
          item: z.union([z.number().int(), z.string()]).optional(),
          interest: z.string().min(1),
          action: z.string().optional(),
          dispensation: dispensation.optional(),
        }),
      )
      .default([]),
    minutes: z.strictObject({ published: civilDate.optional(), approvedAt: entryId.optional() }).optional(),
    documents: documentList,
  })
  .superRefine((m, ctx) => {
    if (m.end && !localDateTimeProblem(m.end) && !localDateTimeProblem(m.start) && m.end < m.start) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `expected an end (${m.end}) after the start (${m.start})`,
      });
    }
    const p = m.privateNotice;
    if (p && Boolean(p.agreedBy) !== Boolean(p.agreed)) {
      ctx.addIssue({
        code: 'custom',
        path: ['privateNotice', p.agreedBy ? 'agreed' : 'agreedBy'],
        message: 'expected who agreed the meeting was urgent (agreedBy) and when (agreed), both or neither',
      });
    }
    m.attendance.forEach((a, i) => {
      if (a.status === 'substitute' && !a.for) {
        ctx.addIssue({
          code: 'custom',
          path: ['attendance', i, 'for'],
          message: 'expected the person this member substitutes for',
        });
      }
    });
  });

export type Meeting = z.infer<typeof meetingSchema>;
export type AgendaItem = z.infer<typeof agendaItemSchema>;
