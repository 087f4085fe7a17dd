import { z } from 'zod';
import { callInOutcome, decisionOutcome, urgencyKind, voteMethod } from './values.ts';
import {
  backgroundPaperList,
  civilDate,
  councilReference,
  dispensation,
  documentList,
  entryId,
  exemptParagraphs,
  heading,
} from './common.ts';

/** decisions/<id>.md: the statutory decision record; the body holds its three headings. */
export const decisionSchema = z
  .strictObject({
    title: heading('decision title'),
    /** The council's own reference (key decision number); else the forward plan entry's. */
    reference: councilReference.optional(),
    /** Body id, or person id for an individual decision. */
    decisionMaker: entryId,
    /** Members exercising delegated authority. */
    madeBy: z.array(entryId).default([]),
    meeting: entryId.optional(),
    item: z
      .union(
        [
          z.number().int().min(0),
          z.string().regex(/^\d+[a-z]?$/, { error: 'expected an item number such as 5 or "5a"' }),
        ],
        {
          error: 'expected an item number such as 5 or "5a"',
        },
      )
      .optional(),
    made: civilDate,
    published: civilDate,
    key: z.boolean({ error: 'expected true or false' }),
    forwardPlan: entryId.optional(),
    urgency: z
      .strictObject({
        kind: urgencyKind,
        noticePublished: civilDate.optional(),
        agreedBy: z.string().optional(),
        agreed: civilDate.optional(),
        reason: z.string().optional(),
        callInExempt: z.boolean().default(false),
      })
      .optional(),
    callIn: z
      .strictObject({
        applies: z.boolean().optional(),
        calledIn: civilDate.optional(),
        outcome: callInOutcome.optional(),
        outcomeDate: civilDate.optional(),
      })
      .optional(),
    outcome: decisionOutcome,
    vote: z
      .strictObject({
        method: voteMethod,
        for: z.number().int().min(0).optional(),
        against: z.number().int().min(0).optional(),
        abstained: z.number().int().min(0).optional(),
      })
      .optional(),
    spend: z
      .strictObject({ amount: z.number().min(0), fund: entryId.optional(), scheme: z.string().min(1).optional() })
      .optional(),
    wards: z.array(z.string().min(1)).default([]),
    declarations: z
      .array(
        z.strictObject({
          person: entryId,
          interest: z.string().min(1),
          dispensation: dispensation.optional(),
          action: z.string().optional(),
        }),
      )
      .default([]),
    exempt: z
      .strictObject({
        paragraphs: exemptParagraphs,
        summary: z.string().min(1, { error: 'expected a public summary of the exempt decision' }),
        review: civilDate.optional(),
      })
      .optional(),
    /**
     * Says the full record may be published although the decision was taken on an agenda item
     * heard in private; without it (or exempt) such a decision is refused.
     */
    publicRecord: z.literal(true, { error: 'expected true, or no publicRecord field' }).optional(),
    documents: documentList,
    draft: z.boolean().default(false),
    publishFrom: civilDate.optional(),
    /**
     * Overview and scrutiny asked for a report that this decision should have been treated as a
     * key decision (SI 2012/2089 reg 18): when, which committee, and when the report was made.
     */
    keyDecisionReport: z
      .strictObject({
        requested: civilDate,
        by: heading('committee that asked for the report'),
        reported: civilDate.optional(),
      })
      .optional(),
    /** The id of the delegated power the decision maker used, from a body's delegations. */
    delegation: entryId.optional(),
    /** The report's background papers (s.100D), for a decision taken outside a meeting. */
    backgroundPapers: backgroundPaperList,
  })
  .superRefine((d, ctx) => {
    if (d.published < d.made) {
      ctx.addIssue({
        code: 'custom',
        path: ['published'],
        message: `expected the record to be published on or after the decision date (${d.made})`,
      });
    }
    if (d.urgency?.kind === 'general-exception' && !d.urgency.noticePublished) {
      ctx.addIssue({
        code: 'custom',
        path: ['urgency', 'noticePublished'],
        message: 'expected the date the general exception notice was published',
      });
    }
    if (d.urgency?.kind === 'special-urgency' && (!d.urgency.agreedBy || !d.urgency.agreed)) {
      ctx.addIssue({
        code: 'custom',
        path: ['urgency', d.urgency.agreedBy ? 'agreed' : 'agreedBy'],
        message: 'expected who agreed the special urgency (agreedBy) and when (agreed)',
      });
    }
    if (d.keyDecisionReport?.reported && d.keyDecisionReport.reported < d.keyDecisionReport.requested) {
      ctx.addIssue({
        code: 'custom',
        path: ['keyDecisionReport', 'reported'],
        message: `expected the report on or after the date it was asked for (${d.keyDecisionReport.requested})`,
      });
    }
    if (d.item !== undefined && !d.meeting) {
      ctx.addIssue({
        code: 'custom',
        path: ['meeting'],
        message: 'expected the meeting id when an agenda item is given',
      });
    }
  });

export type Decision = z.infer<typeof decisionSchema>;

/** The statutory headings a decision body must hold, in this order. */
export const DECISION_HEADINGS = ['Decision', 'Reasons', 'Alternative options considered and rejected'] as const;
