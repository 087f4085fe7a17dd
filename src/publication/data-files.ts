/**
 * Every file under data/: the JSON records (checked against src/schemas/open-data.ts), their
 * CSV copies, data/bodies.json, data/people.json, data/index.json and the JSON Schema files.
 * Built from the public model only, through the records of open-data.ts.
 */
import { z } from 'zod';
import type { PublicMembership, PublicModel } from './model.ts';
import { openData } from './open-data.ts';
import { toCsv } from './data-columns.ts';
import { openDataSchemas, type OpenDataFile } from '../schemas/open-data.ts';
import { feeds, feedHref } from './feeds.ts';
import { plannedKeyDecisions } from './calendar.ts';
import { absoluteUrl } from './urls.ts';
import { byId } from '../domain/order.ts';

export { fieldsOf, toCsv, type FieldDescription } from './data-columns.ts';

export interface DataFile {
  /** Path from the site's base, e.g. data/decisions.csv. */
  path: string;
  title: string;
  format: 'JSON' | 'CSV' | 'JSON Schema' | 'iCalendar' | 'RSS';
  mediaType: string;
  records: number | null;
  /** Path of the JSON Schema of the records, for JSON files. */
  schema: string | null;
  /** The file's text; absent for files written by other routes (calendars, feeds). */
  text?: string;
}

