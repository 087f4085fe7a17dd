/**
 * The second lock on the door: finds withheld text in the files of a built site, after the
 * publication model has already kept it out. Withheld text is each exempt decision's body, each
 * exempt agenda item's summary and minute, and every string field and the body of a draft or
 * embargoed meeting, forward-plan entry, decision or page.
 *
 * Text is compared as runs of lower-case words, so markup, entities, escapes and line folding in
 * any output format do not hide it, and punctuation the site adds (curly quotes, £, commas) does
 * not matter. A run that also occurs in public content is not evidence of a leak and is dropped.
 * Pure: the caller reads the files.
 */
import { gunzipSync } from 'node:zlib';
import type { Content } from '../domain/content.ts';
import { exemptDescription, exemptWording } from '../domain/exempt.ts';
import { isPublic } from '../domain/visibility.ts';

/** A withheld text and where it comes from. */
export interface WithheldText {
  /** The entry's file, relative to the content root. */
  file: string;
  /** Dotted field path (`agenda.1.minute`), or `body`. */
  field: string;
  text: string;
}

/** Withheld text found in an output file. */
export interface Finding {
  file: string;
  field: string;
  /** The output file, relative to the site folder. */
  output: string;
}

/** Runs are this many words long, or the whole field when shorter. */
export const RUN_WORDS = 8;
/** Shorter fields ("Reasons.", "None.") are too common to tell a leak from coincidence. */
export const MIN_WORDS = 4;

/** Which UTF-16 code units are letters or digits (\p{L} or \p{N}); surrogates are looked at in pairs. */
const WORD_UNIT = (() => {
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (/[\p{L}\p{N}]/u.test(String.fromCharCode(c))) table[c] = 1;
  return table;
})();

/** Lower-case words: letters and digits; everything else separates. */
export function words(text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    let word = WORD_UNIT[c] === 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < lower.length) {
      // A character outside the first plane: a letter or digit takes both units.
      word = /^[\p{L}\p{N}]$/u.test(lower.slice(i, i + 2));
      if (word) {
        if (start < 0) start = i;
        i++;
        continue;
      }
    }
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(lower.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) out.push(lower.slice(start));
  return out;
}

function strings(value: unknown, path: string, out: { field: string; text: string }[]): void {
  if (typeof value === 'string') out.push({ field: path, text: value });
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, path ? `${path}.${i}` : String(i), out));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) strings(v, path ? `${path}.${k}` : k, out);
  }
}

const GATED = ['meetings', 'forwardPlan', 'decisions', 'pages'] as const;

/** Withheld texts of a content root at a build date, and the public texts they are told apart from. */
export function withheldTexts(content: Content, buildDate: string): { withheld: WithheldText[]; public: string[] } {
  const withheld: WithheldText[] = [];
  const pub: string[] = [];
  // A public entry's id is public too: it is in its address, and a draft may refer to it.
  const publicStrings = (id: string, data: unknown, body?: string) => {
    const found: { field: string; text: string }[] = [];
    strings(data, '', found);
    pub.push(id, ...found.map((s) => s.text));
    if (body) pub.push(body);
  };
  for (const name of GATED) {
    for (const e of content[name]) {
      if (!isPublic(e.data, buildDate)) {
        const found: { field: string; text: string }[] = [];
        strings(e.data, '', found);
        if (e.body) found.push({ field: 'body', text: e.body });
        withheld.push(...found.map((s) => ({ file: e.file, ...s })));
      } else if (name === 'decisions' && 'exempt' in e.data && e.data.exempt) {
        if (e.body) withheld.push({ file: e.file, field: 'body', text: e.body });
        publicStrings(e.id, e.data);
      } else if (name === 'meetings' && 'agenda' in e.data) {
        const agenda = e.data.agenda.map((item, i) => {
          if (!item.exempt) return item;
          for (const key of ['summary', 'minute'] as const) {
            const text = item[key];
            if (text) withheld.push({ file: e.file, field: `agenda.${i}.${key}`, text });
          }
          return { ...item, summary: undefined, minute: undefined };
        });
        publicStrings(e.id, { ...e.data, agenda }, e.body);
      } else publicStrings(e.id, e.data, e.body);
    }
  }
  for (const e of [content.site, ...content.bodies, ...content.people, ...content.budgets])
    publicStrings(e.id, e.data, e.body);
  for (const table of content.tables.values()) pub.push(...table.rows.map((row) => row.join(' ')));
  // The site's own wording for withheld matters, which a publisher may well repeat in withheld text.
  for (let p = 1; p <= 7; p++) pub.push(exemptWording([p]), ...exemptDescription([p]));
  return { withheld, public: pub };
}

/**
 * A function that lists the withheld texts whose words appear in an output file's text views.
 * Each withheld text of at least MIN_WORDS words is cut into runs of RUN_WORDS words (or its
 * whole length, when shorter); runs that also occur in public texts are dropped.
 */
