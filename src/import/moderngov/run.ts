/**
 * The import: asks the web service, maps the answers, and works out which files to add, update
 * and remove in the content root, leaving hand-written files alone. `dryRun` reports without writing.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ModernGovClient } from './client.ts';
import { parseAnswer, ukFromCivil } from './xml.ts';
import {
  bodyEntry,
  committees as readCommittees,
  councillors as readCouncillors,
  mapMeeting,
  meetingList,
  personEntry,
  personId,
  type Entry,
  type MeetingResult,
  type Note,
  type Person,
} from './map.ts';
import { readHeader, render } from './render.ts';
import { downloadPaper, referencedDocuments, type Download } from './papers.ts';

export interface ImportOptions {
  site: string;
  committees: string[];
  from: string;
  to: string;
  out: string;
  /** Partner id the bodies belong to; default the first partner in site.yaml. */
  partner?: string;
  councillors?: boolean;
  dryRun?: boolean;
  delay?: number;
  /** Download the public papers on the council's site into documents/. */
  download?: boolean;
  /** Download again papers already downloaded by an earlier import (by default they are kept). */
  refreshDocuments?: boolean;
  /** The import's date, YYYY-MM-DD (a new decision record's published date when the source gives none). */
  today: string;
  progress?: (done: number, total: number, what: string) => void;
}

export interface Summary {
  added: string[];
  updated: string[];
  removed: string[];
  unchanged: string[];
  skipped: Note[];
  requests: number;
}

export class ImportRefused extends Error {}

const COLLECTIONS = ['bodies', 'people', 'meetings', 'decisions'] as const;

/** Every .md/.yaml file of a collection, by id; names starting _ or . are ignored like the site does. */
function existing(root: string) {
  const byId = new Map<string, { path: string; text: string }>();
  const walk = (dir: string, collection: string) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      if (name.startsWith('_') || name.startsWith('.')) continue;
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p, collection);
      else if (/\.(md|ya?ml)$/.test(name))
        byId.set(`${collection}/${basename(name).replace(/\.(md|ya?ml)$/, '')}`, {
          path: p,
          text: readFileSync(p, 'utf8'),
        });
    }
  };
  for (const c of COLLECTIONS) walk(join(root, c), c);
  return byId;
}