const LICENCES: Record<string, string> = {
  'OGL-UK-3.0': 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
};
export const licenceUrl = (licence: string): string | null =>
  LICENCES[licence] ?? (/^https?:\/\//.test(licence) ? licence : null);

const abs = (m: PublicModel, href: string) => absoluteUrl(m.site.url, href);
const membership = (x: PublicMembership) => ({
  role: x.role,
  partner: x.partner?.id ?? null,
  voting: x.voting,
  tags: x.tags,
  from: x.from ?? null,
  until: x.until ?? null,
  current: x.current,
});

export function bodyRecords(m: PublicModel) {
  return byId(m.bodies).map((b) => ({
    id: b.id,
    url: abs(m, b.href),
    name: b.name,
    kind: b.kind,
    partners: b.partners.map((p) => p.id),
    parent: b.parent?.id ?? null,
    children: b.children.map((c) => c.id),
    from: b.from ?? null,
    until: b.until ?? null,
    meetsInPublic: b.meetsInPublic,
    decides: b.decides,
    voting: b.voting,
    castingVote: b.castingVote,
    quorum: b.quorum.map((q) => ({
      min: q.min,
      partner: q.partner ?? null,
      tag: q.tag ?? null,
      voting: q.voting ?? false,
    })),
    members: b.members.map((x) => ({ person: x.person.id, ...membership(x) })),
    delegations: b.delegations.map((d) => ({
      id: d.id,
      power: d.power,
      holder: d.holder.id,
      from: d.from ?? null,
      until: d.until ?? null,
      source: d.source ?? null,
      current: d.current,
      decisions: d.decisions.map((x) => x.id),
    })),
  }));
}

export function personRecords(m: PublicModel) {
  return byId(m.people).map((p) => ({
    id: p.id,
    url: abs(m, p.href),
    name: p.name,
    partner: p.partner?.id ?? null,
    title: p.title ?? null,
    party: p.party ?? null,
    memberships: p.memberships.map((x) => ({ body: x.body.id, ...membership(x) })),
    kind: p.kind,
    ward: p.ward ?? null,
  }));
}

/** Checks records against their schema; a mismatch is a fault in this program, named like a content problem. */
export function checked<F extends OpenDataFile>(file: F, value: unknown): z.infer<(typeof openDataSchemas)[F]> {
  const result = openDataSchemas[file].safeParse(value);
  if (result.success) return result.data as z.infer<(typeof openDataSchemas)[F]>;
  const problems = result.error.issues
    .slice(0, 5)
    .map((i) => `data/${file}: field ${i.path.join('.') || '(whole file)'}: ${i.message}`);
  throw new Error(`Open data does not match its schema (src/schemas/open-data.ts):\n${problems.join('\n')}`);
}

// ---- The list of files ----

const TITLES: Partial<Record<OpenDataFile, string>> = {
  'decisions.json': 'Decisions',
  'officer-decisions.json': 'Officer decisions',
  'meetings.json': 'Meetings',
  'forward-plan.json': 'Forward plan',
  'budgets.json': 'Pooled and aligned budgets',
  'bodies.json': 'Boards, committees and memberships',
  'people.json': 'People and memberships',
};
const CSV_OF: OpenDataFile[] = ['decisions.json', 'officer-decisions.json', 'meetings.json', 'forward-plan.json'];

/** The data files, each with its text, and index.json listing them with the calendars and feeds. */
export function dataFiles(m: PublicModel): DataFile[] {
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  const files: DataFile[] = [];
  const records: Partial<Record<OpenDataFile, unknown[]>> = {};
  const extra: DataFile[] = [];
  for (const [name, value] of Object.entries({
    ...openData(m),
    'bodies.json': bodyRecords(m),
    'people.json': personRecords(m),
  })) {
    if (name in openDataSchemas) {
      const file = name as OpenDataFile;
      const list = checked(file, value) as unknown[];
      records[file] = list;
      files.push({
        path: `data/${file}`,
        title: TITLES[file] ?? file,
        format: 'JSON',
        mediaType: 'application/json',
        records: list.length,
        schema: `data/schema/${file.replace(/\.json$/, '.schema.json')}`,
        text: json(list),
      });
    } else if (typeof value === 'string') {
      // Another part of the site (budgets) may add a ready-made text file, such as a CSV.
      extra.push({
        path: `data/${name}`,
        title: name,
        format: name.endsWith('.csv') ? 'CSV' : 'JSON',
        mediaType: name.endsWith('.csv') ? 'text/csv' : 'application/json',
        records: null,
        schema: null,
        text: value,
      });
    }
  }
  for (const file of CSV_OF) {
    const list = records[file] ?? [];
    files.push({
      path: `data/${file.replace(/\.json$/, '.csv')}`,
      title: `${TITLES[file]} (CSV)`,
      format: 'CSV',
      mediaType: 'text/csv',
      records: list.length,
      schema: null,
      text: toCsv(file, list),
    });
  }
  files.push(...extra);
  for (const file of Object.keys(openDataSchemas) as OpenDataFile[]) {
    const path = `data/schema/${file.replace(/\.json$/, '.schema.json')}`;
    const schema = {
      ...(z.toJSONSchema(openDataSchemas[file]) as object),
      $id: abs(m, `${m.site.base}${path}`),
      title: `${m.site.title}: data/${file}`,
    };
    files.push({
      path,
      title: `Schema of ${file}`,
      format: 'JSON Schema',
      mediaType: 'application/schema+json',
      records: null,
      schema: null,
      text: json(schema),
    });
  }

  const calendars: DataFile[] = [
    { path: 'calendar/meetings.ics', title: 'All meetings', records: m.meetings.length },
    ...m.bodies.map((b) => ({
      path: `calendar/${b.id}.ics`,
      title: `${b.name} meetings`,
      records: m.meetings.filter((x) => x.body.id === b.id).length,
    })),
    {
      path: 'calendar/call-in.ics',
      title: 'Call-in deadlines',
      records: m.decisions.filter((d) => d.callIn.applies && d.callIn.window).length,
    },
    { path: 'calendar/forward-plan.ics', title: 'Expected key decisions', records: plannedKeyDecisions(m).length },
  ].map((c) => ({ ...c, format: 'iCalendar' as const, mediaType: 'text/calendar', schema: null }));
  const rss: DataFile[] = feeds(m).map((f) => ({
    path: feedHref(m, f.name).slice(m.site.base.length),
    title: f.title,
    format: 'RSS' as const,
    mediaType: 'application/rss+xml',
    records: f.items.length,
    schema: null,
  }));

  // Written by its own route with the pooled budget pages (src/pages/data/budgets.csv.ts).
  const budgetsCsv: DataFile = {
    path: 'data/budgets.csv',
    title: 'Pooled and aligned budgets (CSV): fund, year, status, scheme, kind, partner, amount',
    format: 'CSV',
    mediaType: 'text/csv',
    records: null,
    schema: null,
  };
  const listed = [...files, budgetsCsv, ...calendars, ...rss];
  const index = checked('index.json', {
    title: m.site.title,
    url: m.site.url,
    buildDate: m.site.buildDate,
    licence: m.site.licence,
    licenceUrl: licenceUrl(m.site.licence),
    timezone: m.site.timezone,
    partners: m.site.partners.map((p) => ({
      id: p.id,
      name: p.name,
      kind: p.kind,
      from: p.from ?? null,
      until: p.until ?? null,
    })),
    files: [
      {
        path: 'data/index.json',
        title: 'This list',
        format: 'JSON',
        mediaType: 'application/json',
        records: null,
        schema: 'data/schema/index.schema.json',
      },
      ...listed,
    ].map((f) => ({
      path: f.path,
      url: abs(m, `${m.site.base}${f.path}`),
      title: f.title,
      format: f.format,
      mediaType: f.mediaType,
      records: f.records,
      schema: f.schema ? abs(m, `${m.site.base}${f.schema}`) : null,
    })),
  });
  return [
    ...files,
    {
      path: 'data/index.json',
      title: 'Index of data files',
      format: 'JSON',
      mediaType: 'application/json',
      records: null,
      schema: 'data/schema/index.schema.json',
      text: json(index),
    },
  ];
}
