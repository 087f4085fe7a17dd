/**
 * Reading the ModernGov web service's XML (mgWebService.asmx): the parser, and the helpers for
 * its text, flags, numbers and dates. Pure: no network, no files.
 */
import { XMLParser } from 'fast-xml-parser';
import { isRealDate } from '../../schemas/common.ts';

/** Elements that may appear once or many times: always read as lists. */
const LISTS = new Set([
  'committee',
  'meeting',
  'agendaitem',
  'linkeddoc',
  'attendee',
  'ward',
  'councillor',
  'termofoffice',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  // Keep every value as text: "0012" and "True" are the source's words, read by the helpers below.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => LISTS.has(name),
  processEntities: true,
  htmlEntities: false,
});

/** A node of the parsed XML: text, or an object of child elements and @attributes. */
export type Node = string | { [name: string]: unknown };

export class NotModernGov extends Error {}

/**
 * Parses a web service answer and returns its root element, refusing anything that is not the
 * ModernGov answer expected (an HTML error page, a firewall's page, another service's XML).
 */
export function parseAnswer(xml: string, root: string, what: string): Record<string, unknown> {
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(xml, true) as Record<string, unknown>;
  } catch (err) {
    throw new NotModernGov(`${what}: the answer is not XML (${(err as Error).message.split('\n')[0]})`);
  }
  const names = Object.keys(doc).filter((k) => !k.startsWith('?'));
  const found = doc[root];
  const value: unknown = Array.isArray(found) ? (found[0] as unknown) : found;
  if (value === undefined) {
    const found = names.length ? `<${names[0]}>` : 'no element';
    throw new NotModernGov(
      `${what}: found ${found} where a ModernGov web service answer has <${root}>; check that --site is the address of the council's ModernGov site (the folder holding mgWebService.asmx)`,
    );
  }
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

/** Named child elements, always as a list. */
export function list(node: unknown, ...path: string[]): Record<string, unknown>[] {
  let cur: unknown = node;
  for (const p of path.slice(0, -1))
    cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[p] : undefined;
  const last = path[path.length - 1];
  const v = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[last] : undefined;
  const arr = v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v];
  return arr.filter((x): x is Record<string, unknown> => Boolean(x) && typeof x === 'object');
}

/**
 * An element's text, with entities the source escaped twice (`&amp;#39;` arrives as `&#39;` after
 * the XML parser) decoded once more; empty elements and missing ones give ''.
 */
export function text(node: unknown, name: string): string {
  const v = node && typeof node === 'object' ? (node as Record<string, unknown>)[name] : undefined;
  return decodeEntities(raw(v)).trim();
}

function raw(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return raw(v[0]);
  if (typeof v === 'object' && '#text' in v) return raw((v as Record<string, unknown>)['#text']);
  return '';
}

/** An element's text as the XML holds it, without the second decoding: for HTML (html.ts decodes it). */
export function rawText(node: unknown, name: string): string {
  const v = node && typeof node === 'object' ? (node as Record<string, unknown>)[name] : undefined;
  return raw(v).trim();
}

/** An attribute's text. */
export const attr = (node: unknown, name: string) => text(node, `@${name}`);

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  pound: '£',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
};

/** Decodes the HTML entities left in a text (the second of the source's two escapings). */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return NAMED[e.toLowerCase()] ?? m;
  });
}

/** One line of plain text: tags dropped, entities decoded, spaces collapsed. */
export function plainLine(s: string): string {
  return decodeEntities(s.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** The source's `True`/`False` (any case); missing or anything else is `fallback`. */
export function flag(node: unknown, name: string, fallback = false): boolean {
  const v = text(node, name).toLowerCase();
  if (v === 'true') return true;
  if (v === 'false') return false;
  return fallback;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A `dd/mm/yyyy` date (optionally followed by a time, which is ignored here) as `YYYY-MM-DD`;
 * undefined for an empty value, `unspecified` or anything that is not a real date.
 */
export function civilFromUk(s: string): string | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s|$)/.exec(s.trim());
  if (!m) return undefined;
  const [d, mo, y] = [+m[1], +m[2], +m[3]];
  return isRealDate(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : undefined;
}

/**
 * A time as the source writes it (`10.00 am`, `2.30pm`, `14:00`, `noon`, or the time part of
 * `dd/mm/yyyy hh:mm`) as `HH:MM`, London local time as the source gives it; undefined if none.
 */
export function timeOfDay(s: string): string | undefined {
  let t = s.trim().toLowerCase();
  const withDate = /^\d{1,2}\/\d{1,2}\/\d{4}\s+(.*)$/.exec(t);
  if (withDate) t = withDate[1];
  if (t === 'noon' || t === '12 noon' || t === 'midday') return '12:00';
  const m = /^(\d{1,2})(?:[.:](\d{2}))?(?::\d{2})?\s*(am|pm|a\.m\.|p\.m\.)?$/.exec(t);
  if (!m) return undefined;
  let h = +m[1];
  const min = m[2] ? +m[2] : 0;
  const half = m[3]?.replace(/\./g, '');
  if (!half && !m[2]) return undefined;
  if (half === 'pm' && h < 12) h += 12;
  if (half === 'am' && h === 12) h = 0;
  if (h > 23 || min > 59) return undefined;
  return `${pad(h)}:${pad(min)}`;
}

/** `YYYY-MM-DD` as the `dd/mm/yyyy` the web service expects. */
export function ukFromCivil(date: string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}