export async function runImport(o: ImportOptions): Promise<Summary> {
  const sitePath = join(o.out, 'site.yaml');
  if (!existsSync(sitePath))
    throw new ImportRefused(
      `${sitePath}: found no site.yaml; expected a content root with its settings (title, url and the partners). Start from content/site.yaml and name the council as a partner.`,
    );
  const site = parseYaml(readFileSync(sitePath, 'utf8')) as { partners?: { id: string }[] };
  const partner = o.partner ?? site?.partners?.[0]?.id;
  if (!partner || !site?.partners?.some((p) => p.id === partner))
    throw new ImportRefused(
      `${sitePath}: found no partner ${o.partner ? `"${o.partner}"` : ''}; expected the council as a partner in site.yaml (give its id with --partner)`,
    );

  const client = new ModernGovClient(o.site, { delay: o.delay ?? 500 });
  const siteLabel = client.service.replace(/\/mgWebService\.asmx$/, '');
  const skipped: Note[] = [];
  const entries: Entry[] = [];

  const all = readCommittees(
    parseAnswer(await client.call('GetCommittees', { lDummy: '0' }), 'committees', 'GetCommittees'),
  );
  const chosen = o.committees.map((id) => {
    const c = all.find((x) => x.id === id);
    if (!c)
      throw new ImportRefused(
        `--committee ${id}: the server lists no committee with that id; it lists ${all.map((x) => `${x.id} (${x.title})`).join(', ') || 'none'}`,
      );
    return c;
  });
  // Two committees whose titles give the same id are told apart by ModernGov's committee id.
  const bodyIds = new Set<string>();
  for (const c of chosen) {
    if (bodyIds.has(c.bodyId)) c.bodyId = `${c.bodyId}-${c.id}`;
    bodyIds.add(c.bodyId);
    entries.push(bodyEntry(c, partner));
  }

  const before = existing(o.out);
  const generated = (key: string) => {
    const f = before.get(key);
    const h = f ? readHeader(f.text) : undefined;
    return h && h.site === siteLabel ? h : undefined;
  };
  // A person keeps the id an earlier import gave their ModernGov member id; a new person's id
  // is their name, with the member id added when that id is already another person's.
  const people = new Map<string, { id: string; person: Person }>();
  const priorPerson = new Map<string, string>();
  for (const key of before.keys()) {
    const member = key.startsWith('people/') ? generated(key)?.member : undefined;
    if (member) priorPerson.set(member, key.slice('people/'.length));
  }
  const takenPeople = new Set([...before.keys()].filter((k) => k.startsWith('people/')).map((k) => k.slice(7)));
  const idFor = (p: Person) => {
    // An attendee without a member id is known by name alone.
    const key = p.memberId || `name:${p.name}`;
    const known = people.get(key);
    if (known) return known.id;
    const id = (p.memberId && priorPerson.get(p.memberId)) || personId(p.name, p.memberId, takenPeople);
    takenPeople.add(id);
    people.set(key, { id, person: p });
    return id;
  };
  if (o.councillors) {
    const feed = parseAnswer(
      await client.call('GetCouncillorsByWard', {}),
      'councillorsbyward',
      'GetCouncillorsByWard',
    );
    for (const p of readCouncillors(feed)) idFor(p);
  }

  const publishedOn = (decisionId: string, atSource: string | undefined) => {
    if (atSource) return { date: atSource };
    const prior = before.get(`decisions/${decisionId}`);
    const m = prior && readHeader(prior.text) ? /^published: (\d{4}-\d{2}-\d{2})/m.exec(prior.text) : null;
    if (m) return { date: m[1] };
    return {
      date: o.today,
      note: `the source gives no publication date for its decision notice: the decision record's published date is the day of this import, ${o.today}; correct it at the source (a decision notice document) if it was published earlier`,
    };
  };
  // A meeting keeps the id an earlier import gave it while its date and committee stay the same;
  // two meetings of a committee on one day are told apart by ModernGov's meeting id.
  const priorMeeting = new Map<string, string>();
  for (const key of before.keys()) {
    const h = key.startsWith('meetings/') ? generated(key) : undefined;
    if (h?.meeting) priorMeeting.set(h.meeting, key.slice('meetings/'.length));
  }
  const claimed = new Map<string, string>();
  const meetingIdFor = (meetingId: string, base: string) => {
    const prior = priorMeeting.get(meetingId);
    const free = (id: string) => (claimed.get(id) ?? meetingId) === meetingId;
    const id =
      prior && (prior === base || prior === `${base}-${meetingId}`) && free(prior)
        ? prior
        : free(base)
          ? base
          : `${base}-${meetingId}`;
    claimed.set(id, meetingId);
    return id;
  };
  // Kept as they are: meetings whose answer could not be read, and committees listing none.
  const keepMeetings = new Set<string>();
  const keepCommittees = new Set<string>();
  const plan: { c: (typeof chosen)[number]; id: string }[] = [];
  for (const c of chosen) {
    const listing = parseAnswer(
      await client.call('GetMeetings', {
        lCommitteeId: c.id,
        sFromDate: ukFromCivil(o.from),
        sToDate: ukFromCivil(o.to),
      }),
      'getmeetings',
      `GetMeetings for committee ${c.id}`,
    );
    const listed = meetingList(listing, o.from, o.to).filter((m) => m.committee === c.id || !m.committee);
    for (const m of listed) plan.push({ c, id: m.id });
    if (!listed.length) {
      keepCommittees.add(c.id);
      skipped.push({
        what: `committee ${c.id} (${c.title})`,
        reason: `the server lists no meetings between ${o.from} and ${o.to}: meetings imported earlier are kept, since an empty answer may be a fault at the server; remove them by hand if they were withdrawn`,
      });
    }
  }
  // Meetings an earlier import named keep their ids first, so a new meeting never takes one.
  for (const { id } of plan) {
    const prior = priorMeeting.get(id);
    if (prior && !claimed.has(prior)) claimed.set(prior, id);
  }
  const results: MeetingResult[] = [];
  for (const [i, { c, id }] of plan.entries()) {
    o.progress?.(i, plan.length, `meeting ${id}`);
    const m = parseAnswer(await client.call('GetMeeting', { lMeetingId: id }), 'meeting', `GetMeeting ${id}`);
    const r = mapMeeting(m, c, id, idFor, publishedOn, meetingIdFor);
    if ('unreadable' in r) {
      keepMeetings.add(id);
      skipped.push(r.unreadable);
      continue;
    }
    results.push(r);
    skipped.push(...r.notes);
  }
  o.progress?.(plan.length, plan.length, 'done');

  // Papers: downloaded (with --download) into a staging folder, moved into documents/ only once
  // every answer is in; a paper that cannot be published here stays a link to the council's site.
  const priorDocuments = referencedDocuments([...before.values()].filter((f) => readHeader(f.text)));
  const downloads = new Map<string, Download>();
  // A dry run keeps its downloads outside the content root, which it leaves as it was.
  const staging = o.dryRun
    ? mkdtempSync(join(tmpdir(), 'import-moderngov-papers-'))
    : join(o.out, '.import-moderngov-papers');
  try {
    if (o.download) {
      const papers = results.flatMap((r) => r.papers);
      for (const [i, p] of papers.entries()) {
        o.progress?.(i, papers.length, `paper ${i + 1}`);
        const got = await downloadPaper(client, p, {
          root: o.out,
          staging,
          prior: priorDocuments,
          refresh: Boolean(o.refreshDocuments),
        });
        if ('file' in got) downloads.set(p.url, got);
        else skipped.push(got.note);
      }
      o.progress?.(papers.length, papers.length, 'done');
    }
    for (const r of results)
      entries.push(
        r.finish((p) => downloads.get(p.url)?.file),
        ...r.decisions,
      );
    // Without the councillor feed, what an attendee list says of a person (a party's short name,
    // no post) would replace what the feed said: a person imported before is kept as they are.
    const keepAsIs = new Set<string>();
    for (const { id, person } of people.values()) {
      if (!o.councillors && generated(`people/${id}`)) keepAsIs.add(`people/${id}`);
      entries.push(personEntry(person, id));
    }
    return apply(o, entries, before, skipped, client.requests, {
      chosen,
      keepMeetings,
      keepCommittees,
      keepAsIs,
      siteLabel,
      downloads: [...downloads.values()],
    });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

function apply(
  o: ImportOptions,
  entries: Entry[],
  before: ReturnType<typeof existing>,
  skipped: Note[],
  requests: number,
  run: {
    chosen: { id: string; bodyId: string }[];
    keepMeetings: Set<string>;
    keepCommittees: Set<string>;
    keepAsIs: Set<string>;
    siteLabel: string;
    downloads: Download[];
  },
): Summary {
  const { chosen, keepMeetings, keepCommittees, keepAsIs, siteLabel } = run;
  // Work out the changes.
  const summary: Summary = { added: [], updated: [], removed: [], unchanged: [], skipped, requests };
  const writes: { path: string; text: string; remove?: string }[] = [];
  const produced = new Set<string>();
  const producedTexts: { text: string }[] = [];
  const handWrittenMeetings = new Set<string>();
  // Meetings first, so that the decisions of a meeting left alone are left out with it.
  const order = (e: Entry) => (e.collection === 'meetings' ? 0 : 1);
  for (const e of [...entries].sort((a, b) => order(a) - order(b))) {
    const key = `${e.collection}/${e.id}`;
    const prior = before.get(key);
    const target = join(o.out, e.file);
    if (e.collection === 'decisions' && handWrittenMeetings.has(String(e.data.meeting))) {
      // An earlier import's record of it is kept as it is: the meeting may still name it.
      if (prior) produced.add(key);
      skipped.push({
        what: e.file,
        reason: `its meeting ${String(e.data.meeting)} is a hand-written file: not imported${prior ? ' (the file an earlier import wrote is kept as it is)' : ''}`,
      });
      continue;
    }
    if (prior && !readHeader(prior.text)) {
      if (e.collection === 'meetings') handWrittenMeetings.add(e.id);
      skipped.push({
        what: relative(o.out, prior.path),
        reason: 'a hand-written file has this id: left alone, not imported',
      });
      continue;
    }
    produced.add(key);
    if (prior && keepAsIs.has(key)) {
      summary.unchanged.push(relative(o.out, prior.path));
      producedTexts.push(prior);
      continue;
    }
    const text = render(siteLabel, e);
    producedTexts.push({ text });
    if (!prior) {
      summary.added.push(e.file);
      writes.push({ path: target, text });
    } else if (prior.path !== target || prior.text !== text) {
      summary.updated.push(e.file);
      writes.push({ path: target, text, remove: prior.path !== target ? prior.path : undefined });
    } else summary.unchanged.push(e.file);
  }
  // Removed: generated meetings and decisions of this run's committees and dates that the source
  // no longer gives, and only under the ids the import itself gives (a copy kept under another
  // name, even with the header, is left alone).
  const bodyOf = new Map(chosen.map((c) => [c.id, c.bodyId]));
  for (const [key, f] of before) {
    if (produced.has(key) || key.startsWith('people/') || key.startsWith('bodies/')) continue;
    const h = readHeader(f.text);
    if (!h || h.site !== siteLabel || !h.committee || !bodyOf.has(h.committee)) continue;
    if (!h.date || h.date < o.from || h.date > o.to) continue;
    if (keepCommittees.has(h.committee) || (h.meeting && keepMeetings.has(h.meeting))) continue;
    const meetingId = `${h.date}-${bodyOf.get(h.committee)}(?:-${h.meeting ?? '\\d+'})?`;
    const ours = key.startsWith('meetings/')
      ? new RegExp(`^meetings/${meetingId}$`)
      : new RegExp(`^decisions/${meetingId}-item-[0-9a-z]+$`);
    if (!ours.test(key)) continue;
    summary.removed.push(relative(o.out, f.path));
  }
  // Papers: a downloaded copy is added or updated when its bytes differ; a paper an earlier
  // import downloaded that no file refers to any more is removed.
  const moves: { from: string; to: string }[] = [];
  const placed = new Set<string>();
  const named = referencedDocuments(producedTexts);
  for (const d of run.downloads.filter((x) => named.has(x.file))) {
    placed.add(d.file);
    const target = join(o.out, d.file);
    if (!d.staged) summary.unchanged.push(d.file);
    else if (!existsSync(target)) {
      summary.added.push(d.file);
      moves.push({ from: d.staged, to: target });
    } else if (!readFileSync(target).equals(readFileSync(d.staged))) {
      summary.updated.push(d.file);
      moves.push({ from: d.staged, to: target });
    } else summary.unchanged.push(d.file);
  }
  const gone = new Set(summary.removed.map((r) => join(o.out, r)));
  for (const w of writes) if (w.remove) gone.add(w.remove);
  const written = new Map(writes.map((w) => [w.path, w.text]));
  const after = [...before.values()]
    .filter((f) => !gone.has(f.path) && !written.has(f.path))
    .map((f) => ({ text: f.text }))
    .concat(writes.map((w) => ({ text: w.text })));
  const stillReferred = referencedDocuments(after);
  const priorDocuments = referencedDocuments([...before.values()].filter((f) => readHeader(f.text)));
  for (const d of priorDocuments)
    if (!placed.has(d) && !stillReferred.has(d) && existsSync(join(o.out, d))) summary.removed.push(d);
  if (!o.dryRun) {
    for (const m of moves) {
      mkdirSync(dirname(m.to), { recursive: true });
      renameSync(m.from, m.to);
    }
    for (const w of writes) {
      mkdirSync(dirname(w.path), { recursive: true });
      writeFileSync(w.path, w.text);
      if (w.remove) rmSync(w.remove);
    }
    for (const r of summary.removed) rmSync(join(o.out, r));
  }
  for (const k of ['added', 'updated', 'removed', 'unchanged'] as const) summary[k].sort();
  return summary;
}

export function formatSummary(s: Summary, dryRun = false): string {
  const lines: string[] = [];
  const verb = dryRun ? 'Would have' : '';
  const sec = (title: string, files: string[]) => {
    lines.push(`${verb ? `${verb} ${title.toLowerCase()}` : title}: ${files.length}`);
    for (const f of files) lines.push(`  ${f}`);
  };
  sec('Added', s.added);
  sec('Updated', s.updated);
  sec('Removed', s.removed);
  lines.push(`Unchanged: ${s.unchanged.length}`);
  lines.push(`Skipped: ${s.skipped.length}`);
  for (const n of s.skipped) lines.push(`  ${n.what}: ${n.reason}`);
  lines.push(`${s.requests} request${s.requests === 1 ? '' : 's'} to the server.`);
  return lines.join('\n');
}
