/**
 * Notice compliance: was the notice the law requires given, and by how many days?
 * Historic records that missed a period are facts to show, never errors.
 */
import type { Decision, ForwardPlanEntry } from '../schemas/index.ts';
import { addDays, type CivilDate } from './dates.ts';
import type { RulesInForce } from './rules.ts';
import { addWorkingDays, clearDaysBetween, type WorkingCalendar } from './working-days.ts';

export interface ClearDaysRule {
  clearDays: number;
  count: 'calendar' | 'working';
}

export interface NoticeResult {
  /** When the notice was published. */
  published: CivilDate;
  /** Clear days (calendar or working, per the rule) strictly between notice and event. */
  clearDays: number;
  required: number;
  count: 'calendar' | 'working';
  met: boolean;
}

/** Measures a notice published on `published` before an event on `event` against a rule. */
export function noticeGiven(
  cal: WorkingCalendar,
  published: CivilDate,
  event: CivilDate,
  rule: ClearDaysRule,
): NoticeResult {
  const clearDays = clearDaysBetween(cal, published, event, rule.count);
  return {
    published,
    clearDays,
    required: rule.clearDays,
    count: rule.count,
    met: published < event && clearDays >= rule.clearDays,
  };
}

/** The last day a notice can be published and still give `rule`'s clear days before `event`. */
export function lastDayForNotice(cal: WorkingCalendar, event: CivilDate, rule: ClearDaysRule): CivilDate {
  let day = addDays(event, -1);
  let clear = 0;
  while (clear < rule.clearDays) {
    if (rule.count === 'calendar' || cal.isWorkingDay(day)) clear++;
    day = addDays(day, -1);
  }
  return day;
}

/**
 * The date a meeting was announced, which dates it in feeds and calendars and so must not move
 * from one day's build to the next: the day its agenda was published; else the day its embargo
 * ended (`publishFrom`), when it reached the site; else the last day its agenda could be
 * published on time, by which the law wants the meeting announced. Never after the meeting.
 */
export function meetingAnnounced(
  cal: WorkingCalendar,
  meeting: { date: CivilDate; agendaPublished?: CivilDate; publishFrom?: CivilDate },
  agendaRule: ClearDaysRule,
): CivilDate {
  const announced = meeting.agendaPublished ?? meeting.publishFrom ?? lastDayForNotice(cal, meeting.date, agendaRule);
  return announced < meeting.date ? announced : meeting.date;
}

/** The last day for a decision record due within `workingDays` working days of the decision (day 1 the next working day). */
export function recordDue(cal: WorkingCalendar, made: CivilDate, workingDays: number): CivilDate {
  return workingDays === 0 ? made : addWorkingDays(cal, made, workingDays);
}

/** Working days after `made` up to and including `published`: how long the record took. */
export function recordDelay(cal: WorkingCalendar, made: CivilDate, published: CivilDate): number {
  if (published <= made) return 0;
  return clearDaysBetween(cal, made, published, 'working') + (cal.isWorkingDay(published) ? 1 : 0);
}

export const DEFAULT_NOTICE_RULES = {
  keyDecisionNotice: { clearDays: 28, count: 'calendar' },
  generalException: { clearDays: 5, count: 'working' },
  privateMeetingNotice: { clearDays: 28, count: 'calendar' },
  privateMeetingFurtherNotice: { clearDays: 5, count: 'working' },
  agendaPublication: { clearDays: 5, count: 'working' },
} as const satisfies Record<string, ClearDaysRule>;

export const DEFAULT_DECISION_RECORD_DAYS = 2;

/** "71 clear days", "5 clear working days". */
export function describeClearDays(n: number, count: 'calendar' | 'working'): string {
  return `${n} clear ${count === 'working' ? 'working ' : ''}day${n === 1 ? '' : 's'}`;
}

/** The spending at which a decision is a key decision, unless the site or body sets its own (SI 2012/2089 reg 8; councils set the sum). */
export const DEFAULT_KEY_DECISION_THRESHOLD = 500_000;

/** Whether spending of this amount reaches the key decision threshold. */
export function reachesKeyThreshold(amount: number, threshold: number): boolean {
  return amount >= threshold;
}

/** The notice route a decision took: its forward plan entry, an urgency procedure, or none. */
export type DecisionNotice =
  | ({ route: 'forward-plan' | 'general-exception' } & NoticeResult)
  | { route: 'special-urgency'; agreedBy?: string; agreed?: CivilDate; met: true }
  | { route: 'none'; met: false }
  | { route: 'not-required'; met: true };

/** Which notice route a decision took, and whether it met its period. */
export function decisionNotice(
  d: Decision,
  fp: ForwardPlanEntry | undefined,
  rules: Pick<RulesInForce, 'generalException' | 'keyDecisionNotice'>,
  cal: WorkingCalendar,
): DecisionNotice {
  if (d.urgency?.kind === 'special-urgency')
    return { route: 'special-urgency', agreedBy: d.urgency.agreedBy, agreed: d.urgency.agreed, met: true };
  if (d.urgency?.kind === 'general-exception')
    return {
      route: 'general-exception',
      ...noticeGiven(cal, d.urgency.noticePublished!, d.made, rules.generalException),
    };
  // A notice that is not public (draft or embargoed) cannot count as notice given.
  if (fp) return { route: 'forward-plan', ...noticeGiven(cal, fp.published, d.made, rules.keyDecisionNotice) };
  return d.key ? { route: 'none', met: false } : { route: 'not-required', met: true };
}

/** Overview and scrutiny's request for a report that a decision should have been treated as a key decision. */
export interface KeyDecisionReportRequest {
  requested: CivilDate;
  by: string;
  reported?: CivilDate;
}

/**
 * Why a decision belongs in the report that it should have been treated as a key decision
 * (SI 2012/2089 reg 18), or undefined: a decision not marked key whose spending reaches the
 * threshold, or any decision overview and scrutiny asked to be reported.
 */
export function keyDecisionReportFacts(
  key: boolean,
  thresholdReached: boolean | undefined,
  request: KeyDecisionReportRequest | undefined,
): { overThreshold: boolean; request?: KeyDecisionReportRequest } | undefined {
  const overThreshold = !key && thresholdReached === true;
  if (!overThreshold && !request) return undefined;
  return request ? { overThreshold, request } : { overThreshold };
}
