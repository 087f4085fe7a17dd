/** The forward plan: notices of key decisions and of private meetings, and what became of them. */
import type { Entry } from '../../domain/content.ts';
import type { Decision } from '../../schemas/index.ts';
import { rulesFor } from '../../domain/rules.ts';
import { noticeGiven } from '../../domain/notice.ts';
import { noticeContents } from '../../domain/notice-contents.ts';
import type { PublicForwardPlanEntry } from '../types.ts';
import type { ModelContext } from './context.ts';
import { bodyHtml, documentsOf, withholding } from './documents.ts';
import type { Links } from './links.ts';

/** The public decision that settled each forward-plan entry: the first in id order, deferrals aside. */
function decidedBy(decisions: Entry<Decision>[]): Map<string, Entry<Decision>> {
  const out = new Map<string, Entry<Decision>>();
  for (const d of decisions) {
    if (d.data.forwardPlan && !out.has(d.data.forwardPlan) && d.data.outcome !== 'deferred')
      out.set(d.data.forwardPlan, d);
  }
  return out;
}

export function buildForwardPlan(ctx: ModelContext, link: Links): PublicForwardPlanEntry[] {
  const settled = decidedBy(ctx.decisions);
  return ctx.forwardPlan.flatMap((f) =>
    ctx.guard(f, 'published', (): PublicForwardPlanEntry => {
      const d = f.data;
      const decision = settled.get(f.id);
      const rules = rulesFor(ctx.content.site.data.rules, ctx.bodyById.get(d.decisionMaker)?.data.rules);
      const expectedDate = (d.expected ?? d.expectedFrom)!;
      const contents = noticeContents(d, ctx.content.site.data);
      // Only a public meeting's record is read: a draft or embargoed meeting shows nothing.
      const meeting = d.meeting ? ctx.meetingById.get(d.meeting) : undefined;
      const notice = d.kind === 'private-meeting' ? meeting?.data.privateNotice : undefined;
      return {
        id: f.id,
        reference: d.reference,
        href: ctx.u.forwardPlanEntry(f.id),
        title: d.title,
        kind: d.kind,
        decisionMaker: link.maker(d.decisionMaker),
        published: d.published,
        expected: d.expected,
        expectedFrom: d.expectedFrom,
        expectedTo: d.expectedTo,
        expectedDate,
        meeting: link.meeting(d.meeting),
        wards: d.wards,
        leadOfficer: d.leadOfficer,
        consultation: d.consultation,
        documents: documentsOf(ctx, d.documents, {
          entry: f.file,
          kind: 'Forward plan',
          title: d.title,
          href: ctx.u.forwardPlanEntry(f.id),
          date: expectedDate,
        }),
        private: d.private && { ...withholding(d.private.paragraphs), reason: d.private.reason },
        status: decision ? 'decided' : d.status,
        decision: decision ? link.decision(decision.id) : undefined,
        revisions: [...d.revisions].sort((a, b) => a.date.localeCompare(b.date)),
        html: bodyHtml(ctx, f),
        // Notice runs to the decision date once decided, else to the expected date.
        notice: noticeGiven(
          ctx.calendarFor(d.decisionMaker),
          d.published,
          decision?.data.made ?? expectedDate,
          d.kind === 'private-meeting' ? rules.privateMeetingNotice : rules.keyDecisionNotice,
        ),
        documentsFrom: contents.documentsFrom,
        otherDocuments: contents.otherDocuments,
        noticeContents: contents,
        privateMeeting:
          meeting && notice
            ? {
                meeting: link.meeting(meeting.id)!,
                further: notice.further,
                reasons: notice.reasons,
                representations: notice.representations,
                response: notice.response,
                agreedBy: notice.agreedBy,
                agreed: notice.agreed,
              }
            : undefined,
      };
    }),
  );
}
