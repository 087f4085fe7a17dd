/**
 * Text files as the reader takes them: size limits, UTF-8 only, YAML with no duplicate keys
 * or alias bombs, and front matter fenced by lines that are exactly `---`.
 */
import { readFileSync, statSync } from 'node:fs';
import { isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import { type Problem, describe } from '../domain/problems.ts';
import { isPlainDigits, type NumberText } from '../domain/number-ids.ts';

/** Largest entry, table or settings file. */
export const MAX_TEXT_BYTES = 5 * 1024 * 1024;

/** Offset of the first byte that is not valid UTF-8, or -1. */
export function invalidUtf8At(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    const n = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (n < 0 || i + n >= bytes.length) return i;
    for (let k = 1; k <= n; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    // Overlong forms, surrogates and code points past U+10FFFF.
    if (
      (b === 0xe0 && bytes[i + 1] < 0xa0) ||
      (b === 0xed && bytes[i + 1] > 0x9f) ||
      (b === 0xf0 && bytes[i + 1] < 0x90) ||
      (b === 0xf4 && bytes[i + 1] > 0x8f)
    )
      return i;
    i += n + 1;
  }
  return -1;
}

/** A text file as UTF-8, or undefined with a problem naming the line where it is not. */
export function readText(path: string, file: string, problems: Problem[]): string | undefined {
  let bytes: Buffer;
  try {
    const size = statSync(path).size;
    if (size > MAX_TEXT_BYTES) {
      problems.push({
        file,
        field: '',
        found: `a file of ${(size / 1024 / 1024).toFixed(1)} MB`,
        expected: `at most ${MAX_TEXT_BYTES / 1024 / 1024} MB for an entry, table or settings file (put long material in a paper under documents/)`,
      });
      return undefined;
    }
    bytes = readFileSync(path);
  } catch (e) {
    problems.push({
      file,
      field: '',
      found: `a file that cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
      expected: 'a readable file',
    });
    return undefined;
  }
  const bad = invalidUtf8At(bytes);
  if (bad >= 0) {
    const line = bytes.subarray(0, bad).filter((c) => c === 0x0a).length + 1;
    problems.push({
      file,
      field: '',
      found: `text that is not UTF-8 at line ${line} (byte 0x${bytes[bad].toString(16).padStart(2, '0')}, as Windows-1252 or Latin-1 editors write)`,
      expected: 'a file saved as UTF-8 (in your editor: Save as, Encoding: UTF-8)',
    });
    return undefined;
  }
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

/**
 * The numbers of a YAML document whose text as written is not just the digits of the value YAML
 * read (`012` read as 12, `1e3` as 1000, `1.50` as 1.5, `-3`), each at its path in the data.
 */
function numberTexts(node: unknown, path: (string | number)[], out: NumberText[]): void {
  if (isScalar(node)) {
    if (typeof node.value === 'number' && node.source !== undefined && !isPlainDigits(node.source, node.value))
      out.push({ path, text: node.source });
  } else if (isSeq(node)) node.items.forEach((item, i) => numberTexts(item, [...path, i], out));
  else if (isMap(node))
    for (const pair of node.items)
      if (isPair(pair) && isScalar(pair.key)) numberTexts(pair.value, [...path, String(pair.key.value)], out);
}

export function parseYaml(
  text: string,
  file: string,
  problems: Problem[],
  lineOffset = 0,
  numbers?: NumberText[],
): Record<string, unknown> | undefined {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length) {
    for (const e of doc.errors) {
      const line = (e.linePos?.[0]?.line ?? 0) + lineOffset;
      problems.push({
        file,
        field: '',
        found: `YAML that does not parse${line ? ` at line ${line}` : ''} (${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')})`,
        expected: 'valid YAML: check indentation, colons and closing quotes',
      });
    }
    return undefined;
  }
  let data: unknown;
  try {
    // A few aliases are ordinary YAML; thousands are an attack that expands to gigabytes.
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    problems.push({
      file,
      field: '',
      found: `YAML that cannot be expanded (${(e as Error).message})`,
      expected: 'YAML without chains of aliases (*name) that expand without end',
    });
    return undefined;
  }
  if (numbers) numberTexts(doc.contents, [], numbers);
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ file, field: '', found: describe(data), expected: 'a set of fields (name: value)' });
    return undefined;
  }
  return data as Record<string, unknown>;
}

/** A line that is exactly `---`, trailing spaces or tabs allowed. */
const FENCE = /^---[ \t]*$/;

/**
 * Splits front matter from a Markdown body. The block opens with a first line that is
 * exactly `---` and closes at the next line that is exactly `---`; a line that merely starts
 * or ends with dashes (a comment such as `# --- publication control ---`) is part of it.
 */
export function splitFrontMatter(text: string): { front: string; body: string } | undefined {
  const src = text.replace(/^\uFEFF/, '');
  const lines = src.split('\n');
  const strip = (line: string) => line.replace(/\r$/, '');
  if (lines.length < 2 || !FENCE.test(strip(lines[0]))) return undefined;
  const close = lines.findIndex((line, i) => i > 0 && FENCE.test(strip(line)));
  if (close < 0) return undefined;
  return { front: lines.slice(1, close).map(strip).join('\n'), body: lines.slice(close + 1).join('\n') };
}

/** Longest text in any one field; summaries and minutes are far shorter, bodies and papers are for long text. */
export const MAX_FIELD_CHARS = 20_000;

/** Dotted paths of fields whose text is longer than MAX_FIELD_CHARS. */
export function longTexts(value: unknown, path: string[] = []): string[] {
  if (typeof value === 'string') return value.length > MAX_FIELD_CHARS ? [path.join('.')] : [];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => longTexts(v, [...path, k]));
  return [];
}
