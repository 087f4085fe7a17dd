/**
 * Open data: the JSON records of ../spec/open-data.md, built from the public model only.
 * Arrays sorted by id, amounts in whole pounds, civil dates and local date-times.
 */
import type {
  DispensationRecord,
  PublicBackgroundPaper,
  PublicDecision,
  PublicForwardPlanEntry,
  PublicFund,
  PublicFundYear,
  PublicMeeting,
  PublicModel,
  PublishedDocument,
} from './model.ts';
import { stringify } from 'csv-stringify/sync';
import type { NoticeResult } from '../domain/notice.ts';
import type { Duty } from '../domain/duties.ts';
import { absoluteUrl } from './urls.ts';
import { byId } from '../domain/order.ts';

const abs = (m: PublicModel, href: string) => absoluteUrl(m.site.url, href);

function paperRecord(m: PublicModel, x: PublicBackgroundPaper) {
  if (x.withheld) return { title: x.title, withheld: x.paragraphs! };
  if (x.inspectionUntil) return { title: x.title, inspectionUntil: x.inspectionUntil };
  return { title: x.title, url: abs(m, x.href!), type: x.type!, bytes: x.bytes! };
}

const backgroundPapersRecord = (m: PublicModel, list: PublicBackgroundPaper[] | undefined) =>
  list ? list.map((x) => paperRecord(m, x)) : null;

export function decisionRecord(m: PublicModel, d: PublicDecision) {
  const w = d.callIn.window;
  return {
    id: d.id,
    reference: d.reference ?? null,
    url: abs(m, d.href),
    title: d.title,
    decisionMaker: d.decisionMaker.id,
    madeBy: d.madeBy.map((p) => p.id),
    meeting: d.meeting?.id ?? null,
    item: d.item ?? null,
    made: d.made,
    published: d.published,
    key: d.key,
    outcome: d.outcome,
    forwardPlan: d.forwardPlan?.id ?? null,
    urgency: d.urgency
      ? {
          kind: d.urgency.kind,
          noticePublished: d.urgency.noticePublished ?? null,
          agreedBy: d.urgency.agreedBy ?? null,
          agreed: d.urgency.agreed ?? null,
          reason: d.urgency.reason ?? null,
        }
      : null,
    vote: d.vote ?? null,
    spend: d.spend ? { amount: d.spend.amount, fund: d.spend.fund ?? null, scheme: d.spend.scheme ?? null } : null,
    wards: d.wards,
    declarations: d.declarations.map((x) => ({
      person: x.person.id,
      interest: x.interest,
      action: x.action ?? null,
      dispensation: dispensationData(x.dispensation),
    })),
    exempt: d.exempt ? { paragraphs: d.exempt.paragraphs } : null,
    exemptSummary: d.exempt?.summary ?? null,
    documents: d.documents.map((x) => documentData(m, x)),
    notice: noticeRecord(d),
    record: { workingDays: d.record.workingDays, target: d.record.target, met: d.record.met },
    callIn: {
      applies: d.callIn.applies,
      status: d.callIn.status,
      lastDay: w?.lastDay ?? null,
      closesAt: w ? w.closesAt : null,
      implementableFrom: w?.implementableFrom ?? null,
      calledIn: d.callIn.calledIn ?? null,
      outcome: d.callIn.outcome ?? null,
    },
    duties: d.duties.map(dutyRecord),
    keyDecisionReport: d.keyDecisionReport
      ? {
          overThreshold: d.keyDecisionReport.overThreshold,
          requested: d.keyDecisionReport.request?.requested ?? null,
          by: d.keyDecisionReport.request?.by ?? null,
          reported: d.keyDecisionReport.request?.reported ?? null,
        }
      : null,
    officerDecision: d.officerDecision,
    delegation: d.delegation
      ? {
          id: d.delegation.id,
          body: d.delegation.body.id,
          power: d.delegation.power,
          holder: d.delegation.holder.id,
          source: d.delegation.source ?? null,
        }
      : null,
    retainedUntil: d.retainedUntil ?? null,
    backgroundPapers: backgroundPapersRecord(m, d.backgroundPapers),
  };
}

