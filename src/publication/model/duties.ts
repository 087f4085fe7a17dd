/**
 * The duty ledger of each public meeting and decision: gathers from the record and the rules in
 * force for its body the facts src/domain/duty-applicability.ts decides which duties applied from.
 */
import { rulesFor } from '../../domain/rules.ts';
import { hasCouncilPartner } from '../../domain/content.ts';
import type { Duty } from '../../domain/duties.ts';
import {
  decisionDuties as decisionDutiesOf,
  meetingDuties as meetingDutiesOf,
} from '../../domain/duty-applicability.ts';
import type { PublicDecision, PublicForwardPlanEntry, PublicMeeting } from '../types.ts';
import type { ModelContext } from './context.ts';

/** Whether a body meets under the 1960 Act only: none of its partners is a local authority. */
function nhsOnly(ctx: ModelContext, bodyId: string): boolean {
  const body = ctx.bodyById.get(bodyId)?.data;
  return !!body && !hasCouncilPartner(body, ctx.partners);
}

/** The duties that applied to a meeting, as at the build date. */
export function meetingDuties(ctx: ModelContext, x: PublicMeeting): Duty[] {
  const entry = ctx.meetingById.get(x.id)!;
  const body = ctx.bodyById.get(x.body.id)?.data;
  return meetingDutiesOf(
    {
      status: x.status,
      date: x.date,
      agendaPublished: x.agendaPublished,
      nhsOnly: nhsOnly(ctx, x.body.id),
      exemptOnAgenda: entry.data.agenda.some((it) => it.exempt),
      privateMeeting: x.privateMeeting,
      privateNotice: entry.data.privateNotice,
      items: x.items,
      minutesPublished: x.minutes?.published,
    },
    rulesFor(ctx.content.site.data.rules, body?.rules),
    ctx.calendarFor(x.body.id),
    ctx.buildDate,
  );
}

/** The duties that applied to a decision and its record. */
export function decisionDuties(ctx: ModelContext, d: PublicDecision, fp?: PublicForwardPlanEntry): Duty[] {
  const body = ctx.bodyById.get(d.decisionMaker.id)?.data;
  return decisionDutiesOf(
    d,
    rulesFor(ctx.content.site.data.rules, body?.rules),
    ctx.calendarFor(d.decisionMaker.id),
    ctx.buildDate,
    fp,
  );
}
/** Fills in the ledger of every meeting and decision; a date past the calendar is reported against its entry. */
export function addDuties(
  ctx: ModelContext,
  meetings: PublicMeeting[],
  decisions: PublicDecision[],
  forwardPlan: PublicForwardPlanEntry[],
): void {
  const fpById = new Map(forwardPlan.map((f) => [f.id, f]));
  for (const x of meetings) {
    const entry = ctx.meetingById.get(x.id)!;
    x.duties = ctx.guard(entry, 'start', () => meetingDuties(ctx, x))[0] ?? [];
  }
  for (const d of decisions) {
    const entry = ctx.decisionById.get(d.id)!;
    const fp = d.forwardPlan ? fpById.get(d.forwardPlan.id) : undefined;
    d.duties = ctx.guard(entry, 'published', () => decisionDuties(ctx, d, fp))[0] ?? [];
  }
}
