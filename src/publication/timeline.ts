/**
 * The life of a matter: from the first notice on the forward plan to the day the decision
 * can be implemented. Every date comes from the public model; links go both ways.
 */
import type { PublicDecision, PublicForwardPlanEntry, PublicModel } from './model.ts';
import { callInOutcomeLabel } from './labels.ts';
import { formatTime, type CivilDate } from '../domain/dates.ts';
import { findBy } from './lookup.ts';
import { shownReference } from '../domain/references.ts';

export interface MatterEvent {
  date: CivilDate;
  label: string;
  href?: string;
  /** After the build date: planned, not yet happened. */
  future: boolean;
}

export function matterTimeline(
  m: PublicModel,
  from: { decision?: PublicDecision; forwardPlan?: PublicForwardPlanEntry },
): MatterEvent[] {
  const decision =
    from.decision ?? (from.forwardPlan?.decision ? findBy(m.decisions, 'id', from.forwardPlan.decision.id) : undefined);
  const fp =
    from.forwardPlan ?? (decision?.forwardPlan ? findBy(m.forwardPlan, 'id', decision.forwardPlan.id) : undefined);
  const meetingId = decision?.meeting?.id ?? fp?.meeting?.id;
  const meeting = meetingId ? findBy(m.meetings, 'id', meetingId) : undefined;
  const events: Omit<MatterEvent, 'future'>[] = [];
  const add = (date: CivilDate | undefined, label: string, href?: string) => date && events.push({ date, label, href });

  if (fp) {
    add(fp.published, `Notice published on the forward plan (${shownReference(fp)})`, fp.href);
    for (const r of fp.revisions) add(r.date, `Notice revised: ${r.change}`, fp.href);
  }
  if (decision?.urgency?.kind === 'general-exception')
    add(decision.urgency.noticePublished, 'General exception notice published', decision.href);
  if (decision?.urgency?.kind === 'special-urgency')
    add(decision.urgency.agreed, `Urgency agreed by ${decision.urgency.agreedBy}`, decision.href);
  if (meeting) {
    add(meeting.agendaPublished, 'Agenda and reports published', meeting.href);
    const item = decision?.itemHref ?? meeting.href;
    add(
      meeting.date,
      meeting.status === 'cancelled'
        ? `Meeting of ${meeting.body.title} cancelled`
        : meeting.status === 'postponed'
          ? `Meeting of ${meeting.body.title} postponed`
          : `Meeting of ${meeting.body.title}`,
      item,
    );
  }
  if (decision) {
    add(decision.made, `Decision made (${shownReference(decision)})`, decision.href);
    add(decision.published, 'Decision record published', decision.href);
    const c = decision.callIn;
    if (c.window) {
      const at = c.window.closesAt === 'end-of-day' ? 'at the end of the day' : `at ${formatTime(c.window.closesAt)}`;
      add(
        c.window.lastDay,
        `${c.status === 'open' ? 'Call-in window closes' : 'Call-in window closed'} ${at}`,
        decision.href,
      );
    }
    if (c.calledIn) add(c.calledIn, 'Called in by scrutiny', decision.href);
    if (c.outcomeDate && c.outcome)
      add(c.outcomeDate, `Scrutiny outcome: ${callInOutcomeLabel[c.outcome]}`, decision.href);
    if (c.window && c.status !== 'called-in')
      add(c.window.implementableFrom.slice(0, 10), 'Can be implemented from this day', decision.href);
  } else if (fp && fp.status === 'planned') {
    add(fp.expectedDate, 'Decision expected', fp.href);
  }
  const sorted = events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.date.localeCompare(b.e.date) || a.i - b.i)
    .map(({ e }) => e);
  return sorted.map((e) => ({ ...e, future: e.date > m.site.buildDate }));
}
