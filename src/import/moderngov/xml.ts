/**
 * Reading the ModernGov web service's XML (mgWebService.asmx): the parser, and the helpers for
 * its text, flags, numbers and dates. Pure: no network, no files.
 */
import { XMLParser } from 'fast-xml-parser';
import { decodeHTMLStrict } from 'entities';
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
  // Installs differ in case (`<IsRestricted>`, `<isrestricted>`): every name is read in lower case.
  transformTagName: (name) => name.toLowerCase(),
  transformAttributeName: (name) => name.toLowerCase(),
  isArray: (name) => LISTS.has(name.toLowerCase()),
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
  const found = doc[root.toLowerCase()];
  const value: unknown = Array.isArray(found) ? (found[0] as unknown) : found;
  if (value === undefined) {
    const found = names.length ? `<${names[0]}>` : 'no element';
    throw new NotModernGov(
      `${what}: found ${found} where a ModernGov web service answer has <${root}>; check that --site is the address of the council's ModernGov site (the folder holding mgWebService.asmx)`,
    );
  }
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

/** Named child elements, always as a list. Names are matched in any case. */
export function list(node: unknown, ...names: string[]): Record<string, unknown>[] {
  const path = names.map((n) => n.toLowerCase());
  let cur: unknown = node;
  for (const p of path.slice(0, -1))
    cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[p] : undefined;
  const last = path[path.length - 1];
  const v = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[last] : undefined;
  const arr = v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v];
  return arr.filter((x): x is Record<string, unknown> => Boolean(x) && typeof x === 'object');
}

/** A child element or attribute (`@name`) by name, in any case. */
function child(node: unknown, name: string): unknown {
  return node && typeof node === 'object' ? (node as Record<string, unknown>)[name.toLowerCase()] : undefined;
}

/**
 * An element's text, with entities the source escaped twice (`&amp;#39;` arrives as `&#39;` after
 * the XML parser) decoded once more; empty elements and missing ones give ''.
 */
export function text(node: unknown, name: string): string {
  return decodeEntities(raw(child(node, name))).trim();
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
  return raw(child(node, name)).trim();
}

/** An attribute's text. */
export const attr = (node: unknown, name: string) => text(node, `@${name}`);

/**
 * Decodes the HTML entities left in a text (the second of the source's two escapings): every
 * named entity of HTML (`&eacute;`, `&nbsp;`, `&rsquo;`) and numeric ones, each once, so
 * `&amp;lt;` gives `&lt;`. Only entities ending in `;` are read: "R&D" and "A&E" stay as written.
 */
export function decodeEntities(s: string): string {
  return s.includes('&') ? decodeHTMLStrict(s) : s;
}

/** One line of plain text: tags dropped, entities decoded, spaces collapsed. */
export function plainLine(s: string): string {
  return decodeEntities(s.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

const TRUE = new Set(['true', 'yes', '1']);
const FALSE = new Set(['false', 'no', '0']);

/**
 * A flag as the source writes it: `True`/`False`, `1`/`0` or `yes`/`no`, in any case, with spaces
 * around; undefined when the element is missing or holds anything else.
 */
export function flagValue(node: unknown, name: string): boolean | undefined {
  const v = text(node, name).toLowerCase();
  if (TRUE.has(v)) return true;
  if (FALSE.has(v)) return false;
  return undefined;
}

/** A flag (see flagValue); missing or unreadable is `fallback`. */
export function flag(node: unknown, name: string, fallback = false): boolean {
  return flagValue(node, name) ?? fallback;
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

const CLOCK = /^(\d{1,2})(?:[.:](\d{2}))?(?::\d{2})?\s*(a\.?\s?m\b\.?|p\.?\s?m\b\.?|noon|midday|hrs?\b\.?|hours)?$/;

/** One time: `HH:MM`, with the half of the day the source names; undefined when it is not one. */
function clock(t: string, otherHalf?: 'am' | 'pm'): { time: string; half?: 'am' | 'pm' } | undefined {
  const compact = /^(\d{2})(\d{2})\s*(?:hrs?\b\.?|hours)$/.exec(t);
  const m = compact ? [t, compact[1], compact[2], 'hrs'] : CLOCK.exec(t);
  if (!m) return undefined;
  let h = +m[1];
  const min = m[2] ? +m[2] : 0;
  const word = m[3]?.replace(/[.\s]/g, '');
  const half = word === 'am' || word === 'pm' ? word : undefined;
  if (word === 'noon' || word === 'midday') return h === 12 && min === 0 ? { time: '12:00' } : undefined;
  if (!word && !m[2]) return undefined;
  if (half && (h < 1 || h > 12)) return undefined;
  // "6.30 - 8.30 pm": the start takes the end's half of the day when that fits.
  const useHalf = half ?? (otherHalf === 'pm' && h < 12 ? 'pm' : undefined);
  if (useHalf === 'pm' && h < 12) h += 12;
  if (useHalf === 'am' && h === 12) h = 0;
  if (h > 23 || min > 59) return undefined;
  return { time: `${pad(h)}:${pad(min)}`, half };
}

/**
 * A time as the source writes it (`10.00 am`, `2.30 p.m.`, `14:00`, `19.00 hrs`, `12 noon`, the
 * start of a range such as `6.30 pm - 8.30 pm`, or the time part of `dd/mm/yyyy hh:mm`) as
 * `HH:MM`, London local time as the source gives it; undefined for anything else.
 */
export function timeOfDay(s: string): string | undefined {
  let t = s.trim().toLowerCase().replace(/\s+/g, ' ');
  const withDate = /^\d{1,2}\/\d{1,2}\/\d{4}\s+(.*)$/.exec(t);
  if (withDate) t = withDate[1];
  if (t === 'noon' || t === 'midday') return '12:00';
  const range = /^(.+?)\s*(?:-|–|—|\bto\b|\buntil\b)\s*(.+)$/.exec(t);
  if (!range) return clock(t)?.time;
  const end = clock(range[2]);
  if (!end) return undefined;
  const start = clock(range[1], end.half);
  if (!start) return undefined;
  // A start after the end ("11.30 - 1.00 pm" read as 23:30) is taken without the end's half.
  return start.time > end.time && !start.half ? clock(range[1])?.time : start.time;
}

/** `YYYY-MM-DD` as the `dd/mm/yyyy` the web service expects. */
export function ukFromCivil(date: string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}