export function withheldFinder(
  withheld: WithheldText[],
  publicTexts: string[],
): (output: string, views: string[]) => Finding[] {
  const runs = new Map<string, WithheldText[]>();
  const lengths = new Set<number>();
  for (const w of withheld) {
    const ws = words(w.text);
    if (ws.length < MIN_WORDS) continue;
    const n = Math.min(RUN_WORDS, ws.length);
    lengths.add(n);
    for (let i = 0; i + n <= ws.length; i++) {
      const key = ws.slice(i, i + n).join(' ');
      const list = runs.get(key) ?? [];
      if (!list.includes(w)) list.push(w);
      runs.set(key, list);
    }
  }
  const matcher = runMatcher(runs.keys(), lengths);
  for (const text of publicTexts) for (const key of matcher(words(text))) runs.delete(key);
  // Only runs still withheld are looked for in the output.
  const find = runMatcher(runs.keys(), lengths);

  return (output, views) => {
    const hits = new Set<WithheldText>();
    for (const view of views) for (const key of find(words(view))) for (const w of runs.get(key) ?? []) hits.add(w);
    return [...hits].map((w) => ({ file: w.file, field: w.field, output }));
  };
}

/**
 * Finds which of the runs (word sequences joined by spaces) occur in a list of words. A site has
 * millions of word positions and most hold a word no run has, so each position is first tested
 * cheaply: every word of the window must be a run word, and a number worked out from the words'
 * numbers must be one a run gives. Only then is the window joined and compared as text.
 */
function runMatcher(keys: Iterable<string>, lengths: Set<number>): (ws: string[]) => string[] {
  const ids = new Map<string, number>();
  const hashes = new Set<number>();
  const id = (w: string) => {
    let n = ids.get(w);
    if (n === undefined) ids.set(w, (n = ids.size + 1));
    return n;
  };
  const hash = (seq: ArrayLike<number>, from: number, n: number) => {
    let h = 0;
    for (let k = from; k < from + n; k++) h = (Math.imul(h, 0x01000193) + seq[k]) | 0;
    return h;
  };
  for (const key of keys) {
    const seq = key.split(' ').map(id);
    hashes.add(hash(seq, 0, seq.length));
  }
  return (ws) => {
    const found: string[] = [];
    if (!hashes.size) return found;
    // seq[i] is the word's number, or 0 for a word no run has; streak[i] counts run words ending at i.
    const seq = new Int32Array(ws.length);
    const streak = new Int32Array(ws.length);
    for (let i = 0; i < ws.length; i++) {
      seq[i] = ids.get(ws[i]) ?? 0;
      streak[i] = seq[i] ? (i ? streak[i - 1] : 0) + 1 : 0;
    }
    for (const n of lengths)
      for (let end = n - 1; end < ws.length; end++) {
        if (streak[end] < n || !hashes.has(hash(seq, end - n + 1, n))) continue;
        found.push(ws.slice(end - n + 1, end + 1).join(' '));
      }
    return found;
  };
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** HTML and XML character references; unknown named ones become a space, never letters. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (_, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
    }
    return NAMED[ref.toLowerCase()] ?? ' ';
  });
}

/** JSON, JavaScript and iCalendar backslash escapes: \u00e9, \n, \, and \; */
export function unescapeBackslashes(text: string): string {
  return text.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, e: string) => {
    if (e.length === 5) return String.fromCharCode(parseInt(e.slice(1), 16));
    return /[nrtNbf]/.test(e) ? ' ' : e;
  });
}

/** iCalendar folds long lines with CRLF and one space or tab, which may fall inside a word. */
export function unfoldIcs(text: string): string {
  return text.replace(/\r?\n[ \t]/g, '');
}

// A tag starts with a letter, / or ! straight after the <, so "a < b" in decoded text is not one.
// Inline tags may sit inside a word (Markdown emphasis) and go without a trace; others end a word.
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
]);
const stripTags = (text: string) =>
  text.replace(/<\/?([a-z!][a-z0-9-]*)[^<>]*>/gi, (_, name: string) => (INLINE.has(name.toLowerCase()) ? '' : ' '));

/**
 * The texts to search in one output file. Gzip streams (Pagefind's index) are decompressed and
 * lose Pagefind's `pagefind_dcd` prefix. Each file is searched with its tags in place, so
 * attribute values count; with tags replaced by spaces, so words either side of inline markup
 * stay one run; and with escaped markup (the HTML inside a feed's description) removed as well.
 */
export function outputViews(path: string, bytes: Uint8Array): string[] {
  const gzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
  let text: string;
  try {
    // Capped, so a paper that is a gzip bomb cannot exhaust memory; anything that fails to inflate is read as it is.
    text = gzip
      ? gunzipSync(bytes, { maxOutputLength: 256 * 1024 * 1024 })
          .toString('utf8')
          .replace(/^pagefind_dcd/, '')
      : Buffer.from(bytes).toString('utf8');
  } catch {
    text = Buffer.from(bytes).toString('latin1');
  }
  if (/\.ics$/i.test(path)) text = unfoldIcs(text);
  text = unescapeBackslashes(text);
  const views = new Set([
    decodeEntities(decodeEntities(text)),
    decodeEntities(stripTags(text)),
    decodeEntities(stripTags(decodeEntities(stripTags(text)))),
  ]);
  return [...views];
}
