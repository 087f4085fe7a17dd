/**
 * Cross-entry checks: what a schema cannot see from one file alone. Every
 * problem names the file and field; all are collected, none stops the rest.
 */
import type { Content, Entry } from './content.ts';
import { type Problem, describe } from './problems.ts';
import { DECISION_HEADINGS } from '../schemas/decision.ts';
import { financialYear, overlaps, within } from './dates.ts';
import { parseBudgetTable, slugify } from './budget.ts';
import type { DocumentRef } from '../schemas/index.ts';
import { checkLocalTimes } from './local-time.ts';

/** Top-level addresses the site uses itself; a free page cannot take one. */
export const RESERVED_PAGES = new Set([
  'decisions',
  'meetings',
  'forward-plan',
  'bodies',
  'people',
  'budgets',
  'data',
  'documents',
  'search',
  'feeds',
  'calendar',
  'call-in',
  'transparency',
  '404',
  '_astro',
  'pagefind',
]);

/** Site-wide calendars under calendar/; a body's own calendar, calendar/<id>.ics, cannot take one. */
export const RESERVED_CALENDARS = new Set(['meetings', 'call-in', 'forward-plan']);

/** The second-level headings of a Markdown body, in order. */
export function headingsOf(markdown: string): string[] {
  const out: string[] = [];
  let fenced = false;
  for (const line of markdown.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const m = !fenced && /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (m) out.push(m[1]);
  }
  return out;
}

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** The statutory headings missing or out of order, or undefined when the body is complete. */
export function decisionHeadingProblem(body: string): string | undefined {
  const found = headingsOf(body).map(norm);
  const wanted = DECISION_HEADINGS.map(norm);
  const positions = wanted.map((w) => found.indexOf(w));
  const missing = DECISION_HEADINGS.filter((_, i) => positions[i] < 0);
  if (missing.length) return `missing ${missing.map((m) => `"## ${m}"`).join(', ')}`;
  if (!positions.every((p, i) => i === 0 || p > positions[i - 1])) return 'the headings out of order';
  return undefined;
}