/** A line of the duty ledger, every field present (null when it does not apply). */
export function dutyRecord(x: Duty) {
  return {
    id: x.id,
    duty: x.duty,
    source: x.source,
    due: x.due ?? null,
    met: x.met ?? null,
    status: x.status,
    margin: x.margin ?? null,
    count: x.count ?? null,
    note: x.note ?? null,
  };
}

function dispensationData(x: DispensationRecord | undefined) {
  if (!x) return null;
  return 'text' in x ? { text: x.text } : { granted: x.granted, by: x.by, scope: x.scope ?? null };
}

/** A paper: a published file, a withheld paper with its paragraphs, or a listed paper not yet published. */
function documentData(m: PublicModel, x: PublishedDocument) {
  if (x.withheld) return { title: x.title, withheld: x.paragraphs! };
  if (!x.href) return { title: x.title, url: null };
  return { title: x.title, url: abs(m, x.href), type: x.type!, bytes: x.bytes! };
}

const clear = (n: NoticeResult) => ({
  published: n.published,
  clearDays: n.clearDays,
  required: n.required,
  count: n.count,
  met: n.met,
});

function noticeRecord(d: PublicDecision) {
  const n = d.notice;
  switch (n.route) {
    case 'forward-plan':
    case 'general-exception':
      return { route: n.route, ...clear(n) };
    case 'special-urgency':
      return {
        route: n.route,
        published: null,
        clearDays: null,
        required: null,
        met: true,
        agreedBy: n.agreedBy ?? null,
        agreed: n.agreed ?? null,
      };
    default:
      return { route: n.route, published: null, clearDays: null, required: null, met: n.met };
  }
}

export function meetingRecord(m: PublicModel, x: PublicMeeting) {
  return {
    id: x.id,
    url: abs(m, x.href),
    body: x.body.id,
    start: x.start,
    end: x.end ?? null,
    status: x.status,
    venue: x.venue ?? null,
    agendaPublished: x.agendaPublished ?? null,
    agendaNotice: x.agendaNotice
      ? {
          clearDays: x.agendaNotice.clearDays,
          required: x.agendaNotice.required,
          count: x.agendaNotice.count,
          met: x.agendaNotice.met,
        }
      : { clearDays: null, required: null, count: null, met: null },
    privateNotice: x.privateMeeting
      ? {
          first: x.privateMeeting.first ? clear(x.privateMeeting.first) : null,
          further: x.privateMeeting.further ? clear(x.privateMeeting.further) : null,
          route: x.privateMeeting.route,
          met: x.privateMeeting.met,
          reasons: x.privateNotice?.reasons ?? null,
          representations: x.privateNotice?.representations ?? null,
          response: x.privateNotice?.response ?? null,
          contentsRecorded: x.privateMeeting.contents.complete,
          agreedBy: x.privateMeeting.agreedBy ?? null,
          agreed: x.privateMeeting.agreed ?? null,
        }
      : null,
    quorate: x.quorum.quorate,
    webcast: x.webcast ?? null,
    items: x.items.map((it) => ({
      item: it.item,
      title: it.title,
      exempt: it.exempt ? { paragraphs: it.exempt.paragraphs } : null,
      decisions: it.decisions.map((d) => d.id),
      forwardPlan: it.forwardPlan?.id ?? null,
      exemptSummary: it.exempt?.summary ?? null,
      backgroundPapers: backgroundPapersRecord(m, it.backgroundPapers),
    })),
    attendance: x.attendance.map((a) => ({ person: a.person.id, status: a.status, for: a.for?.id ?? null })),
    declarations: x.declarations.map((d) => ({
      person: d.person.id,
      item: d.item ?? null,
      interest: d.interest,
      action: d.action ?? null,
      dispensation: dispensationData(d.dispensation),
    })),
    minutes: { published: x.minutes?.published ?? null, approvedAt: x.minutes?.approvedAt?.id ?? null },
    duties: x.duties.map(dutyRecord),
  };
}

export function forwardPlanRecord(m: PublicModel, f: PublicForwardPlanEntry) {
  return {
    id: f.id,
    reference: f.reference ?? null,
    url: abs(m, f.href),
    title: f.title,
    kind: f.kind,
    decisionMaker: f.decisionMaker.id,
    published: f.published,
    expected: f.expected ?? f.expectedFrom ?? null,
    expectedTo: f.expectedTo ?? null,
    status: f.status,
    decision: f.decision?.id ?? null,
    meeting: f.meeting?.id ?? null,
    private: f.private ? { paragraphs: f.private.paragraphs } : null,
    notice: clear(f.notice),
    revisions: f.revisions,
    documents: f.documents.map((x) => documentData(m, x)),
    documentsFrom: f.documentsFrom ?? null,
    otherDocuments: f.otherDocuments,
  };
}

