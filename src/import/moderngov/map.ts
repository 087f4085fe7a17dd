/**
 * ModernGov's committees, meetings, agenda items, attendees and councillors as content entries of
 * this site, respecting the source's gates. Pure: the parsed XML in, entries and notes out.
 */
import { attr, civilFromUk, flag, list, plainLine, rawText, text, timeOfDay } from './xml.ts';
import { htmlToMarkdown } from './html.ts';

export interface Entry {
  collection: 'bodies' | 'people' | 'meetings' | 'decisions';
  id: string;
  /** Path from the content root. */
  file: string;
  /** Front matter fields, in order. */
  data: Record<string, unknown>;
  /** Markdown body (Markdown files only). */
  body?: string;
  /** What the header names as the source: committee id, meeting id and date. */
  source: { committee?: string; meeting?: string; date?: string; member?: string };
}

export interface Note {
  what: string;
  reason: string;
}

const RESERVED_BODY_IDS = new Set(['meetings', 'call-in', 'forward-plan']);

/** Latin letters that do not decompose into a letter and its accents. */
const LATIN: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/**
 * A lower-case id of letters, digits and single hyphens, with no hyphen at either end; '' when
 * the text holds no Latin letters or digits (callers give their own fallback).
 */
export function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (c) => LATIN[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

export interface Committee {
  id: string;
  title: string;
  bodyId: string;
}

export function committees(root: Record<string, unknown>): Committee[] {
  return list(root, 'committee').map((c) => {
    const title = text(c, 'committeetitle');
    let bodyId = slug(title) || `committee-${text(c, 'committeeid')}`;
    if (RESERVED_BODY_IDS.has(bodyId)) bodyId = `${bodyId}-committee`;
    return { id: text(c, 'committeeid'), title, bodyId };
  });
}

export function bodyEntry(c: Committee, partner: string): Entry {
  return {
    collection: 'bodies',
    id: c.bodyId,
    file: `bodies/${c.bodyId}.md`,
    data: { name: c.title, kind: /cabinet|executive/i.test(c.title) ? 'cabinet' : 'committee', partners: [partner] },
    body: `The ${c.title} of the council, imported from the council's committee system (ModernGov). Its terms of reference are not part of the import.`,
    source: { committee: c.id },
  };
}

/** Meetings listed by GetMeetings: id and date, filtered to the range asked (some servers ignore it). */
export function meetingList(root: Record<string, unknown>, from: string, to: string) {
  const out: { id: string; date: string; committee: string }[] = [];
  for (const c of list(root, 'committee')) {
    for (const m of list(c, 'committeemeetings', 'meeting')) {
      const date = civilFromUk(text(m, 'meetingdate'));
      if (date && date >= from && date <= to)
        out.push({ id: text(m, 'meetingid'), date, committee: text(c, 'committeeid') });
    }
  }
  return out;
}

/** A person seen in the source: from the councillor feed or an attendee. Never addresses, phones or emails. */
export interface Person {
  memberId: string;
  name: string;
  party?: string;
  ward?: string;
  title?: string;
}

const HONORIFIC = /^(councillor|cllr\.?|the rt\.? hon\.?|mr|mrs|ms|miss|mx|dr)\s+/i;

/**
 * A person's id from their name (`cllr-` for a councillor), or `member-<id>` when the name holds
 * no Latin letters; the member id is added when the id is taken. Always a valid id.
 */
export function personId(name: string, memberId: string, taken: Set<string>): string {
  const bare = name.replace(HONORIFIC, '').replace(HONORIFIC, '');
  const base = (/^(councillor|cllr)\b/i.test(name) ? 'cllr-' : '') + (slug(bare) || slug(`member-${memberId}`));
  if (!taken.has(base)) return base;
  const withId = slug(`${base}-${memberId}`);
  if (withId !== base) return withId;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** Councillors from GetCouncillorsByWard: name, party, ward and key posts only. */
export function councillors(root: Record<string, unknown>): Person[] {
  const out: Person[] = [];
  for (const w of list(root, 'wards', 'ward')) {
    const ward = text(w, 'wardtitle');
    for (const c of list(w, 'councillors', 'councillor')) {
      const name = text(c, 'fullusername');
      if (!name) continue;
      out.push({
        memberId: text(c, 'councillorid'),
        name,
        party: text(c, 'politicalpartytitle') || undefined,
        ward: ward || undefined,
        title: text(c, 'keyposts') || undefined,
      });
    }
  }
  return out;
}

export function personEntry(p: Person, id: string): Entry {
  const data: Record<string, unknown> = { name: p.name };
  if (p.title) data.title = p.title;
  if (p.party) data.party = p.party;
  if (p.ward) data.ward = p.ward;
  return { collection: 'people', id, file: `people/${id}.yaml`, data, source: { member: p.memberId || undefined } };
}

/**
 * The Schedule 12A paragraphs (1 to 7) a restriction names, sorted: "Paragraph 3", "Exempt - 3 &
 * 5", "12A(3)", "Paragraphs 1 and 2", "paras 1, 2 and 3", "Schedule 12A para 3". The 12 of
 * "12A" and numbers of Parts or sections are not paragraphs.
 */
export function paragraphsOf(ref: string): number[] {
  const found = new Set<number>();
  const t = ref
    .toLowerCase()
    // "Part 1", "section 100A", "Local Government Act 1972", dates: not paragraphs.
    .replace(/\b(?:part|section|s\.|act|regulations?|category)\s*\d+[a-z]?\b/g, ' ')
    .replace(/\b\d{3,}\b/g, ' ');
  const list = String.raw`([1-7](?:\s*(?:,|&|and|or|\/)\s*[1-7])*)\b`;
  const patterns = [
    new RegExp(String.raw`\bpara(?:graph)?s?\.?\s*(?:no\.?\s*)?${list}`, 'g'),
    new RegExp(String.raw`\b12a\s*\(\s*([1-7])\s*\)`, 'g'),
    new RegExp(String.raw`^\s*(?:exempt|restricted|confidential|private)?\s*(?:[-:–—]\s*)?${list}(?![a-z\d])`, 'g'),
  ];
  for (const re of patterns) for (const m of t.matchAll(re)) for (const d of m[1].match(/[1-7]/g) ?? []) found.add(+d);
  return [...found].sort((x, y) => x - y);
}

/** The first Schedule 12A paragraph a restriction names (see paragraphsOf). */
export function paragraphOf(ref: string): number | undefined {
  return paragraphsOf(ref)[0];
}

/**
 * The printed item number ("5.", "5a", "5(a)", "3.1") as the content format writes it: a number,
 * or a number and a letter ("3.1" is 3a, "10.2" is 10b); deeper numbers ("5(a)(i)") give undefined.
 */
export function itemNumber(s: string): string | number | undefined {
  const t = s
    .trim()
    .replace(/\s+/g, '')
    .replace(/\(([a-z])\)\.?$/i, '$1')
    .replace(/[.)]+$/, '')
    .toLowerCase();
  if (/^\d+$/.test(t)) return +t;
  const sub = /^(\d+)\.(\d{1,2})$/.exec(t);
  if (sub) {
    const k = +sub[2];
    return k >= 1 && k <= 26 ? `${+sub[1]}${String.fromCharCode(96 + k)}` : undefined;
  }
  return /^\d+[a-z]$/.test(t) ? t : undefined;
}

/** Attendance as ModernGov records it; anything else (such as "Expected") is not attendance. */
const ATTENDANCE: [RegExp, 'present' | 'apologies' | 'absent'][] = [
  [/^\s*apolog/i, 'apologies'],
  [/^\s*(absent|not present|did not attend)/i, 'absent'],
  [/^\s*(present|in attendance|attended|virtual|remote)/i, 'present'],
];

/** The attendance status ModernGov's words give ("Apologies received", "Attended virtually"); undefined for "Expected" and the like. */
export function attendanceOf(words: string): 'present' | 'apologies' | 'absent' | undefined {
  return ATTENDANCE.find(([re]) => re.test(words))?.[1];
}

/**
 * Words that reject, defer, recommend, approve or note, searched in a decision's words. Nouns that
 * look like verbs ("supported living", "contract award", "admissions declined") are left out.
 */
const REJECTED =
  /\b(?:not (?:be )?(?:approved|agreed|supported|accepted|endorsed|adopted)|(?:not to|did not|does not|do not|declined to) (?:approve|agree|support|accept|endorse|adopt|proceed)|reject(?:s|ed)?|refuse[sd]?|(?:motion|amendment) (?:was |is )?(?:lost|fell|defeated))\b/;
const DEFERRED = /\b(?:defer(?:s|red)?|postpone[sd]?|adjourned)\b/;
const RECOMMENDED = /\b(?:to recommend|recommends? (?:to|that)\b|recommended (?:to|that)\b)|^\W*recommended\b/;
const APPROVED =
  /\b(?:approve[sd]?|agree[sd]?(?! to\b| that\b)|endorse[sd]?|adopt(?:s|ed)?|awarded|authori[sz]e[sd]?|ratif(?:y|ied)|accept(?:s|ed)?)\b/;
const NOTED = /\b(?:note[ds]?|receive[ds]?)\b/;

/**
 * The outcome a decision's words give: a refusal first; then whichever comes first of a deferral,
 * a recommendation to another decision maker and an approval ("agreed to note", "agreed to defer"
 * and "resolved to recommend" are read by their second verb); noted when only noting or receiving is named;
 * approved when the words say nothing else.
 */
export function outcomeOf(words: string): 'approved' | 'rejected' | 'deferred' | 'noted' | 'recommended' {
  const w = words.toLowerCase().replace(/\s+/g, ' ');
  if (REJECTED.test(w)) return 'rejected';
  const first = (
    [
      ['deferred', DEFERRED.exec(w)?.index],
      ['recommended', RECOMMENDED.exec(w)?.index],
      ['approved', APPROVED.exec(w)?.index],
    ] as const
  )
    .filter((c): c is readonly [(typeof c)[0], number] => c[1] !== undefined)
    .sort((x, y) => x[1] - y[1])[0];
  if (first) return first[0];
  if (NOTED.test(w)) return 'noted';
  return 'approved';
}

/** A public paper of an agenda item, with a link at the source: downloaded, or kept as a link. */
export interface PaperLink {
  /** The printed item number. */
  item: string | number;
  /** The meeting, item and paper in a clerk's words, for the import's summary. */
  where: string;
  title: string;
  url: string;
  /** ModernGov's attachment id, when it gives one. */
  attachment: string;
  /** The meeting's date, YYYY-MM-DD: the folder under documents/ a downloaded copy goes in. */
  date: string;
}

export interface MeetingResult {
  /** The meeting entry with the papers it has placed: call finish to get it. */
  finish: (fileOf: (p: PaperLink) => string | undefined) => Entry;
  /** The meeting with every public paper kept as a link (no download). */
  meeting: Entry;
  decisions: Entry[];
  attendees: Person[];
  notes: Note[];
  /** Its public papers with links, in agenda order. */
  papers: PaperLink[];
}

/** The file name a downloaded paper takes: its title and ModernGov attachment id, under the meeting's date. */
export function paperFile(p: Pick<PaperLink, 'title' | 'attachment' | 'date'>, extension: string): string {
  const name = slug(p.title).slice(0, 60).replace(/-+$/, '') || 'paper';
  return `documents/${p.date}/${name}${p.attachment ? `-${p.attachment}` : ''}.${extension}`;
}

const RECORD_NOT_KEPT =
  "Not recorded separately in the council's committee system (ModernGov); see the report and the minutes of the meeting.";

/**
 * One GetMeeting answer as a meeting entry and its decision entries. `people` maps a ModernGov
 * member id to a person id (filled in by the caller for the attendees returned).
 */
export function mapMeeting(
  m: Record<string, unknown>,
  c: Committee,
  meetingId: string,
  personIdOf: (p: Person) => string,
  publishedOn: (decisionId: string, atSource: string | undefined) => { date: string; note?: string },
  meetingIdFor: (meetingId: string, base: string) => string,
): MeetingResult | { unreadable: Note } {
  const notes: Note[] = [];
  const date = civilFromUk(text(m, 'meetingdate'));
  if (!date)
    return {
      unreadable: {
        what: `meeting ${meetingId} (${c.title})`,
        reason: `the server's answer has ${text(m, 'meetingdate') ? `the date "${text(m, 'meetingdate')}"` : 'no date'}, where a date written dd/mm/yyyy was expected: not imported, and any earlier import of it is kept`,
      },
    };
  const label = `meeting ${meetingId} (${c.title}, ${date})`;
  const written = text(m, 'meetingtime');
  const time = timeOfDay(written) ?? '00:00';
  if (!timeOfDay(written))
    notes.push({
      what: label,
      reason: `${written ? `found the time "${written}", which the import cannot read` : 'the source gives no time'}: the start is written as 00:00; correct it at the source`,
    });
  const id = meetingIdFor(meetingId, `${date}-${c.bodyId}`);

  const status = text(m, 'meetingstatus').toLowerCase();
  const agendaPublished = flag(m, 'agendapublished');
  const minutesPublished = flag(m, 'minutepublished');
  const decisionsPublished = flag(m, 'decisionpublished');
  const displayAllowed = flag(m, 'isdisplayallowed', true);
  const held = minutesPublished || decisionsPublished || Boolean(timeOfDay(text(m, 'meetingactualstarttime')));
  const data: Record<string, unknown> = {
    body: c.bodyId,
    start: `${date}T${time}`,
  };
  const finish = timeOfDay(text(m, 'meetingactualfinishtime'));
  if (finish && finish >= time) data.end = `${date}T${finish}`;
  const venue = text(m, 'meetinglocation');
  if (venue) data.venue = venue;
  data.status = /cancel/.test(status)
    ? 'cancelled'
    : /postpon/.test(status)
      ? 'postponed'
      : held
        ? 'held'
        : 'scheduled';

  const agenda: Record<string, unknown>[] = [];
  const decisions: Entry[] = [];
  const papers: PaperLink[] = [];
  const withheld: string[] = [];
  let firstPaper: string | undefined;
  const seen = new Set<string>();
  if (!displayAllowed)
    notes.push({
      what: label,
      reason: 'the source does not allow its details to be displayed: only its date and committee are imported',
    });
  else if (!agendaPublished)
    notes.push({ what: label, reason: 'agenda not yet published at the source: no agenda items imported' });
  else {
    for (const a of list(m, 'agendaitems', 'agendaitem')) {
      const title = plainLine(text(a, 'agendaitemtitle'));
      // The printed number only: agendaitemnumber is ModernGov's own ordering, not what the agenda shows.
      const n = itemNumber(text(a, 'fulldisplaynumberformat'));
      const what = `${label}, item "${title || text(a, 'agendaitemid')}"`;
      if (!title) continue;
      if (n === undefined || n === 0) {
        notes.push({ what, reason: 'no item number the content format can hold (headings are left out)' });
        continue;
      }
      if (seen.has(String(n))) {
        notes.push({ what, reason: `item number ${n} appears twice; the second is left out` });
        continue;
      }
      seen.add(String(n));
      const item: Record<string, unknown> = { item: n, title };
      // Withheld unless the source says plainly that the item is not restricted.
      const restricted = flag(a, 'isrestricted', true) || !flag(a, 'isdisplayallowed', true);
      if (restricted) {
        const paragraphs = paragraphsOf(text(a, 'restrictionsref'));
        if (paragraphs.length) item.exempt = { paragraphs };
        else
          item.summary =
            "Not for publication: the council's committee system marks this item as restricted, without naming a paragraph of Schedule 12A.";
        notes.push({
          what,
          reason: 'restricted at the source: only its title and the fact it is withheld are imported',
        });
        agenda.push(item);
        continue;
      }
      const summary = htmlToMarkdown(rawText(a, 'agendatext'));
      if (summary) item.summary = summary;
      if (minutesPublished && flag(a, 'isminutepublished', true)) {
        const minute = htmlToMarkdown(rawText(a, 'minutesnonemptyhtmlbody'));
        if (minute) item.minute = minute;
      }
      const documents: Record<string, unknown>[] = [];
      let decisionNoticeDate: string | undefined;
      for (const d of list(a, 'linkeddocuments', 'linkeddoc')) {
        const dtitle = plainLine(text(d, 'title')) || 'Paper';
        if (flag(d, 'isrestricted', true)) {
          const paragraphs = paragraphsOf(text(d, 'restrictionsref'));
          if (paragraphs.length) documents.push({ title: dtitle, exempt: { paragraphs } });
          else {
            withheld.push(`- Item ${n}: ${escapeLinkText(dtitle)}`);
            notes.push({
              what: `${what}, paper "${dtitle}"`,
              reason:
                'restricted at the source without a Schedule 12A paragraph: named in the meeting as not for publication, nothing more',
            });
          }
          continue;
        }
        const url = text(d, 'url');
        const pub = civilFromUk(text(d, 'publicationdate'));
        if (flag(d, 'isdecisionattachment')) {
          // The decision notice: its publication date is the decision record's.
          if (pub && (!decisionNoticeDate || pub < decisionNoticeDate)) decisionNoticeDate = pub;
        } else if (pub && (!firstPaper || pub < firstPaper)) firstPaper = pub;
        if (/^https?:\/\//i.test(url)) {
          const paper: PaperLink = {
            item: n,
            where: `${what}, paper "${dtitle}"`,
            title: dtitle,
            url,
            attachment: /^\d+$/.test(text(d, 'attachmentid')) ? text(d, 'attachmentid') : '',
            date,
          };
          papers.push(paper);
          documents.push(paper as unknown as Record<string, unknown>);
        }
      }
      if (documents.length) item.documents = documents;

      if (flag(a, 'isdecision') && decisionsPublished && flag(a, 'isdecisionpublished')) {
        const words = htmlToMarkdown(rawText(a, 'decisionnonemptyhtmlbody'));
        if (!words)
          notes.push({
            what,
            reason: 'marked as a decision, but the source holds no decision text: no decision record',
          });
        else {
          const did = `${id}-item-${n}`;
          item.decisions = [did];
          const published = publishedOn(did, decisionNoticeDate);
          if (published.note) notes.push({ what, reason: published.note });
          decisions.push({
            collection: 'decisions',
            id: did,
            file: `decisions/${date.slice(0, 4)}/${did}.md`,
            data: {
              title,
              decisionMaker: c.bodyId,
              meeting: id,
              item: n,
              made: date,
              published: published.date < date ? date : published.date,
              key: false,
              outcome: outcomeOf(words),
            },
            body: `## Decision\n\n${words}\n\n## Reasons\n\n${RECORD_NOT_KEPT}\n\n## Alternative options considered and rejected\n\n${RECORD_NOT_KEPT}`,
            source: { committee: c.id, meeting: meetingId, date },
          });
        }
      } else if (flag(a, 'isdecision')) {
        notes.push({ what, reason: 'decision not published at the source: no decision record' });
      }
      agenda.push(item);
    }
  }
  if (firstPaper && agendaPublished) data.agendaPublished = firstPaper;

  const attendees: Person[] = [];
  const attendance: Record<string, unknown>[] = [];
  if (displayAllowed && data.status === 'held') {
    const done = new Set<string>();
    for (const at of list(m, 'attendees', 'attendee')) {
      const name = attr(at, 'name');
      const memberId = attr(at, 'memberid');
      if (!name || done.has(memberId || name)) continue;
      const st = ATTENDANCE.find(([re]) => re.test(attr(at, 'attendance')))?.[1];
      if (!st) continue;
      done.add(memberId || name);
      const p: Person = {
        memberId,
        name,
        party: attr(at, 'politicalparty') || undefined,
        ward: attr(at, 'ward') || undefined,
      };
      attendees.push(p);
      attendance.push({ person: personIdOf(p), status: st });
    }
  }
  if (agenda.length) data.agenda = agenda;
  if (attendance.length) data.attendance = attendance;

  if (!minutesPublished && held)
    notes.push({ what: label, reason: 'minutes not published at the source: no minutes imported' });
  const isPaper = (d: unknown): d is PaperLink => papers.includes(d as PaperLink);
  const withPapers = (fileOf: (p: PaperLink) => string | undefined): Entry => {
    const links: string[] = [];
    const placed = new Map<PaperLink, string | undefined>(papers.map((p) => [p, fileOf(p)]));
    for (const p of papers) if (!placed.get(p)) links.push(`- Item ${p.item}: [${escapeLinkText(p.title)}](${p.url})`);
    const out: Record<string, unknown> = { ...data };
    if (Array.isArray(data.agenda))
      out.agenda = (data.agenda as Record<string, unknown>[]).map((a) => {
        if (!Array.isArray(a.documents)) return a;
        const documents = (a.documents as unknown[]).flatMap((d) => {
          if (!isPaper(d)) return [d];
          const file = placed.get(d);
          return file ? [{ title: d.title, file }] : [];
        });
        const copy: Record<string, unknown> = { ...a, documents };
        if (!documents.length) delete copy.documents;
        return copy;
      });
    const body = [
      `Imported from the council's committee system (ModernGov), meeting ${meetingId}.`,
      ...(links.length ? ['', "## Papers on the council's site", '', ...links] : []),
      ...(withheld.length
        ? [
            '',
            '## Papers not for publication',
            '',
            "The council's committee system marks these papers as restricted, without naming a paragraph of Schedule 12A.",
            '',
            ...withheld,
          ]
        : []),
    ].join('\n');
    return {
      collection: 'meetings',
      id,
      file: `meetings/${date.slice(0, 4)}/${id}.md`,
      data: out,
      body,
      source: { committee: c.id, meeting: meetingId, date },
    };
  };
  return {
    finish: withPapers,
    meeting: withPapers(() => undefined),
    decisions,
    attendees,
    notes,
    papers,
  };
}

function escapeLinkText(s: string): string {
  return s.replace(/([\\[\]*_`<>])/g, '\\$1');
}
