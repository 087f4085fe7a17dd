/**
 * The duty ledger of each public meeting and decision: which statutory duties applied, from the
 * record and the rules in force for its body, each measured by the rules in src/domain/duties.ts.
 */
import { rulesFor } from '../../domain/rules.ts';
import { andList } from '../../domain/text.ts';
import { hasCouncilPartner } from '../../domain/content.ts';
import { factDuty, noticeDuty, recordDuty, type Duty } from '../../domain/duties.ts';
import type { PublicDecision, PublicForwardPlanEntry, PublicMeeting } from '../types.ts';
import type { ModelContext } from './context.ts';

/** Whether a body meets under the 1960 Act only: none of its partners is a local authority. */
function nhsOnly(ctx: ModelContext, bodyId: string): boolean {
  const body = ctx.bodyById.get(bodyId)?.data;
  return !!body && !hasCouncilPartner(body, ctx.partners);
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
  // Regulation 5 governs executive meetings; a body of NHS partners alone meets under the 1960 Act.
  const exemptItems = nhsOnly(ctx, x.body.id) ? [] : entry.data.agenda.filter((it) => it.exempt);
  const pm = x.privateMeeting;
  if (exemptItems.length && pm?.route === 'urgent-agreement') {
    // privateMeetingNotice() has measured the agreement against the meeting date.
    duties.push(
      factDuty('private-urgent-agreement', pm.agreed, pm.met, pm.agreedBy ? `Agreed by ${pm.agreedBy}` : undefined),
    );
  } else if (exemptItems.length) {
    const notice = entry.data.privateNotice;
    const c = pm?.contents;
    const lacking = c
      ? [
          !c.reasons && 'the reasons',
          !c.representations && 'the representations received',
          !c.response && 'the response',
        ].filter((w): w is string => !!w)
      : [];
    duties.push(
      noticeDuty('private-first-notice', cal, notice?.first, x.date, rules.privateMeetingNotice, buildDate),
      noticeDuty(
        'private-further-notice',
        cal,
        notice?.further,
        x.date,
        rules.privateMeetingFurtherNotice,
        buildDate,
        notice?.further && lacking.length ? `The record does not give ${andList(lacking)}` : undefined,
      ),
    );
  }
  // Each report (an item with papers) lists its background papers, from the day the agenda is published.
  const reports = x.items.filter((it) => it.documents.length > 0);
  if (reports.length) {
    const unlisted = reports.filter((it) => !it.backgroundPapersListed).map((it) => it.item);
    duties.push(
      factDuty(
        'background-papers',
        x.agendaPublished,
        unlisted.length === 0,
        unlisted.length
          ? `Not recorded for ${unlisted.length === 1 ? 'item' : 'items'} ${andList(unlisted)}`
          : undefined,
        'not-recorded',
      ),
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
    if (published && published <= buildDate && exemptItems.length) {
      const without = x.items.filter((it) => it.exempt && !it.exempt.summary).map((it) => it.item);
      duties.push(
        factDuty(
          'exempt-minutes-summary',
          published,
          without.length === 0,
          without.length ? `No summary for ${without.length === 1 ? 'item' : 'items'} ${andList(without)}` : undefined,
        ),
      );
    }
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
      if (fp?.noticeContents.applies)
        duties.push(
          factDuty(
            'key-decision-notice-contents',
            fp.published,
            fp.noticeContents.complete,
            fp.noticeContents.missing.length
              ? `Missing: ${fp.noticeContents.missing.map((k) => (k === 'documents' ? 'the list of documents' : 'the address for copies')).join(' and ')}`
              : `${fp.noticeContents.documentsListed} ${fp.noticeContents.documentsListed === 1 ? 'document' : 'documents'} listed`,
          ),
        );
      break;
    case 'general-exception':
      duties.push(noticeDuty('general-exception', cal, n.published, d.made, rules.generalException, ctx.buildDate));
      break;
    case 'special-urgency':
      duties.push(
        factDuty(
          'special-urgency',
          n.agreed,
          // The agreement must come before the decision it allows.
          !!n.agreedBy && !!n.agreed && n.agreed <= d.made,
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
    ...(d.officerDecision
      ? [
          factDuty(
            'officer-background-papers',
            d.published,
            d.backgroundPapersListed,
            d.backgroundPapersListed ? undefined : 'The record does not list its background papers, or say it has none',
            'not-recorded',
          ),
        ]
      : []),
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
