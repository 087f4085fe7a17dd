/**
 * The publication gate. Builds, once per build and at the build date, the only
 * model any output reads: drafts and embargoed entries are dropped, exempt text
 * and files are withheld (their paragraph wording shown instead), references are
 * resolved to public entries only, and derived fields are computed.
 */
import type { Content, Entry } from '../domain/content.ts';
import type { AgendaItem, Decision, DocumentRef, Meeting } from '../schemas/index.ts';
import { exemptDescription, exemptWording } from '../domain/exempt.ts';
import { parseBudgetTable } from '../domain/budget.ts';
import { financialYear, formatDate, overlaps, type CivilDate } from '../domain/dates.ts';
import { workingCalendar, type WorkingCalendar } from '../domain/working-days.ts';
import { assessCallIn } from '../domain/call-in.ts';
import { decisionNotice, noticeGiven, reachesKeyThreshold, recordDelay } from '../domain/notice.ts';
import { rulesFor } from '../domain/rules.ts';
import { CalendarRangeError } from '../domain/working-days.ts';
import { evaluateQuorum, type QuorumCondition } from '../domain/quorum.ts';
import { presentMembers, seatOn } from '../domain/attendance.ts';
import { ContentError, type Problem } from '../domain/problems.ts';
import { basePath, urls } from './urls.ts';
import { entryImages, renderMarkdown } from './markdown.ts';
import { paperLabel } from '../papers/type.ts';
import type {
  Link,
  PublicBody,
  PublicDecision,
  PublicForwardPlanEntry,
  PublicFund,
  PublicItem,
  PublicMeeting,
  PublicMembership,
  PublicModel,
  PublicPage,
  PublicPerson,
  PublishedDocument,
  Withholding,
} from './types.ts';

// Outputs import the public types from here, beside the model that builds them.
export type * from './types.ts';

