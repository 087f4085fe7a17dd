/**
 * Which rules are in force for a body: the defaults of rules.md, then the site's settings,
 * then the body's own.
 */
import type { Rules } from '../schemas/index.ts';
import { DEFAULT_CALL_IN, type CallInRule } from './call-in.ts';
import { DEFAULT_DECISION_RECORD_DAYS, DEFAULT_KEY_DECISION_THRESHOLD, DEFAULT_NOTICE_RULES } from './notice.ts';

/** The rules in force for a body: defaults, then the site's settings, then the body's own. */
export function rulesFor(site: Rules, body?: Rules) {
  const pick = <K extends keyof typeof DEFAULT_NOTICE_RULES>(k: K) => body?.[k] ?? site[k] ?? DEFAULT_NOTICE_RULES[k];
  return {
    keyDecisionNotice: pick('keyDecisionNotice'),
    generalException: pick('generalException'),
    privateMeetingNotice: pick('privateMeetingNotice'),
    privateMeetingFurtherNotice: pick('privateMeetingFurtherNotice'),
    agendaPublication: pick('agendaPublication'),
    decisionRecordDays:
      body?.decisionRecord?.workingDays ?? site.decisionRecord?.workingDays ?? DEFAULT_DECISION_RECORD_DAYS,
    keyDecisionThreshold: body?.keyDecisionThreshold ?? site.keyDecisionThreshold ?? DEFAULT_KEY_DECISION_THRESHOLD,
    callIn: callInRule(site, body),
  };
}

/** The call-in rule in force for a body: defaults, then the site's, then the body's. */
export function callInRule(site: Rules, body?: Rules): CallInRule {
  return { ...DEFAULT_CALL_IN, ...site.callIn, ...body?.callIn };
}

export type RulesInForce = ReturnType<typeof rulesFor>;

/**
 * The days that do not count for a body, when it has any of its own: the site's closure days
 * and extra bank holidays, then the body's. Undefined when the body adds none, so the site's
 * calendar serves it.
 */
export function bodyCalendarRules(
  site: Rules,
  body?: Rules,
): Pick<Rules, 'closureDays' | 'extraBankHolidays'> | undefined {
  if (!body?.closureDays?.length && !body?.extraBankHolidays?.length) return undefined;
  return {
    closureDays: [...(site.closureDays ?? []), ...(body.closureDays ?? [])],
    extraBankHolidays: [...(site.extraBankHolidays ?? []), ...(body.extraBankHolidays ?? [])],
  };
}
