import { siteSchema } from './site.ts';
import { bodySchema } from './body.ts';
import { personSchema } from './person.ts';
import { meetingSchema } from './meeting.ts';
import { forwardPlanSchema } from './forward-plan.ts';
import { decisionSchema } from './decision.ts';
import { budgetSchema } from './budget.ts';
import { pageSchema } from './page.ts';

export {
  siteSchema,
  bodySchema,
  personSchema,
  meetingSchema,
  forwardPlanSchema,
  decisionSchema,
  budgetSchema,
  pageSchema,
};
export { DECISION_HEADINGS } from './decision.ts';

/** The schema of each collection, keyed as in source/read.ts. */
export const collectionSchemas = {
  bodies: bodySchema,
  people: personSchema,
  meetings: meetingSchema,
  forwardPlan: forwardPlanSchema,
  decisions: decisionSchema,
  budgets: budgetSchema,
  pages: pageSchema,
} as const;

export type { Site, Partner, AccessibilitySettings } from './site.ts';
export type { Body, Delegation, Membership } from './body.ts';
export type { Person } from './person.ts';
export type { Meeting, AgendaItem } from './meeting.ts';
export type { ForwardPlanEntry } from './forward-plan.ts';
export type { Decision } from './decision.ts';
export type { Budget } from './budget.ts';
export type { Page } from './page.ts';
export type { Rules, DocumentRef, BackgroundPaperRef, PaperReview } from './common.ts';
