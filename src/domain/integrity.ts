/**
 * Cross-entry checks: what a schema cannot see from one file alone. Every
 * problem names the file and field; all are collected, none stops the rest.
 * Each collection has its checker under integrity/; this runs them in order.
 */
import type { Content } from './content.ts';
import type { Problem } from './problems.ts';
import { checkLocalTimes } from './local-time.ts';
import { checker } from './integrity/context.ts';
import { checkBodies, checkPartners, checkPeople } from './integrity/bodies.ts';
import { checkMeetings } from './integrity/meetings.ts';
import { checkForwardPlan } from './integrity/forward-plan.ts';
import { checkDecisions } from './integrity/decisions.ts';
import { checkDelegations } from './integrity/delegations.ts';
import { checkBudgets } from './integrity/budgets.ts';
import { checkPages } from './integrity/pages.ts';
import { checkReferences } from './integrity/references.ts';

export { RESERVED_CALENDARS } from './integrity/bodies.ts';
export { RESERVED_PAGES } from './integrity/pages.ts';
export { decisionHeadingProblem, headingsOf } from './integrity/decisions.ts';

export function checkIntegrity(c: Content): Problem[] {
  const k = checker(c);
  for (const check of [
    checkPartners,
    checkBodies,
    checkPeople,
    checkMeetings,
    checkForwardPlan,
    checkDecisions,
    checkReferences,
    checkDelegations,
    checkBudgets,
    checkPages,
  ])
    check(k);
  return [...k.problems, ...checkLocalTimes(c)];
}
