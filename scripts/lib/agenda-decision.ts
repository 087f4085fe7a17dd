/**
 * npm run new -- decision --meeting <id> --item <n>: the new decision's id added to the decisions
 * of that agenda item in the meeting file, so the meeting page links to it. Only the front matter
 * is read as YAML (the yaml package's Document, which knows where each value is written), and
 * only the few characters of the list are changed: comments, quotes, layout and the Markdown
 * body stay byte for byte as they were.
 */
import YAML from 'yaml';
import { isDeepStrictEqual } from 'node:util';

/** A line that is exactly `---`, trailing spaces or tabs allowed (as the reader takes it). */
const FENCE = /^---[ \t]*\r?$/;

/** Where the front matter of a Markdown file is: from the end of the opening fence to the start of the closing one. */
function frontMatterRange(text: string): { start: number; end: number } | undefined {
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const firstEnd = text.indexOf('\n', bom);
  if (firstEnd < 0 || !FENCE.test(text.slice(bom, firstEnd))) return undefined;
  let at = firstEnd + 1;
  while (at <= text.length) {
    const next = text.indexOf('\n', at);
    const line = text.slice(at, next < 0 ? text.length : next);
    if (FENCE.test(line)) return { start: firstEnd + 1, end: at };
    if (next < 0) return undefined;
    at = next + 1;
  }
  return undefined;
}

const lineStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;
const lineEnd = (text: string, at: number) => {
  const n = text.indexOf('\n', at);
  return n < 0 ? text.length : n > 0 && text[n - 1] === '\r' ? n - 1 : n;
};

/** The id as YAML writes it in a list: plain where it reads back as that text, else in quotes. */
function written(id: string): string {
  return YAML.parse(id) === id ? id : JSON.stringify(id);
}

/** The front matter with `id` added to the decisions of agenda entry `index`, by splicing its text; undefined where its layout is not one handled. */
function splice(front: string, doc: YAML.Document, index: number, id: string): string | undefined {
  const agenda = doc.get('agenda', true);
  if (!YAML.isSeq(agenda)) return undefined;
  const item = agenda.items[index];
  if (!YAML.isMap(item) || !item.range) return undefined;
  const newline = front.includes('\r\n') ? '\r\n' : '\n';
  const list = item.get('decisions', true);
  if (YAML.isSeq(list) && list.range) {
    if (list.flow) {
      // [a] or [ a, b ]: the id before the closing bracket, keeping the spacing inside it.
      const text = front.slice(list.range[0], list.range[1]);
      const close = /\s*\]$/.exec(text);
      if (!close) return undefined;
      const at = list.range[0] + close.index;
      return `${front.slice(0, at)}${list.items.length ? ', ' : ''}${written(id)}${front.slice(at)}`;
    }
    // A block list: a line like the last entry's, after it.
    const last = list.items.at(-1);
    if (!YAML.isScalar(last) || !last.range) return undefined;
    const start = lineStart(front, last.range[0]);
    const dash = /^(\s*)- /.exec(front.slice(start, last.range[0]));
    if (!dash) return undefined;
    const end = lineEnd(front, last.range[1]);
    return `${front.slice(0, end)}${newline}${dash[1]}- ${written(id)}${front.slice(end)}`;
  }
  if (list !== undefined) return undefined;
  if (item.flow) {
    // { item: 4, title: X }: the field before the closing brace.
    const text = front.slice(item.range[0], item.range[1]);
    const close = /\s*\}$/.exec(text);
    if (!close) return undefined;
    const at = item.range[0] + close.index;
    return `${front.slice(0, at)}, decisions: [${written(id)}]${front.slice(at)}`;
  }
  // No decisions yet: a line after the field that says which item it holds (forwardPlan, else the title), at its indent.
  const pair = ['forwardPlan', 'title', 'item']
    .map((k) => item.items.find((p) => YAML.isScalar(p.key) && p.key.value === k))
    .find((p) => p && YAML.isScalar(p.key) && YAML.isScalar(p.value) && p.value.range);
  if (!pair || !YAML.isScalar(pair.key) || !pair.key.range || !YAML.isScalar(pair.value)) return undefined;
  const value = pair.value;
  // A block scalar (| or >) runs on over the lines below: not a place to add a line after.
  if (value.type === 'BLOCK_LITERAL' || value.type === 'BLOCK_FOLDED') return undefined;
  const keyAt = pair.key.range[0];
  const indent = ' '.repeat(keyAt - lineStart(front, keyAt));
  const end = lineEnd(front, value.range![1]);
  return `${front.slice(0, end)}${newline}${indent}decisions: [${written(id)}]${front.slice(end)}`;
}

export interface AgendaChange {
  /** The file's text after the change; the same text when nothing changed. */
  text: string;
  changed: boolean;
}

/**
 * The meeting file's text with `id` in the decisions of agenda entry `index` (its place in the
 * agenda list, from 0). Unchanged when the item already lists the id. Throws when the file has no
 * front matter or no such agenda entry.
 */
export function addDecisionToItem(text: string, index: number, id: string): AgendaChange {
  const range = frontMatterRange(text);
  if (!range) throw new Error('expected front matter between lines that are exactly ---');
  const front = text.slice(range.start, range.end);
  const doc = YAML.parseDocument(front);
  if (doc.errors.length) throw new Error(`expected front matter that parses as YAML (${doc.errors[0].message})`);
  const before = doc.toJS() as { agenda?: { decisions?: unknown[] }[] };
  const entry = before?.agenda?.[index];
  if (!entry || typeof entry !== 'object') throw new Error(`expected an agenda entry at place ${index + 1}`);
  // An id written without quotes may be read as a number (1241): it is the same id.
  if ((entry.decisions ?? []).some((d) => String(d) === id)) return { text, changed: false };
  const expected = structuredClone(before);
  const target = expected.agenda![index];
  target.decisions = [...(target.decisions ?? []), id];
  const sameAsExpected = (candidate: string) => isDeepStrictEqual(YAML.parse(candidate), expected);
  let after = splice(front, doc, index, id);
  if (after === undefined || !sameAsExpected(after)) {
    // A layout the splice does not handle: the Document written again, comments kept.
    const again = YAML.parseDocument(front);
    const path = ['agenda', index, 'decisions'];
    try {
      if (again.getIn(path) == null) again.setIn(path, again.createNode([id], { flow: true }));
      else again.addIn(path, id);
      after = again.toString({ lineWidth: 0 });
    } catch {
      after = undefined;
    }
    if (after === undefined || !sameAsExpected(after))
      throw new Error(`expected the decisions of the agenda entry at place ${index + 1} to be a list`);
  }
  return { text: `${text.slice(0, range.start)}${after}${text.slice(range.end)}`, changed: true };
}
