/**
 * What the paper check's reading of a paper tells about its accessibility: the barriers a
 * disabled reader would meet, each with the WCAG 2.2 success criterion it fails, in plain words.
 * Only what the reading really shows is claimed: a PDF's text, tags, title and language are
 * read; an Office file's headings, alternative text and table headers are not, so such a file
 * "may not be accessible" rather than "fails".
 */
import type { PaperReading } from './check.ts';
import { extensionOf } from './type.ts';
import { andList } from '../domain/text.ts';

export const BARRIER_KINDS = {
  'no-text': {
    label: 'no text to read out',
    certain: true,
    wcag: '1.1.1 Non-text content',
    reason:
      'it has no text that can be read out, so it is probably a scanned image: a screen reader cannot read it and it cannot be shown as a web page',
  },
  'pages-without-text': {
    label: 'pages without text',
    certain: true,
    wcag: '1.1.1 Non-text content',
    reason: 'some of its pages have no text that can be read out (they may be scanned images)',
  },
  untagged: {
    label: 'not tagged',
    certain: true,
    wcag: '1.3.1 Info and relationships',
    reason: 'it is not a tagged PDF, so a screen reader cannot tell its headings, lists and tables apart',
  },
  'no-title': {
    label: 'no title',
    certain: true,
    wcag: '2.4.2 Page titled',
    reason: 'it has no document title',
  },
  'no-language': {
    label: 'no language set',
    certain: true,
    wcag: '3.1.1 Language of page',
    reason: 'it does not say what language it is written in, so a screen reader may read it with the wrong voice',
  },
  'cannot-open': {
    label: 'cannot be opened',
    certain: true,
    wcag: undefined,
    reason: 'it needs a password to open, or cannot be read by the check',
  },
  'office-unchecked': {
    label: 'not checked (Office file)',
    certain: false,
    wcag: undefined,
    reason:
      'it is an Office or OpenDocument file, whose headings, descriptions of pictures and table headers the site does not check',
  },
  'not-read': {
    label: 'not checked',
    certain: false,
    wcag: undefined,
    reason: 'it is a kind of file (an image, a presentation or an old Office format) the site cannot check',
  },
} as const satisfies Record<string, { label: string; certain: boolean; wcag: string | undefined; reason: string }>;

export type BarrierKind = keyof typeof BARRIER_KINDS;

export interface PaperBarrier {
  kind: BarrierKind;
  /** The reason in plain words, with detail where the reading has it ("pages 3 and 4 ..."). */
  reason: string;
}

/** Formats the check reads as plain text, which a screen reader reads as it is. */
const PLAIN = new Set(['csv', 'txt']);
const OFFICE = new Set(['docx', 'xlsx', 'xlsm', 'odt', 'ods']);

const barrier = (kind: BarrierKind, reason: string = BARRIER_KINDS[kind].reason): PaperBarrier => ({ kind, reason });

/** The barriers the reading of the paper at `file` shows; empty when it shows none. */
export function paperBarriers(file: string, reading: PaperReading): PaperBarrier[] {
  const ext = extensionOf(file);
  const kinds = new Set(reading.findings.map((f) => f.kind));
  if (PLAIN.has(ext)) return [];
  if (ext !== 'pdf') return [barrier(OFFICE.has(ext) && !kinds.has('old-format') ? 'office-unchecked' : 'not-read')];
  if (kinds.has('password') || kinds.has('unreadable') || !reading.structure) return [barrier('cannot-open')];
  const out: PaperBarrier[] = [];
  const pages = reading.pages ?? 0;
  const withText = new Set(reading.text.filter((t) => t.text.trim()).map((t) => t.where));
  const blank = Array.from({ length: pages }, (_, i) => i + 1).filter((n) => !withText.has(`page ${n}`));
  if (pages > 0 && blank.length === pages) out.push(barrier('no-text'));
  else if (blank.length)
    out.push(
      barrier(
        'pages-without-text',
        `${blank.length === 1 ? 'page' : 'pages'} ${andList(blank.slice(0, 10).map(String))}${blank.length > 10 ? ' and others' : ''} ${blank.length === 1 ? 'has' : 'have'} no text that can be read out (${blank.length === 1 ? 'it may be a scanned image' : 'they may be scanned images'})`,
      ),
    );
  if (!reading.structure.tagged) out.push(barrier('untagged'));
  if (!reading.structure.title) out.push(barrier('no-title'));
  if (!reading.structure.language) out.push(barrier('no-language'));
  return out;
}
