/**
 * Call-in: the window in which scrutiny may call a decision in, when it closes,
 * and from when the decision may be implemented.
 */
import type { Body, Decision, Partner } from '../schemas/index.ts';
import { addDays, formatDate, type CivilDate } from './dates.ts';
import { addWorkingDays, holidaysCrossed, nextWorkingDay, type WorkingCalendar } from './working-days.ts';
import { officerCallIn } from './officer-decisions.ts';
import { hasCouncilPartner } from './content.ts';

export interface CallInRule {
  workingDays: number;
  countFrom: 'publication' | 'decision';
  /** 'end-of-day', or a time HH:MM on the last day. */
  closesAt: string;
  implementFrom: 'expiry' | 'next-working-day';
  appliesTo: 'all' | 'key';
  /** The committee a decision called in goes to, as the constitution names it. */
  committee?: string;
  /** How many councillors must ask for a decision to be called in. */
  councillors?: number;
}

export const DEFAULT_CALL_IN: CallInRule = {
  workingDays: 5,
  countFrom: 'publication',
  closesAt: 'end-of-day',
  implementFrom: 'expiry',
  appliesTo: 'all',
};

export interface CallInWindow {
  /** The date counting starts from (publication or decision). */
  start: CivilDate;
  /** Day N: the last day on which the decision can be called in. */
  lastDay: CivilDate;
  /** 'end-of-day', or a time HH:MM on the last day. */
  closesAt: string;
  /** Local date-time `YYYY-MM-DDTHH:MM` at which the window ends. */
  endsAt: string;
  /** Local date-time `YYYY-MM-DDTHH:MM` from which the decision may be implemented. */
  implementableFrom: string;
}

/** Day 1 is the first working day strictly after the start date; the window ends on day N at closesAt. */
export function callInWindow(cal: WorkingCalendar, start: CivilDate, rule: CallInRule): CallInWindow {
  const lastDay = addWorkingDays(cal, start, rule.workingDays);
  const endsAt = rule.closesAt === 'end-of-day' ? `${addDays(lastDay, 1)}T00:00` : `${lastDay}T${rule.closesAt}`;
  let implementableFrom: string;
  if (rule.implementFrom === 'next-working-day') {
    implementableFrom = `${nextWorkingDay(cal, lastDay)}T00:00`;
  } else {
    implementableFrom = endsAt;
  }
  return { start, lastDay, closesAt: rule.closesAt, endsAt, implementableFrom };
}

export type CallInStatus = 'open' | 'closed' | 'called-in' | 'exempt' | 'not-applicable';

/** Whether call-in applies to a decision, why not, and its window and status at the build date. */
export interface CallInAssessment {
  applies: boolean;
  status: CallInStatus;
  /** Why call-in does not apply, or why the decision is exempt. */
  reason?: string;
  rule: CallInRule;
  window?: CallInWindow;
  /** Weekday bank holidays and closure days between the start and the last day. */
  holidays: { date: CivilDate; name: string }[];
  calledIn?: CivilDate;
  outcome?: NonNullable<Decision['callIn']>['outcome'];
  outcomeDate?: CivilDate;
}

/**
 * Whether call-in applies to a decision, and its window and status at the build date. `officer`
 * says the decision maker is an officer (see officerCallIn).
 */
export function assessCallIn(
  d: Decision,
  body: Body | undefined,
  rule: CallInRule,
  cal: WorkingCalendar,
  buildDate: CivilDate,
  personPartner: string | undefined,
  partners: Map<string, Partner>,
  officer = false,
): CallInAssessment {
  const notApplicable = (reason: string): CallInAssessment => ({
    applies: false,
    status: 'not-applicable',
    reason,
    rule,
    holidays: [],
  });
  const councilInvolved = body
    ? hasCouncilPartner(body, partners)
    : personPartner
      ? partners.get(personPartner)?.kind === 'local-authority'
      : true;
  if (d.callIn?.applies === false) return notApplicable('The constitution does not subject this decision to call-in.');
  if (!councilInvolved) return notApplicable('An NHS decision is not subject to a council’s call-in.');
  if (body?.decides === 'advisory') return notApplicable('The body advises; the partners make the decisions.');
  if (d.outcome === 'deferred' || d.outcome === 'noted')
    return notApplicable(
      d.outcome === 'deferred'
        ? 'No decision was made: the matter was deferred.'
        : 'The matter was noted; nothing was decided.',
    );
  const byOfficer = officer ? officerCallIn(d.key, d.callIn?.applies) : undefined;
  if (byOfficer && !byOfficer.applies) return notApplicable(byOfficer.reason!);
  if (rule.appliesTo === 'key' && !d.key)
    return notApplicable('Only key decisions are subject to call-in under this constitution.');
  if (d.urgency?.callInExempt) {
    return {
      applies: false,
      status: 'exempt',
      reason: [
        d.urgency.reason,
        d.urgency.agreedBy &&
          `Agreed by ${d.urgency.agreedBy}${d.urgency.agreed ? ` on ${formatDate(d.urgency.agreed)}` : ''}.`,
      ]
        .filter(Boolean)
        .join(' '),
      rule,
      holidays: [],
    };
  }
  const window = callInWindow(cal, rule.countFrom === 'decision' ? d.made : d.published, rule);
  const info: CallInAssessment = {
    applies: true,
    status: buildDate <= window.lastDay ? 'open' : 'closed',
    rule,
    window,
    holidays: holidaysCrossed(cal, window.start, window.lastDay),
  };
  if (d.callIn?.calledIn) {
    return {
      ...info,
      status: 'called-in',
      calledIn: d.callIn.calledIn,
      outcome: d.callIn.outcome,
      outcomeDate: d.callIn.outcomeDate,
    };
  }
  return info;
}