export function checkIntegrity(c: Content): Problem[] {
  const problems: Problem[] = [];
  const add = (e: { file: string }, field: string, found: unknown, expected: string) =>
    problems.push({
      file: e.file,
      field,
      found: typeof found === 'string' && found.startsWith('\u0000') ? found.slice(1) : describe(found),
      expected,
    });
  const text = (s: string) => `\u0000${s}`;

  const partners = new Map(c.site.data.partners.map((p) => [p.id, p]));
  // Ids of entries that failed their schema still count as existing, so one mistake is reported once.
  const ids = (list: Entry<unknown>[], name: keyof NonNullable<Content['failedIds']>) =>
    new Set([...list.map((e) => e.id), ...(c.failedIds?.[name] ?? [])]);
  const bodies = new Map(c.bodies.map((b) => [b.id, b]));
  const bodyIds = ids(c.bodies, 'bodies');
  const people = ids(c.people, 'people');
  const meetings = new Map(c.meetings.map((m) => [m.id, m]));
  const meetingIds = ids(c.meetings, 'meetings');
  const forwardPlan = ids(c.forwardPlan, 'forwardPlan');
  const decisions = ids(c.decisions, 'decisions');
  const funds = new Map(c.budgets.map((b) => [b.id, b]));
  const fundIds = ids(c.budgets, 'budgets');

  const ref = (
    e: { file: string },
    field: string,
    value: string | undefined,
    set: { has(k: string): boolean },
    what: string,
  ) => {
    if (value !== undefined && !set.has(value)) add(e, field, value, `the id of ${what} that exists`);
  };
  const maker = { has: (k: string) => bodyIds.has(k) || people.has(k) };
  const docs = (e: { file: string }, base: string, list: DocumentRef[]) =>
    list.forEach((d, i) => {
      if (d.file && !c.documents.has(d.file))
        add(e, `${base}.${i}.file`, d.file, 'a file that exists under documents/ in the content root');
    });
  const isPublicRepo = c.site.data.contentRepository === 'public';

  // Partners
  const seenPartners = new Set<string>();
  c.site.data.partners.forEach((p, i) => {
    if (seenPartners.has(p.id)) add(c.site, `partners.${i}.id`, p.id, 'each partner id once');
    seenPartners.add(p.id);
    if (p.from && p.until && p.until < p.from)
      add(c.site, `partners.${i}.until`, p.until, `a date on or after from (${p.from})`);
  });

  for (const b of c.bodies) {
    if (RESERVED_CALENDARS.has(b.id))
      add(
        b,
        'id',
        b.id,
        `a body id other than ${[...RESERVED_CALENDARS].join(', ')}, which name the site's own calendars`,
      );
    b.data.partners.forEach((p, i) => {
      ref(b, `partners.${i}`, p, partners, 'a partner in site.yaml');
      const partner = partners.get(p);
      if (partner && !overlaps(partner, b.data.from ?? '0000-01-01', b.data.until ?? '9999-12-31')) {
        add(
          b,
          `partners.${i}`,
          p,
          `a partner whose dates in site.yaml (${partner.from ?? 'open'} to ${partner.until ?? 'open'}) overlap the body's`,
        );
      }
    });
    ref(b, 'parent', b.data.parent, bodyIds, 'a body');
    if (b.data.parent === b.id) add(b, 'parent', b.data.parent, 'another body, not this one');
    b.data.quorum.forEach((q, i) => {
      ref(b, `quorum.${i}.partner`, q.partner, partners, 'a partner in site.yaml');
      if (!q.partner && !q.tag)
        add(b, `quorum.${i}`, q, 'a condition naming a partner or a tag, e.g. { min: 3, partner: bury-council }');
      if (q.tag && !b.data.members.some((m) => m.tags.includes(q.tag!)))
        add(b, `quorum.${i}.tag`, q.tag, 'a tag that at least one member carries');
    });
    b.data.members.forEach((m, i) => {
      ref(b, `members.${i}.person`, m.person, people, 'a person in people/');
      ref(b, `members.${i}.partner`, m.partner, partners, 'a partner in site.yaml');
      if (m.from && m.until && m.until < m.from)
        add(b, `members.${i}.until`, m.until, `a date on or after from (${m.from})`);
      const partner = m.partner ? partners.get(m.partner) : undefined;
      if (partner && !within({ from: m.from ?? b.data.from, until: m.until ?? b.data.until }, partner)) {
        add(
          b,
          `members.${i}.partner`,
          m.partner,
          `a partner for the whole membership: ${partner.id} runs ${partner.from ?? 'from the start'} to ${partner.until ?? 'open'}; set the membership's from/until inside those dates`,
        );
      }
      if (m.partner && !b.data.partners.includes(m.partner))
        add(b, `members.${i}.partner`, m.partner, `one of the body's partners (${b.data.partners.join(', ')})`);
    });
  }

  for (const p of c.people) ref(p, 'partner', p.data.partner, partners, 'a partner in site.yaml');

  for (const m of c.meetings) {
    ref(m, 'body', m.data.body, bodyIds, 'a body in bodies/');
    const items = new Set<string>();
    m.data.agenda.forEach((it, i) => {
      const key = String(it.item);
      if (items.has(key)) add(m, `agenda.${i}.item`, it.item, 'each agenda item number once');
      items.add(key);
      ref(m, `agenda.${i}.forwardPlan`, it.forwardPlan, forwardPlan, 'a forward-plan entry');
      it.decisions.forEach((d, j) => ref(m, `agenda.${i}.decisions.${j}`, d, decisions, 'a decision'));
      docs(m, `agenda.${i}.documents`, it.documents);
      if (isPublicRepo && it.exempt && (it.summary || it.minute)) {
        add(
          m,
          `agenda.${i}.${it.summary ? 'summary' : 'minute'}`,
          'withheld text in a public content repository',
          'no summary or minute on an item taken in private while contentRepository is public',
        );
      }
    });
    m.data.attendance.forEach((a, i) => {
      ref(m, `attendance.${i}.person`, a.person, people, 'a person in people/');
      ref(m, `attendance.${i}.for`, a.for, people, 'a person in people/');
    });
    m.data.declarations.forEach((d, i) => {
      ref(m, `declarations.${i}.person`, d.person, people, 'a person in people/');
      if (d.item !== undefined && !items.has(String(d.item)))
        add(
          m,
          `declarations.${i}.item`,
          d.item,
          `an item number on this meeting's agenda (${[...items].join(', ') || 'none'})`,
        );
    });
    ref(m, 'minutes.approvedAt', m.data.minutes?.approvedAt, meetingIds, 'a meeting');
    docs(m, 'documents', m.data.documents);
    if (isPublicRepo && m.data.draft)
      add(m, 'draft', true, 'no drafts in a public content repository (the repository itself would publish them)');
  }

  for (const f of c.forwardPlan) {
    ref(f, 'decisionMaker', f.data.decisionMaker, maker, 'a body or a person');
    ref(f, 'meeting', f.data.meeting, meetingIds, 'a meeting');
    docs(f, 'documents', f.data.documents);
    if (isPublicRepo && f.data.draft)
      add(f, 'draft', true, 'no drafts in a public content repository (the repository itself would publish them)');
  }

  for (const d of c.decisions) {
    ref(d, 'decisionMaker', d.data.decisionMaker, maker, 'a body or a person');
    d.data.madeBy.forEach((p, i) => ref(d, `madeBy.${i}`, p, people, 'a person in people/'));
    ref(d, 'meeting', d.data.meeting, meetingIds, 'a meeting');
    const meeting = d.data.meeting ? meetings.get(d.data.meeting) : undefined;
    if (
      meeting &&
      d.data.item !== undefined &&
      !meeting.data.agenda.some((it) => String(it.item) === String(d.data.item))
    ) {
      add(
        d,
        'item',
        d.data.item,
        `an item number on the agenda of ${meeting.id} (${meeting.data.agenda.map((it) => it.item).join(', ') || 'none'})`,
      );
    }
    // Fail closed: a decision taken on an item heard in private keeps its record private unless the publisher says otherwise.
    const privateItem = [...meetings.values()].flatMap((mt) =>
      mt.data.agenda
        .filter(
          (it) =>
            it.exempt &&
            ((mt.id === d.data.meeting && String(it.item) === String(d.data.item)) || it.decisions.includes(d.id)),
        )
        .map((it) => `item ${it.item} of ${mt.id}`),
    )[0];
    if (privateItem && !d.data.exempt && !d.data.publicRecord) {
      add(
        d,
        'exempt',
        text(`nothing, on a decision taken on ${privateItem}, which is heard in private`),
        'exempt: { paragraphs, summary } to withhold the record, or publicRecord: true when the decision itself may be published in full',
      );
    }
    ref(d, 'forwardPlan', d.data.forwardPlan, forwardPlan, 'a forward-plan entry');
    if (d.data.key && !d.data.forwardPlan && !d.data.urgency) {
      add(
        d,
        'forwardPlan',
        undefined,
        'a forward-plan entry id for a key decision, or urgency (general-exception or special-urgency)',
      );
    }
    d.data.declarations.forEach((x, i) => ref(d, `declarations.${i}.person`, x.person, people, 'a person in people/'));
    docs(d, 'documents', d.data.documents);
    if (d.data.spend?.fund) {
      if (!fundIds.has(d.data.spend.fund)) add(d, 'spend.fund', d.data.spend.fund, 'the id of a fund in budgets/');
    }
    const body = d.body ?? '';
    if (d.data.exempt && isPublicRepo) {
      if (body.trim())
        add(
          d,
          'exempt',
          'an exempt decision with its withheld text in a public content repository',
          'no body text on an exempt decision while contentRepository is public (the exempt summary is published instead)',
        );
    } else {
      const missing = decisionHeadingProblem(body);
      if (missing)
        add(
          d,
          'body',
          text(`a body with ${missing}`),
          `the headings ${DECISION_HEADINGS.map((h) => `"## ${h}"`).join(', ')} in that order`,
        );
    }
    if (isPublicRepo && d.data.draft)
      add(d, 'draft', true, 'no drafts in a public content repository (the repository itself would publish them)');
  }

  for (const b of c.budgets) {
    ref(b, 'host', b.data.host, partners, 'a partner in site.yaml');
    const years = new Set<string>();
    b.data.years.forEach((y, i) => {
      if (years.has(y.year)) add(b, `years.${i}.year`, y.year, 'each year once');
      years.add(y.year);
      ref(b, `years.${i}.approvedBy`, y.approvedBy, decisions, 'a decision');
      const path = `budgets/${y.table}`;
      const table = c.tables.get(path);
      if (!table) {
        if (c.unreadableTables?.has(path)) return;
        add(b, `years.${i}.table`, y.table, `a CSV file at ${path} in the content root`);
        return;
      }
      const fy = financialYear(y.year);
      const active = new Set([...partners.values()].filter((p) => overlaps(p, fy.start, fy.end)).map((p) => p.id));
      const { problems: tp } = parseBudgetTable(table.header, table.rows, y.units, new Set(partners.keys()), active);
      for (const p of tp) {
        problems.push({
          file: table.file,
          field: p.column,
          found: `${p.row ? `row ${p.row}: ` : ''}${p.found}`,
          expected: p.expected,
        });
      }
    });
  }
  // A decision's spend names a scheme that exists in its fund.
  for (const d of c.decisions) {
    const s = d.data.spend;
    const fund = s?.fund ? funds.get(s.fund) : undefined;
    if (!s?.scheme || !fund) continue;
    const slugs = new Set<string>();
    for (const y of fund.data.years) {
      const t = c.tables.get(`budgets/${y.table}`);
      if (t) for (const r of t.rows) if (r[0] && r[0].toLowerCase() !== 'total') slugs.add(slugify(r[0]));
    }
    if (!slugs.has(s.scheme))
      add(d, 'spend.scheme', s.scheme, `a scheme of ${fund.id}, written as its slug (${[...slugs].join(', ')})`);
  }
  for (const p of c.pages) {
    if (isPublicRepo && p.data.draft) add(p, 'draft', true, 'no drafts in a public content repository');
    if (RESERVED_PAGES.has(p.id))
      add(p, 'id', p.id, `a page name the site does not use itself (not ${[...RESERVED_PAGES].join(', ')})`);
    if (p.file.endsWith('.mdx') && !c.site.data.allowMdx) {
      problems.push({
        file: p.file,
        field: '',
        found: 'an MDX page, which runs as code when the site is built',
        expected:
          'a Markdown (.md) page; MDX pages are off unless site.yaml sets allowMdx: true, which lets whoever edits the content run code on the build machine',
      });
    }
  }
  problems.push(...checkLocalTimes(c));
  return problems;
}
