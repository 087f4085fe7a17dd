/**
 * The import: asks the web service, maps the answers, and works out which files to add, update
 * and remove in the content root, leaving hand-written files alone. `dryRun` reports without writing.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
  type Note,
  type Person,
} from './map.ts';
import { readHeader, render } from './render.ts';

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
  for (const c of chosen) entries.push(bodyEntry(c, partner));

  const before = existing(o.out);
  const people = new Map<string, { id: string; person: Person }>();
  const takenPeople = new Set<string>();
  const idFor = (p: Person) => {
    const known = people.get(p.memberId);
    if (known) return known.id;
    const id = personId(p.name, p.memberId, takenPeople);
    takenPeople.add(id);
    people.set(p.memberId, { id, person: p });
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

  const publishedOn = (decisionId: string) => {
    const prior = before.get(`decisions/${decisionId}`);
    const m = prior && readHeader(prior.text) ? /^published: (\d{4}-\d{2}-\d{2})/m.exec(prior.text) : null;
    return m?.[1] ?? o.today;
  };
  const usedMeetingIds = new Set<string>();
  const fetched = new Set<string>();
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
    for (const m of meetingList(listing, o.from, o.to))
      if (m.committee === c.id || !m.committee) plan.push({ c, id: m.id });
  }
  for (const [i, { c, id }] of plan.entries()) {
    o.progress?.(i, plan.length, `meeting ${id}`);
    const m = parseAnswer(await client.call('GetMeeting', { lMeetingId: id }), 'meeting', `GetMeeting ${id}`);
    const r = mapMeeting(m, c, id, idFor, publishedOn, usedMeetingIds);
    fetched.add(id);
    entries.push(r.meeting, ...r.decisions);
    skipped.push(...r.notes);
  }
  o.progress?.(plan.length, plan.length, 'done');
  for (const { id, person } of people.values()) entries.push(personEntry(person, id));

  // Work out the changes.
  const summary: Summary = { added: [], updated: [], removed: [], unchanged: [], skipped, requests: client.requests };
  const writes: { path: string; text: string; remove?: string }[] = [];
  const produced = new Set<string>();
  for (const e of entries) {
    const key = `${e.collection}/${e.id}`;
    const prior = before.get(key);
    const target = join(o.out, e.file);
    const text = render(siteLabel, e);
    if (prior && !readHeader(prior.text)) {
      skipped.push({
        what: relative(o.out, prior.path),
        reason: 'a hand-written file has this id: left alone, not imported',
      });
      continue;
    }
    produced.add(key);
    if (!prior) {
      summary.added.push(e.file);
      writes.push({ path: target, text });
    } else if (prior.path !== target || prior.text !== text) {
      summary.updated.push(e.file);
      writes.push({ path: target, text, remove: prior.path !== target ? prior.path : undefined });
    } else summary.unchanged.push(e.file);
  }
  const runCommittees = new Set(chosen.map((c) => c.id));
  for (const [key, f] of before) {
    if (produced.has(key) || key.startsWith('people/') || key.startsWith('bodies/')) continue;
    const h = readHeader(f.text);
    if (!h || h.site !== siteLabel || !h.committee || !runCommittees.has(h.committee)) continue;
    if (!h.date || h.date < o.from || h.date > o.to) continue;
    if (h.meeting && fetched.has(h.meeting) && key.startsWith('meetings/')) continue;
    summary.removed.push(relative(o.out, f.path));
  }
  if (!o.dryRun) {
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
