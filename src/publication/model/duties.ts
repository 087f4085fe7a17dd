/**
 * The duty ledger of each public meeting and decision: which statutory duties applied, from the
 * record and the rules in force for its body, each measured by the rules in src/domain/duties.ts.
 */
import { rulesFor } from '../../domain/rules.ts';
import { factDuty, noticeDuty, recordDuty, type Duty } from '../../domain/duties.ts';
import type { PublicDecision, PublicForwardPlanEntry, PublicMeeting } from '../types.ts';
import type { ModelContext } from './context.ts';

/** Whether a body meets under the 1960 Act only: none of its partners is a local authority. */
function nhsOnly(ctx: ModelContext, bodyId: string): boolean {
  const body = ctx.bodyById.get(bodyId)?.data;
  return !!body && body.partners.every((p) => ctx.partners.get(p)?.kind !== 'local-authority');
}

/** The duties that applied to a meeting, as at the build date. */
export function meetingDuties(ctx: ModelContext, x: PublicMeeting): Duty[] {
  if (x.status === 'cancelled' || x.status === 'postponed') return [];
  const entry = ctx.meetingById.get(x.id)!;
  const body = ctx.bodyById.get(x.body.id)?.data;
  const rules = rulesFor(ctx.content.site.data.rules, body?.rules);
  const cal = ctx.calendarFor(x.body.id);
  const { buildDate } = ctx;
  const duties: Duty[] = [
    noticeDuty(
      nhsOnly(ctx, x.body.id) ? 'agenda-published-nhs' : 'agenda-published',
      cal,
      x.agendaPublished,
      x.date,
      rules.agendaPublication,
      buildDate,
    ),
  ];
  const exemptItems = entry.data.agenda.filter((it) => it.exempt);
  if (exemptItems.length) {
    const notice = entry.data.privateNotice;
    duties.push(
      noticeDuty('private-first-notice', cal, notice?.first, x.date, rules.privateMeetingNotice, buildDate),
      noticeDuty('private-further-notice', cal, notice?.further, x.date, rules.privateMeetingFurtherNotice, buildDate),
    );
  }
  if (x.status === 'held') {
    const published = x.minutes?.published;
    duties.push(
      factDuty(
        'minutes-published',
        published,
        !!published && published <= buildDate,
        'The law sets no number of days',
        'not-recorded',
      ),
    );
  }
  return duties;
}

/** The duties that applied to a decision and its record. */
export function decisionDuties(ctx: ModelContext, d: PublicDecision, fp?: PublicForwardPlanEntry): Duty[] {
  const body = ctx.bodyById.get(d.decisionMaker.id)?.data;
  const rules = rulesFor(ctx.content.site.data.rules, body?.rules);
  const cal = ctx.calendarFor(d.decisionMaker.id);
  const duties: Duty[] = [];
  const n = d.notice;
  switch (n.route) {
    case 'forward-plan':
      duties.push(noticeDuty('key-decision-notice', cal, n.published, d.made, rules.keyDecisionNotice, ctx.buildDate));
      void fp;
      break;
    case 'general-exception':
      duties.push(noticeDuty('general-exception', cal, n.published, d.made, rules.generalException, ctx.buildDate));
      break;
    case 'special-urgency':
      duties.push(
        factDuty(
          'special-urgency',
          n.agreed,
          !!n.agreedBy && !!n.agreed,
          n.agreedBy ? `Agreed by ${n.agreedBy}` : undefined,
        ),
        factDuty(
          'special-urgency-report',
          undefined,
          true,
          `Listed in the report for ${d.year} on the transparency page`,
        ),
      );
      break;
    case 'none':
      duties.push(
        factDuty(
          'key-decision-notice',
          undefined,
          false,
          'A key decision with no forward plan notice or urgency procedure',
        ),
      );
      break;
    case 'not-required':
      break;
  }
  duties.push(
    recordDuty(
      d.officerDecision ? 'officer-decision-record' : 'decision-record',
      cal,
      d.made,
      d.published,
      rules.decisionRecordDays,
    ),
    factDuty('record-contents', d.published, true),
    factDuty('record-declarations', d.published, true, d.declarations.length ? undefined : 'None declared'),
  );
  return duties;
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
