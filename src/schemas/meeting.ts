import { z } from 'zod';
import { attendanceStatus, meetingStatus } from './values.ts';
import {
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
  item: z.union([z.number().int().min(0), z.string().regex(/^\d+[a-z]?$/)], {
    error: 'expected an item number such as 5 or "5a"',
  }),
  title: heading('item title'),
  summary: z.string().optional(),
  forwardPlan: entryId.optional(),
  decisions: z.array(entryId).default([]),
  documents: documentList,
  /** Taken in private: the paragraph is shown; summary and minute are withheld. */
  exempt: z
    .strictObject({ paragraphs: exemptParagraphs, reason: z.string().optional(), review: civilDate.optional() })
    .optional(),
  minute: z.string().optional(),
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
    privateNotice: z.strictObject({ first: civilDate.optional(), further: civilDate.optional() }).optional(),
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