/** Is this entry public at the build date? Drafts and embargoes keep it out of every output. */
export function isPublic(data: { draft?: boolean; publishFrom?: CivilDate }, buildDate: CivilDate): boolean {
  return !data.draft && (!data.publishFrom || data.publishFrom <= buildDate);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function withholding(paragraphs: number[]): Withholding {
  return { paragraphs, wording: exemptWording(paragraphs), descriptions: exemptDescription(paragraphs) };
}

export interface BuildOptions {
  buildDate: CivilDate;
}

export function buildPublicModel(content: Content, options: BuildOptions): PublicModel {
  const { buildDate } = options;
  const s = content.site.data;
  const base = basePath(s.url);
  const u = urls(base);
  const partners = new Map(s.partners.map((p) => [p.id, p]));
  const calendar = workingCalendar(s.rules);
  const published = new Map<string, { bytes: number }>();
  // Dates the bank-holiday list does not cover are reported per entry, never guessed.
  const calendarProblems: Problem[] = [];
  const guard = <T>(e: { file: string }, field: string, build: () => T): T[] => {
    try {
      return [build()];
    } catch (err) {
      if (!(err instanceof CalendarRangeError)) throw err;
      calendarProblems.push({
        file: e.file,
        field,
        found: `a date that needs the working days around ${err.date}`,
        expected: `dates the bank-holiday list covers (${err.first} to ${err.last}); add the holidays of later years before publishing them`,
      });
      return [];
    }
  };

  const pub = <T extends { draft?: boolean; publishFrom?: CivilDate }>(list: Entry<T>[]) =>
    list.filter((e) => isPublic(e.data, buildDate)).sort((a, b) => a.id.localeCompare(b.id));
  const meetingsIn = pub(content.meetings);
  const fpIn = pub(content.forwardPlan);
  const decisionsIn = pub(content.decisions);

  const bodyById = new Map(content.bodies.map((b) => [b.id, b]));
  const personById = new Map(content.people.map((p) => [p.id, p]));
  const meetingById = new Map(meetingsIn.map((m) => [m.id, m]));
  const fpById = new Map(fpIn.map((f) => [f.id, f]));
  const decisionById = new Map(decisionsIn.map((d) => [d.id, d]));
  // A body's own closure days and extra bank holidays count in its windows, on top of the site's.
  const bodyCalendars = new Map<string, WorkingCalendar>();
  const calendarFor = (maker: string): WorkingCalendar => {
    const r = bodyById.get(maker)?.data.rules;
    if (!r?.closureDays?.length && !r?.extraBankHolidays?.length) return calendar;
    if (!bodyCalendars.has(maker)) {
      bodyCalendars.set(
        maker,
        workingCalendar({
          closureDays: [...(s.rules.closureDays ?? []), ...(r.closureDays ?? [])],
          extraBankHolidays: [...(s.rules.extraBankHolidays ?? []), ...(r.extraBankHolidays ?? [])],
        }),
      );
    }
    return bodyCalendars.get(maker)!;
  };

  const bodyLink = (id: string): Link | undefined => {
    const b = bodyById.get(id);
    return b && { id, title: b.data.name, href: u.body(id) };
  };
  const personLink = (id: string): Link | undefined => {
    const p = personById.get(id);
    return p && { id, title: p.data.name, href: u.person(id) };
  };
  const meetingTitle = (m: Entry<Meeting>) =>
    `${bodyById.get(m.data.body)?.data.name ?? m.data.body}, ${formatDate(m.data.start.slice(0, 10), false)}`;
  const meetingLink = (id?: string): Link | undefined => {
    const m = id ? meetingById.get(id) : undefined;
    return m && { id: m.id, title: meetingTitle(m), href: u.meeting(m.id) };
  };
  const fpLink = (id?: string): Link | undefined => {
    const f = id ? fpById.get(id) : undefined;
    return f && { id: f.id, title: f.data.title, href: u.forwardPlanEntry(f.id) };
  };
  const decisionLink = (id: string): Link | undefined => {
    const d = decisionById.get(id);
    return d && { id, title: d.data.title, href: u.decision(id) };
  };
  const makerLink = (id: string): Link & { kind: 'body' | 'person' } => {
    const b = bodyLink(id);
    if (b) return { ...b, kind: 'body' };
    const p = personLink(id);
    return { ...(p ?? { id, title: id, href: u.home }), kind: 'person' };
  };
  const defined = <T>(x: T | undefined): x is T => x !== undefined;

  // Bodies are rendered here, for public entries only; an image they show is published with them.
  const bodyProblems: Problem[] = [];
  const html = (e: Entry<unknown>): string | undefined => {
    if (!e.body?.trim()) return undefined;
    const rendered = renderMarkdown(e.body, {
      image: entryImages(e.file, content.documents, (file) => {
        published.set(file, { bytes: content.documents.get(file)! });
        return u.document(file);
      }),
    });
    bodyProblems.push(...rendered.findings.map((f) => ({ file: e.file, field: 'body', ...f })));
    return rendered.html;
  };

  // A paper marked exempt is named with its paragraph and never has a file; every other paper
  // names a file the publisher has chosen to publish, on an exempt item or decision too.
  const documents = (list: DocumentRef[]): PublishedDocument[] =>
    list.map((d) => {
      const paragraphs = d.exempt?.paragraphs;
      if (paragraphs) return { title: d.title, withheld: exemptWording(paragraphs), paragraphs };
      const file = d.file!;
      const bytes = content.documents.get(file) ?? 0;
      published.set(file, { bytes });
      return { title: d.title, file, href: u.document(file), type: paperLabel(file), bytes, size: formatBytes(bytes) };
    });

  const conditionLabel = (q: QuorumCondition) => {
    if (q.label) return q.label;
    const partner = q.partner ? partners.get(q.partner) : undefined;
    const who = q.tag ? `members tagged “${q.tag}”` : `members from ${partner?.short ?? partner?.name ?? q.partner}`;
    return q.voting ? `voting ${who}` : who;
  };

  // Bodies and people
  const memberships: PublicMembership[] = content.bodies.flatMap((b) =>
    b.data.members.flatMap((m) => {
      const person = personLink(m.person);
      if (!person) return [];
      const from = m.from ?? b.data.from;
      const until = m.until ?? b.data.until;
      return [
        {
          person,
          body: bodyLink(b.id)!,
          role: m.role,
          partner: m.partner ? partners.get(m.partner) : undefined,
          voting: m.voting,
          tags: m.tags,
          from,
          until,
          current: overlaps({ from, until }, buildDate, buildDate),
        },
      ];
    }),
  );
  const bodies: PublicBody[] = [...content.bodies]
    .sort((a, b) => a.data.name.localeCompare(b.data.name))
    .map((b) => ({
      id: b.id,
      href: u.body(b.id),
      name: b.data.name,
      kind: b.data.kind,
      partners: b.data.partners.map((p) => partners.get(p)).filter(defined),
      parent: b.data.parent ? bodyLink(b.data.parent) : undefined,
      children: content.bodies.filter((c) => c.data.parent === b.id).map((c) => bodyLink(c.id)!),
      from: b.data.from,
      until: b.data.until,
      meetsInPublic: b.data.meetsInPublic,
      decides: b.data.decides,
      voting: b.data.voting,
      castingVote: b.data.castingVote,
      chairing: b.data.chairing,
      quorum: b.data.quorum,
      quorumLabels: b.data.quorum.map((q) => `${conditionLabel(q)}: at least ${q.min}`),
      members: memberships.filter((m) => m.body.id === b.id),
      html: html(b),
    }));
  const people: PublicPerson[] = [...content.people]
    .sort((a, b) => a.data.name.localeCompare(b.data.name))
    .map((p) => ({
      id: p.id,
      href: u.person(p.id),
      name: p.data.name,
      partner: p.data.partner ? partners.get(p.data.partner) : undefined,
      title: p.data.title,
      party: p.data.party,
      memberships: memberships.filter((m) => m.person.id === p.id),
      attendance: [],
      attendanceRecord: { attended: 0, expected: 0 },
      declarations: [],
    }));

  // Meetings
  const itemAnchor = (item: string | number) => `item-${item}`;
  const meetings: PublicMeeting[] = meetingsIn.flatMap((m) =>
    guard(m, 'start', () => {
      const d = m.data;
      const body = bodyById.get(d.body)!.data;
      const rules = rulesFor(s.rules, body.rules);
      const cal = calendarFor(d.body);
      const date = d.start.slice(0, 10);
      const present = presentMembers(body, d.attendance, date, (id) => personById.get(id)?.data);
      const evaluated =
        d.status !== 'held'
          ? 'not-held'
          : body.quorum.length === 0
            ? 'no-rule'
            : d.attendance.length === 0
              ? 'no-attendance'
              : 'yes';
      const quorum = {
        ...evaluateQuorum(body.quorum, evaluated === 'yes' ? present : undefined, conditionLabel),
        evaluated,
      } as const;
      const item = (it: AgendaItem): PublicItem => {
        const exempt = it.exempt;
        return {
          item: String(it.item),
          anchor: itemAnchor(it.item),
          title: it.title,
          summary: exempt ? undefined : it.summary,
          minute: exempt ? undefined : it.minute,
          exempt: exempt && { ...withholding(exempt.paragraphs), reason: exempt.reason, review: exempt.review },
          forwardPlan: fpLink(it.forwardPlan),
          decisions: it.decisions.map(decisionLink).filter(defined),
          documents: documents(it.documents),
        };
      };
      return {
        id: m.id,
        href: u.meeting(m.id),
        title: meetingTitle(m),
        body: bodyLink(d.body)!,
        start: d.start,
        end: d.end,
        date: d.start.slice(0, 10),
        year: d.start.slice(0, 4),
        venue: d.venue,
        status: d.status,
        agendaPublished: d.agendaPublished,
        privateNotice: d.privateNotice,
        webcast: d.webcast,
        items: d.agenda.map(item),
        attendance: d.attendance.map((a) => ({
          person: personLink(a.person)!,
          status: a.status,
          for: a.for ? personLink(a.for) : undefined,
        })),
        declarations: d.declarations.map((x) => ({
          person: personLink(x.person)!,
          item: x.item === undefined ? undefined : String(x.item),
          interest: x.interest,
          action: x.action,
          dispensation: x.dispensation,
        })),
        minutes: d.minutes && { published: d.minutes.published, approvedAt: meetingLink(d.minutes.approvedAt) },
        documents: documents(d.documents),
        html: html(m),
        upcoming: d.start.slice(0, 10) >= buildDate && (d.status === 'scheduled' || d.status === 'postponed'),
        quorum,
        agendaNotice: d.agendaPublished
          ? noticeGiven(cal, d.agendaPublished, d.start.slice(0, 10), rules.agendaPublication)
          : undefined,
        privateNotices: d.agenda.some((it) => it.exempt)
          ? {
              first: d.privateNotice?.first
                ? noticeGiven(cal, d.privateNotice.first, d.start.slice(0, 10), rules.privateMeetingNotice)
                : undefined,
              further: d.privateNotice?.further
                ? noticeGiven(cal, d.privateNotice.further, d.start.slice(0, 10), rules.privateMeetingFurtherNotice)
                : undefined,
            }
          : undefined,
      };
    }),
  );

  // Decisions
  const decidedBy = new Map<string, Entry<Decision>>();
  for (const d of decisionsIn) {
    if (d.data.forwardPlan && !decidedBy.has(d.data.forwardPlan) && d.data.outcome !== 'deferred')
      decidedBy.set(d.data.forwardPlan, d);
  }
  const decisions: PublicDecision[] = decisionsIn.flatMap((e) =>
    guard(e, 'published', () => {
      const d = e.data;
      const body = bodyById.get(d.decisionMaker)?.data;
      const rules = rulesFor(s.rules, body?.rules);
      const fp = d.forwardPlan ? fpById.get(d.forwardPlan) : undefined;
      const cal = calendarFor(d.decisionMaker);
      const delay = recordDelay(cal, d.made, d.published);
      const meeting = d.meeting ? meetingById.get(d.meeting) : undefined;
      return {
        id: e.id,
        href: u.decision(e.id),
        title: d.title,
        decisionMaker: makerLink(d.decisionMaker),
        madeBy: d.madeBy.map(personLink).filter(defined),
        meeting: meetingLink(d.meeting),
        item: d.item === undefined ? undefined : String(d.item),
        itemHref: meeting && d.item !== undefined ? `${u.meeting(meeting.id)}#${itemAnchor(d.item)}` : undefined,
        made: d.made,
        published: d.published,
        year: d.made.slice(0, 4),
        key: d.key,
        forwardPlan: fpLink(d.forwardPlan),
        urgency: d.urgency,
        outcome: d.outcome,
        vote: d.vote,
        spend: d.spend && {
          ...d.spend,
          fundLink: d.spend.fund
            ? {
                id: d.spend.fund,
                title: content.budgets.find((b) => b.id === d.spend!.fund)?.data.name ?? d.spend.fund,
                href: u.fund(d.spend.fund),
              }
            : undefined,
        },
        wards: d.wards,
        declarations: d.declarations.map((x) => ({
          person: personLink(x.person)!,
          interest: x.interest,
          dispensation: x.dispensation,
          action: x.action,
        })),
        exempt: d.exempt && { ...withholding(d.exempt.paragraphs), summary: d.exempt.summary, review: d.exempt.review },
        documents: documents(d.documents),
        html: d.exempt ? undefined : html(e),
        callIn: assessCallIn(
          d,
          body,
          rules.callIn,
          cal,
          buildDate,
          personById.get(d.decisionMaker)?.data.partner,
          partners,
        ),
        notice: decisionNotice(d, fp?.data, rules, cal),
        keyThreshold: d.spend
          ? {
              threshold: rules.keyDecisionThreshold,
              reached: reachesKeyThreshold(d.spend.amount, rules.keyDecisionThreshold),
            }
          : undefined,
        record: { workingDays: delay, target: rules.decisionRecordDays, met: delay <= rules.decisionRecordDays },
      };
    }),
  );

  // Forward plan
  const forwardPlan: PublicForwardPlanEntry[] = fpIn.flatMap((f) =>
    guard(f, 'published', () => {
      const d = f.data;
      const decision = decidedBy.get(f.id);
      const rules = rulesFor(s.rules, bodyById.get(d.decisionMaker)?.data.rules);
      const target = decision?.data.made ?? (d.expected ?? d.expectedFrom)!;
      return {
        id: f.id,
        href: u.forwardPlanEntry(f.id),
        title: d.title,
        kind: d.kind,
        decisionMaker: makerLink(d.decisionMaker),
        published: d.published,
        expected: d.expected,
        expectedFrom: d.expectedFrom,
        expectedTo: d.expectedTo,
        expectedDate: (d.expected ?? d.expectedFrom)!,
        meeting: meetingLink(d.meeting),
        wards: d.wards,
        leadOfficer: d.leadOfficer,
        consultation: d.consultation,
        documents: documents(d.documents),
        private: d.private && { ...withholding(d.private.paragraphs), reason: d.private.reason },
        status: decision ? 'decided' : d.status,
        decision: decision ? decisionLink(decision.id) : undefined,
        revisions: [...d.revisions].sort((a, b) => a.date.localeCompare(b.date)),
        html: html(f),
        notice: noticeGiven(
          calendarFor(d.decisionMaker),
          d.published,
          target,
          d.kind === 'private-meeting' ? rules.privateMeetingNotice : rules.keyDecisionNotice,
        ),
      };
    }),
  );
  if (calendarProblems.length) throw new ContentError(calendarProblems);

  // Budgets
  const partnerIds = new Set(partners.keys());
  const funds: PublicFund[] = [...content.budgets]
    .sort((a, b) => a.data.name.localeCompare(b.data.name))
    .map((b) => ({
      id: b.id,
      href: u.fund(b.id),
      name: b.data.name,
      agreement: b.data.agreement,
      description: b.data.description,
      host: partners.get(b.data.host)!,
      manager: b.data.manager,
      riskShare: b.data.riskShare,
      years: [...b.data.years]
        .sort((x, y) => x.year.localeCompare(y.year))
        .map((y) => {
          const t = content.tables.get(`budgets/${y.table}`)!;
          const fy = financialYear(y.year);
          const active = new Set(s.partners.filter((p) => overlaps(p, fy.start, fy.end)).map((p) => p.id));
          return {
            year: y.year,
            status: y.status,
            units: y.units,
            source: y.source,
            approvedBy: y.approvedBy ? decisionLink(y.approvedBy) : undefined,
            table: parseBudgetTable(t.header, t.rows, y.units, partnerIds, active).table,
          };
        }),
      schemes: [],
    }));

  // People: attendance at held meetings while a member, and declarations made.
  // Newest first by start time: ids need not start with the date.
  const newestFirst = [...meetings].sort((a, b) => b.start.localeCompare(a.start) || b.id.localeCompare(a.id));
  for (const p of people) {
    for (const x of newestFirst) {
      if (x.status !== 'held') continue;
      const body = bodyById.get(x.body.id)!.data;
      const expected = !!seatOn(body, p.id, x.date);
      const record = x.attendance.find((a) => a.person.id === p.id);
      if (!expected && !record) continue;
      const status = record?.status ?? 'not-recorded';
      p.attendance.push({ meeting: { id: x.id, title: x.title, href: x.href }, status, expected });
      if (expected && x.attendance.length > 0) {
        p.attendanceRecord.expected++;
        if (status === 'present') p.attendanceRecord.attended++;
      }
    }
    for (const x of meetings)
      for (const dec of x.declarations)
        if (dec.person.id === p.id)
          p.declarations.push({
            where: {
              id: x.id,
              title: `${x.title}${dec.item ? `, item ${dec.item}` : ''}`,
              href: dec.item ? `${x.href}#item-${dec.item}` : x.href,
            },
            interest: dec.interest,
          });
    for (const d of decisions)
      for (const dec of d.declarations)
        if (dec.person.id === p.id)
          p.declarations.push({ where: { id: d.id, title: d.title, href: d.href }, interest: dec.interest });
  }

  for (const f of funds) {
    const names = new Map<string, string>();
    for (const y of f.years)
      for (const line of y.table.schemes) if (!names.has(line.slug)) names.set(line.slug, line.scheme);
    f.schemes = [...names].map(([slug, name]) => ({
      slug,
      name,
      href: `${f.href}#scheme-${slug}`,
      decisions: decisions
        .filter((d) => d.spend?.fund === f.id && d.spend.scheme === slug)
        .map((d) => ({ id: d.id, title: d.title, href: d.href })),
    }));
    for (const d of decisions) {
      const scheme = d.spend?.fund === f.id ? f.schemes.find((x) => x.slug === d.spend!.scheme) : undefined;
      if (scheme) d.spend!.schemeLink = { id: scheme.slug, title: scheme.name, href: scheme.href };
    }
  }

  const pages: PublicPage[] = pub(content.pages)
    .map((p) => ({
      id: p.id,
      href: u.page(p.id),
      title: p.data.title,
      description: p.data.description,
      order: p.data.order,
      updated: p.data.updated,
      ...(p.file.endsWith('.mdx') ? { mdx: true as const } : { html: html(p) ?? '' }),
    }))
    .sort((a, b) => (a.order ?? 1e9) - (b.order ?? 1e9) || a.title.localeCompare(b.title));

  if (bodyProblems.length) throw new ContentError(bodyProblems);

  return {
    site: {
      title: s.title,
      description: s.description,
      url: s.url.endsWith('/') ? s.url : `${s.url}/`,
      base,
      notice: s.notice,
      licence: s.licence,
      contact: s.contact,
      partners: s.partners,
      buildDate,
      timezone: s.timezone,
    },
    urls: u,
    bodies,
    people,
    meetings: meetings.sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id)),
    forwardPlan: forwardPlan.sort((a, b) => a.expectedDate.localeCompare(b.expectedDate) || a.id.localeCompare(b.id)),
    decisions: decisions.sort((a, b) => b.made.localeCompare(a.made) || b.id.localeCompare(a.id)),
    funds,
    pages,
    documents: published,
    partner: (id) => partners.get(id),
    calendar,
  };
}
