/** Decisions: the statutory record, its call-in window, the notice given and its spending. */
import { rulesFor } from '../../domain/rules.ts';
import { assessCallIn } from '../../domain/call-in.ts';
import {
  decisionNotice,
  keyDecisionReportFacts,
  reachesKeyThreshold,
  recordDelay,
  recordDue,
} from '../../domain/notice.ts';
import { matterReference } from '../../domain/references.ts';
import { dispensationRecord } from '../../domain/declarations.ts';
import { isOfficerDecision, retainedUntil } from '../../domain/officer-decisions.ts';
import type { PublicDecision } from '../types.ts';
import type { ModelContext } from './context.ts';
import { backgroundPapersOf, bodyHtml, documentsOf, withholding } from './documents.ts';
import { defined, type Links } from './links.ts';

export function buildDecisions(ctx: ModelContext, link: Links): PublicDecision[] {
  const { u, content } = ctx;
  return ctx.decisions.flatMap((e) =>
    ctx.guard(e, 'published', (): PublicDecision => {
      const d = e.data;
      const body = ctx.bodyById.get(d.decisionMaker)?.data;
      const rules = rulesFor(content.site.data.rules, body?.rules);
      const fp = d.forwardPlan ? ctx.forwardPlanById.get(d.forwardPlan) : undefined;
      const cal = ctx.calendarFor(d.decisionMaker);
      const delay = recordDelay(cal, d.made, d.published);
      const meeting = d.meeting ? ctx.meetingById.get(d.meeting) : undefined;
      const fund = d.spend?.fund;
      const thresholdReached = d.spend && reachesKeyThreshold(d.spend.amount, rules.keyDecisionThreshold);
      const officer = !body && isOfficerDecision(ctx.personById.get(d.decisionMaker)?.data);
      const use = { entry: e.file, kind: 'Decision', title: d.title, href: u.decision(e.id), date: d.made };
      return {
        id: e.id,
        reference: matterReference(d.reference, fp?.data.reference),
        href: u.decision(e.id),
        title: d.title,
        decisionMaker: link.maker(d.decisionMaker),
        madeBy: d.madeBy.map(link.person).filter(defined),
        meeting: link.meeting(d.meeting),
        item: d.item === undefined ? undefined : String(d.item),
        itemHref: meeting && d.item !== undefined ? u.meetingItem(meeting.id, d.item) : undefined,
        made: d.made,
        published: d.published,
        year: d.made.slice(0, 4),
        key: d.key,
        forwardPlan: link.forwardPlan(d.forwardPlan),
        urgency: d.urgency,
        outcome: d.outcome,
        vote: d.vote,
        spend: d.spend && {
          ...d.spend,
          fundLink: fund
            ? { id: fund, title: content.budgets.find((b) => b.id === fund)?.data.name ?? fund, href: u.fund(fund) }
            : undefined,
        },
        wards: d.wards,
        declarations: d.declarations.map((x) => ({
          person: link.person(x.person)!,
          interest: x.interest,
          dispensation: dispensationRecord(x.dispensation),
          action: x.action,
        })),
        exempt: d.exempt && { ...withholding(d.exempt.paragraphs), summary: d.exempt.summary, review: d.exempt.review },
        documents: documentsOf(ctx, d.documents, use),
        html: d.exempt ? undefined : bodyHtml(ctx, e),
        callIn: assessCallIn(
          d,
          body,
          rules.callIn,
          cal,
          ctx.buildDate,
          ctx.personById.get(d.decisionMaker)?.data.partner,
          ctx.partners,
          officer,
        ),
        notice: decisionNotice(d, fp?.data, rules, cal),
        keyThreshold: d.spend ? { threshold: rules.keyDecisionThreshold, reached: thresholdReached! } : undefined,
        record: {
          workingDays: delay,
          target: rules.decisionRecordDays,
          // On time only if published by the last working day: not on a weekend after it.
          met: delay <= rules.decisionRecordDays && d.published <= recordDue(cal, d.made, rules.decisionRecordDays),
        },
        duties: [],
        keyDecisionReport: keyDecisionReportFacts(d.key, thresholdReached, d.keyDecisionReport),
        officerDecision: officer,
        // Set by linkDelegations once bodies and decisions are built.
        delegation: undefined,
        retainedUntil: officer ? retainedUntil(d.made) : undefined,
        // Open to inspection for four years from the day the decision was made (s.100D(2)).
        backgroundPapers: backgroundPapersOf(ctx, d.backgroundPapers, use, 'backgroundPapers', d.made),
        backgroundPapersListed: d.backgroundPapers !== undefined,
      };
    }),
  );
}
