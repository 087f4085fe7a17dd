/**
 * Open data as columns, from the records' own schemas: the CSV copy of each JSON file has one
 * row per record and nested objects as dotted columns; the open data page lists the same fields.
 */
import { z } from 'zod';
import { openDataSchemas, type OpenDataFile } from '../schemas/open-data.ts';
import { csvText } from './open-data.ts';

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  anyOf?: JsonSchema[];
  items?: JsonSchema;
  description?: string;
};

/** The object schema inside a nullable or union schema, if any. */
const objectOf = (s: JsonSchema): JsonSchema | undefined => (s.properties ? s : s.anyOf?.find((x) => x.properties));

/** Dotted column names for every scalar or list field; objects are opened up, lists stay one column. */
function columns(s: JsonSchema, prefix = ''): string[] {
  return Object.entries(s.properties ?? {}).flatMap(([key, sub]) => {
    const obj = objectOf(sub);
    return obj && !sub.items ? columns(obj, `${prefix}${key}.`) : [`${prefix}${key}`];
  });
}

type Row = Record<string, string | number | boolean | undefined>;
/** How a list of objects reads in one cell; other lists are their values joined. */
const LISTS: Record<string, (o: Row) => string> = {
  declarations: (o) => `${o.person}${o.item ? ` (item ${o.item})` : ''}: ${o.interest}`,
  documents: (o) => (o.url ? `${o.title} <${o.url}>` : `${o.title} (${o.withheld ? 'withheld' : 'not yet published'})`),
  backgroundPapers: (o) =>
    o.url
      ? `${o.title} <${o.url}>`
      : o.inspectionUntil
        ? `${o.title} (for inspection until ${o.inspectionUntil})`
        : `${o.title} (withheld)`,
  items: (o) => `${o.item}. ${o.title}${o.exempt ? ' (in private)' : ''}`,
  attendance: (o) => `${o.person}: ${o.status}${o.for ? ` for ${o.for}` : ''}`,
  revisions: (o) => `${o.date}: ${o.change}`,
  duties: (o) =>
    `${o.id}: ${o.status}${typeof o.margin === 'number' ? ` (${o.margin >= 0 ? `${o.margin} to spare` : `${-o.margin} late`})` : ''}`,
};

/** A number stays a number (csvCell writes it bare); everything else becomes text. */
function cell(column: string, value: unknown): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value;
  if (Array.isArray(value)) {
    const render = LISTS[column];
    return value
      .map((v) => (v !== null && typeof v === 'object' ? (render ? render(v as Row) : JSON.stringify(v)) : String(v)))
      .join('; ');
  }
  // What is left is a string or a boolean.
  return typeof value === 'object' ? JSON.stringify(value) : `${value as string | boolean}`;
}

const at = (record: unknown, path: string) =>
  path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Row)[k] : undefined), record);

export function toCsv(file: OpenDataFile, records: unknown[]): string {
  const schema = z.toJSONSchema(openDataSchemas[file]) as JsonSchema;
  const cols = columns(schema.items!);
  return csvText([cols, ...records.map((r) => cols.map((c) => cell(c, at(r, c))))]);
}

export interface FieldDescription {
  name: string;
  description?: string;
}

/** The fields of a JSON file's records, with their descriptions, for the open data page. */
export function fieldsOf(file: OpenDataFile): FieldDescription[] {
  const schema = z.toJSONSchema(openDataSchemas[file]) as JsonSchema;
  const record = schema.items ?? schema;
  return Object.entries(record.properties ?? {}).map(([name, s]) => {
    const inner = objectOf(s) ?? (s.items ? objectOf(s.items) : undefined);
    const sub = inner?.properties ? Object.keys(inner.properties) : [];
    const description = s.description ?? s.anyOf?.find((x) => x.description)?.description;
    return {
      name,
      description:
        [description, sub.length ? `Fields: ${sub.join(', ')}.` : undefined]
          .filter(Boolean)
          .join('. ')
          .replace(/\.\./g, '.') || undefined,
    };
  });
}
