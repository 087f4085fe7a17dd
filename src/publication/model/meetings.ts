/** Meetings: agenda, papers, attendance, declarations, quorum and the notice given. */
import type { AgendaItem, Meeting } from '../../schemas/index.ts';
import type { Entry } from '../../domain/content.ts';
import { rulesFor } from '../../domain/rules.ts';
import { meetingAnnounced, noticeGiven } from '../../domain/notice.ts';
import { evaluateQuorum } from '../../domain/quorum.ts';
import { dispensationRecord } from '../../domain/declarations.ts';
import { privateMeetingNotice } from '../../domain/meeting-record.ts';
import { presentMembers } from '../../domain/attendance.ts';
import { itemAnchor } from '../urls.ts';
import type { PublicItem, PublicMeeting } from '../types.ts';
import type { ModelContext } from './context.ts';
import { conditionLabel } from './bodies.ts';
import { backgroundPapersOf, bodyHtml, documentsOf, withholding } from './documents.ts';
import { defined, type Links } from './links.ts';

export function buildMeetings(ctx: ModelContext, link: Links): PublicMeeting[] {
  const { u, buildDate } = ctx;
  const item = (m: Entry<Meeting>, it: AgendaItem, index: number): PublicItem => {
    const exempt = it.exempt;
    const use = {
      entry: m.file,
      kind: 'Agenda item',
      title: `Item ${it.item}: ${it.title}, ${link.meetingTitle(m)}`,
      href: u.meetingItem(m.id, it.item),
      date: m.data.start.slice(0, 10),
      body: link.body(m.data.body)?.title,
    };
    return {
      item: String(it.item),
      anchor: itemAnchor(it.item),
      title: it.title,
      summary: exempt ? undefined : it.summary,
      minute: exempt ? undefined : it.minute,
      exempt: exempt && {
        ...withholding(exempt.paragraphs),
        reason: exempt.reason,
        review: exempt.review,
        summary: exempt.summary,
      },
      forwardPlan: link.forwardPlan(it.forwardPlan),
      decisions: it.decisions.map(link.decision).filter(defined),
      documents: documentsOf(ctx, it.documents, use, `agenda.${index}.documents`),
      backgroundPapers: backgroundPapersOf(ctx, it.backgroundPapers, use, `agenda.${index}.backgroundPapers`, use.date),
      backgroundPapersListed: it.backgroundPapers !== undefined,
    };
  };
  return ctx.meetings.flatMap((m) =>
    ctx.guard(m, 'start', (): PublicMeeting => {
      const d = m.data;
      const body = ctx.bodyById.get(d.body)!.data;
      const rules = rulesFor(ctx.content.site.data.rules, body.rules);
      const cal = ctx.calendarFor(d.body);
      const date = d.start.slice(0, 10);
      const inPrivate = d.agenda.some((it) => it.exempt);
      const present = presentMembers(body, d.attendance, date, (id) => ctx.personById.get(id)?.data);
      const evaluated =
        d.status !== 'held'
          ? 'not-held'
          : body.quorum.length === 0
            ? 'no-rule'
            : d.attendance.length === 0
              ? 'no-attendance'
              : 'yes';
      const quorum = {
        ...evaluateQuorum(body.quorum, evaluated === 'yes' ? present : undefined, (q) => conditionLabel(ctx, q)),
        evaluated,
      } as const;
      return {
        id: m.id,
        href: u.meeting(m.id),
        title: link.meetingTitle(m),
        body: link.body(d.body)!,
        start: d.start,
        end: d.end,
        date,
        year: d.start.slice(0, 4),
        venue: d.venue,
        status: d.status,
        agendaPublished: d.agendaPublished,
        announced: meetingAnnounced(
          cal,
          { date, agendaPublished: d.agendaPublished, publishFrom: d.publishFrom },
          rules.agendaPublication,
        ),
        privateNotice: d.privateNotice,
        webcast: d.webcast,
        items: d.agenda.map((it, i) => item(m, it, i)),
        attendance: d.attendance.map((a) => ({
          person: link.person(a.person)!,
          status: a.status,
          for: a.for ? link.person(a.for) : undefined,
        })),
        declarations: d.declarations.map((x) => ({
          person: link.person(x.person)!,
          item: x.item === undefined ? undefined : String(x.item),
          interest: x.interest,
          action: x.action,
          dispensation: dispensationRecord(x.dispensation),
        })),
        minutes: d.minutes && { published: d.minutes.published, approvedAt: link.meeting(d.minutes.approvedAt) },
        documents: documentsOf(ctx, d.documents, {
          entry: m.file,
          kind: 'Meeting',
          title: link.meetingTitle(m),
          href: u.meeting(m.id),
          date,
          body: link.body(d.body)?.title,
        }),
        html: bodyHtml(ctx, m),
        upcoming: date >= buildDate && (d.status === 'scheduled' || d.status === 'postponed'),
        quorum,
        duties: [],
        agendaNotice: d.agendaPublished
          ? noticeGiven(cal, d.agendaPublished, date, rules.agendaPublication)
          : undefined,
        privateNotices: inPrivate
          ? {
              first: d.privateNotice?.first
                ? noticeGiven(cal, d.privateNotice.first, date, rules.privateMeetingNotice)
                : undefined,
              further: d.privateNotice?.further
                ? noticeGiven(cal, d.privateNotice.further, date, rules.privateMeetingFurtherNotice)
                : undefined,
            }
          : undefined,
        privateMeeting:
          inPrivate || d.privateNotice ? privateMeetingNotice(cal, d.privateNotice, date, inPrivate, rules) : undefined,
      };
    }),
  );
}
