import { z } from 'zod';
import { forwardPlanKind } from './values.ts';
import { civilDate, councilReference, entryId, exemptParagraphs, heading, listedDocumentList } from './common.ts';

/** forward-plan/<id>.md: a notice of a key decision or of a private meeting. */
export const forwardPlanSchema = z
  .strictObject({
    title: heading('title of the matter'),
    /** The council's own reference for the matter (forward plan or key decision number). */
    reference: councilReference.optional(),
    kind: forwardPlanKind,
    /** Body id or person id. */
    decisionMaker: entryId,
    published: civilDate,
    expected: civilDate.optional(),
    expectedFrom: civilDate.optional(),
    expectedTo: civilDate.optional(),
    meeting: entryId.optional(),
    wards: z.array(z.string().min(1)).default([]),
    leadOfficer: z.string().optional(),
    consultation: z.string().optional(),
    /**
     * The documents submitted to the decision maker (reg 9(1)(e)): published files, withheld
     * papers, or titles alone until they are published.
     */
    documents: listedDocumentList,
    private: z.strictObject({ paragraphs: exemptParagraphs, reason: z.string().optional() }).optional(),
    status: z
      .enum(['planned', 'deferred', 'withdrawn'], {
        error:
          'expected planned, deferred or withdrawn (decided is worked out from the decision that names this entry)',
      })
      .default('planned'),
    revisions: z.array(z.strictObject({ date: civilDate, change: z.string().min(1) })).default([]),
    publishFrom: civilDate.optional(),
    draft: z.boolean().default(false),
    /** Where copies of, or extracts from, the listed documents are available (reg 9(1)(f)); else site.yaml's. */
    documentsFrom: z.string().trim().min(1).optional(),
    /** How to ask for details of other documents as they become available (reg 9(1)(h)); else site.yaml's, else a sentence made from the address and the site's contact. */
    otherDocuments: z.string().trim().min(1).optional(),
  })
  .superRefine((f, ctx) => {
    if (!f.expected && !f.expectedFrom) {
      ctx.addIssue({
        code: 'custom',
        path: ['expected'],
        message: 'expected the expected decision date (expected, or expectedFrom and expectedTo)',
      });
    }
    if (f.expectedFrom && f.expectedTo && f.expectedTo < f.expectedFrom) {
      ctx.addIssue({
        code: 'custom',
        path: ['expectedTo'],
        message: `expected a date on or after expectedFrom (${f.expectedFrom})`,
      });
    }
  });

export type ForwardPlanEntry = z.infer<typeof forwardPlanSchema>;
