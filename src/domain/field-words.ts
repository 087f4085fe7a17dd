/**
 * A problem's field in a clerk's words: `agenda.3.decisions.0` is "agenda item 9, decisions, 1st
 * entry", the agenda item named by the number printed on the agenda, not by its place in the list.
 * Pure: it reads the file's data (as written, or as parsed) to find those numbers and names.
 */
import type { Problem } from './problems.ts';

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st ... */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10];
  return `${n}${suffix ?? 'th'}`;
}

const record = (v: unknown): Record<string, unknown> | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

/** An id worth printing: short, and in the form ids take. */
const idText = (v: unknown): string | undefined =>
  (typeof v === 'string' && /^[a-z0-9][a-z0-9-]{0,79}$/.test(v)) || (typeof v === 'number' && Number.isSafeInteger(v))
    ? String(v)
    : undefined;

/** A title worth printing, in quotes and cut short. */
const titleText = (v: unknown): string | undefined => {
  if (typeof v !== 'string' || !v.trim()) return undefined;
  const t = v.trim().replace(/\s+/g, ' ');
  return JSON.stringify(t.length > 60 ? `${t.slice(0, 57)}...` : t);
};

/** An agenda item number as printed: 5 or "5a". */
const itemNumber = (v: unknown): string | undefined =>
  (typeof v === 'number' && Number.isInteger(v) && v >= 0) || (typeof v === 'string' && /^\d+[a-z]?$/.test(v))
    ? String(v)
    : undefined;

/**
 * How an entry of a list is named, by the list's field name: the entry's own number, id or title
 * where it has one, else undefined (then it is the list's nth entry).
 */
const NAMERS: Record<string, (entry: Record<string, unknown>) => string | undefined> = {
  agenda: (e) => (itemNumber(e.item) ? `agenda item ${itemNumber(e.item)}` : undefined),
  attendance: (e) => (idText(e.person) ? `attendance of ${idText(e.person)}` : undefined),
  declarations: (e) => (idText(e.person) ? `declaration by ${idText(e.person)}` : undefined),
  members: (e) => (idText(e.person) ? `member ${idText(e.person)}` : undefined),
  delegations: (e) => (idText(e.id) ? `delegation ${idText(e.id)}` : undefined),
  partners: (e) => (idText(e.id) ? `partner ${idText(e.id)}` : undefined),
  years: (e) => (typeof e.year === 'string' && /^\d{4}-\d{2}$/.test(e.year) ? `year ${e.year}` : undefined),
  revisions: (e) =>
    typeof e.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(e.date) ? `revision of ${e.date}` : undefined,
  documents: (e) =>
    titleText(e.title)
      ? `document ${titleText(e.title)}`
      : typeof e.file === 'string' && e.file
        ? `document ${e.file}`
        : undefined,
  backgroundPapers: (e) => (titleText(e.title) ? `background paper ${titleText(e.title)}` : undefined),
};

/** When an entry has no name of its own: "the 4th agenda item" rather than "agenda, 4th entry". */
const UNNAMED: Record<string, string> = {
  agenda: 'agenda item',
  documents: 'document',
  backgroundPapers: 'background paper',
  declarations: 'declaration',
  revisions: 'revision',
  delegations: 'delegation',
  years: 'year',
  quorum: 'quorum condition',
};

/**
 * The field at a dotted path in a clerk's words, with the data of the file it is in. A field name
 * stays as it is written in the file; an entry of a list is named by its item number, person, id
 * or title where it has one, else counted (1st, 2nd ...) as the clerk reads the file, from one.
 * '' (the whole file) stays ''.
 */
export function fieldInWords(field: string, data: unknown): string {
  if (!field) return '';
  const parts: string[] = [];
  let value: unknown = data;
  const segments = field.split('.');
  for (let i = 0; i < segments.length; i++) {
    const key = segments[i];
    const next = segments[i + 1];
    const list = record(value)?.[key];
    if (next !== undefined && /^\d+$/.test(next) && (Array.isArray(list) || list === undefined)) {
      // key is a list and next an index into it: one phrase for both.
      const index = Number(next);
      const entry: unknown = Array.isArray(list) ? (list as unknown[])[index] : undefined;
      const named = record(entry) && NAMERS[key]?.(record(entry)!);
      parts.push(
        named || (UNNAMED[key] ? `the ${ordinal(index + 1)} ${UNNAMED[key]}` : `${key}, ${ordinal(index + 1)} entry`),
      );
      value = entry;
      i++;
      continue;
    }
    parts.push(key);
    value = record(value)?.[key];
  }
  return parts.join(', ');
}

/**
 * Each problem with its field in words (`place`), from the data of the file it names; a problem
 * whose field names no entry of a list, or whose file is not known, is left as it is.
 */
export function placeProblems(problems: Problem[], dataOf: (file: string) => unknown): Problem[] {
  return problems.map((p) => {
    // A path with no list in it reads as written (urgency.kind); only list entries need naming.
    if (!/(^|\.)\d+(\.|$)/.test(p.field) || p.place) return p;
    const data = dataOf(p.file);
    if (data === undefined) return p;
    const place = fieldInWords(p.field, data);
    return place && place !== p.field ? { ...p, place } : p;
  });
}

/** A lookup of each entry's data by its file, for placeProblems. */
export function dataByFile(lists: Iterable<{ file: string; data: unknown }>[]): (file: string) => unknown {
  const map = new Map<string, unknown>();
  for (const list of lists) for (const e of list) map.set(e.file, e.data);
  return (file) => map.get(file);
}