export function budgetRecords(m: PublicModel) {
  return byId(
    m.funds.flatMap((f) =>
      f.years.map((y) => ({
        id: `${f.id}/${y.year}`,
        fund: f.id,
        name: f.name,
        host: f.host.id,
        year: y.year,
        status: y.status,
        source: y.source ?? null,
        approvedBy: y.approvedBy?.id ?? null,
        schemes: y.table.schemes.map((s) => ({
          scheme: s.scheme,
          slug: s.slug,
          kind: s.kind,
          contributions: s.contributions,
          total: s.total,
          ...(s.budget !== undefined ? { budget: s.budget } : {}),
          ...(s.outturn !== undefined ? { outturn: s.outturn } : {}),
          ...(s.variance !== undefined
            ? { variance: s.variance?.amount ?? null, variancePercent: s.variance?.percent ?? null }
            : {}),
        })),
        totals: y.table.totals,
        alignedTotals: y.table.alignedTotals,
        units: y.units,
        decisions: f.schemes
          .filter((x) => x.decisions.length)
          .map((x) => ({ scheme: x.slug, decisions: x.decisions.map((d) => d.id) })),
      })),
    ),
  );
}

/** Every open data file this build writes, by name under data/. */
export function openData(m: PublicModel): Record<string, unknown> {
  return {
    'decisions.json': byId(m.decisions).map((d) => decisionRecord(m, d)),
    'officer-decisions.json': byId(m.decisions.filter((d) => d.officerDecision)).map((d) => decisionRecord(m, d)),
    'meetings.json': byId(m.meetings).map((x) => meetingRecord(m, x)),
    'forward-plan.json': byId(m.forwardPlan).map((f) => forwardPlanRecord(m, f)),
    'budgets.json': budgetRecords(m),
  };
}

// ---- CSV: every file goes through csvText, so every cell through csvCell ----

/** What a spreadsheet takes as the start of a formula (OWASP CSV injection; NUL from ASVS 1.2.10). */
const FORMULA_START = /^[=+\-@\t\r\0]/;

/**
 * One CSV cell that a spreadsheet will not run: text beginning like a formula gets a leading
 * ' (the OWASP rule). Only values the site holds as numbers are written bare, so a negative
 * amount stays a number, while text that merely looks like one ("-1200" as a title) is text.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Rows as CSV (RFC 4180 quoting, CRLF line ends), each cell through csvCell. */
export function csvText(rows: (string | number | null)[][]): string {
  return stringify(
    rows.map((r) => r.map(csvCell)),
    { record_delimiter: 'windows' },
  );
}

/**
 * One fund-year table as CSV: scheme, kind, a column per partner, total, and budget, outturn and
 * variance where given. A figure not available is an empty cell.
 */
export function fundYearCsv(m: PublicModel, f: PublicFund, y: PublicFundYear): string {
  const t = y.table;
  const header = ['scheme', 'kind', ...t.partners, 'total', ...(t.hasOutturn ? ['budget', 'outturn', 'variance'] : [])];
  const rows = t.schemes.map((s) => [
    s.scheme,
    s.kind,
    ...t.partners.map((p) => s.contributions[p]),
    s.total,
    ...(t.hasOutturn ? [s.budget ?? null, s.outturn ?? null, s.variance?.amount ?? null] : []),
  ]);
  return csvText([header, ...rows]);
}

/** The long budgets table: one row per fund, year, scheme and contributing partner. */
export function budgetsCsv(m: PublicModel): string {
  const rows: (string | number | null)[][] = [['fund', 'year', 'status', 'scheme', 'kind', 'partner', 'amount']];
  for (const b of budgetRecords(m)) {
    for (const s of b.schemes)
      for (const [partner, amount] of Object.entries(s.contributions))
        rows.push([b.fund, b.year, b.status, s.scheme, s.kind, partner, amount]);
  }
  return csvText(rows);
}
