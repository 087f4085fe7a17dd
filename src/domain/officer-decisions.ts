/**
 * Officer decisions and the powers delegated to take them: the Openness of Local Government
 * Bodies Regulations 2014 (SI 2014/2095), regs 7 and 8, and the register of delegations of the
 * Local Government Act 1972 s.100G(2).
 */
import type { Delegation } from '../schemas/index.ts';
import { addDays, overlaps, type CivilDate } from './dates.ts';

/** Reg 8: the record and its background papers are kept and open to inspection for six years. */
export const RETENTION_YEARS = 6;

/** Whether a decision is an officer decision: taken by one person, and that person an officer. */
export function isOfficerDecision(maker: { kind?: 'member' | 'officer' } | undefined): boolean {
  return maker?.kind === 'officer';
}

const isLeap = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);

/**
 * The last day of the six years "beginning with the date on which the decision was made"
 * (reg 8(1)): the day before the sixth anniversary. The anniversary of 29 February in a year
 * that has none is 1 March, so its last day is 28 February.
 */
export function retainedUntil(made: CivilDate): CivilDate {
  const y = Number(made.slice(0, 4)) + RETENTION_YEARS;
  const monthDay = made.slice(5);
  const anniversary = monthDay === '02-29' && !isLeap(y) ? `${y}-03-01` : `${y}-${monthDay}`;
  return addDays(anniversary, -1);
}

/** Whether a delegation was in force on a date. */
export function delegationInForce(d: Pick<Delegation, 'from' | 'until'>, date: CivilDate): boolean {
  return overlaps(d, date, date);
}

/** A decision's use of a delegated power that does not hold, in a publisher's terms. */
export interface DelegationUseProblem {
  found: string;
  expected: string;
}

/**
 * What is wrong with a decision taken under a delegation: the decision maker must be the power's
 * holder, and the power in force on the day the decision was made.
 */
export function delegationUseProblems(
  delegation: Delegation & { body: string },
  decisionMaker: string,
  made: CivilDate,
): DelegationUseProblem[] {
  const out: DelegationUseProblem[] = [];
  if (delegation.holder !== decisionMaker)
    out.push({
      found: `"${delegation.id}", a power of ${delegation.body} held by ${delegation.holder}, on a decision made by ${decisionMaker}`,
      expected: `a power the decision maker holds: set decisionMaker to ${delegation.holder}, or name one of ${decisionMaker}'s delegations`,
    });
  if (!delegationInForce(delegation, made))
    out.push({
      found: `"${delegation.id}", in force ${delegation.from ?? 'from the start'} to ${delegation.until ?? 'open'}, on a decision made ${made}`,
      expected: 'a power in force on the day the decision was made (check made, or the delegation’s from and until)',
    });
  return out;
}

/**
 * Whether call-in applies to an officer decision. A resident would expect what most
 * constitutions say: officers' decisions under delegated powers are not called in, except key
 * executive decisions, which are called in like any other executive decision. A decision's own
 * `callIn.applies: true` says its constitution subjects it to call-in all the same.
 */
export function officerCallIn(key: boolean, applies: boolean | undefined): { applies: boolean; reason?: string } {
  if (key || applies === true) return { applies: true };
  return {
    applies: false,
    reason:
      'An officer decision under delegated powers is not subject to call-in; only key decisions taken by officers are.',
  };
}
