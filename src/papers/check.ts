/**
 * The paper check: run on every file a public entry publishes (never on withheld papers,
 * which are not published), after its type is confirmed from its bytes. It refuses what the
 * reader of a paper does not see but anyone can recover, and personal identifiers in what
 * the reader does see. Today it reads Word and Excel (Office Open XML), OpenDocument text and
 * spreadsheets, CSV and plain text; other formats pass unread.
 */
import {
  excelFindings,
  excelText,
  odfFindings,
  odfText,
  wordFindings,
  wordText,
  type PaperFinding,
  type TextPart,
} from './office.ts';
import { personalIdentifiers, type Identifier } from './identifiers.ts';
import type { Problem } from '../domain/problems.ts';

export type { PaperFinding } from './office.ts';

const plainText = (bytes: Uint8Array): TextPart[] =>
  new TextDecoder()
    .decode(bytes)
    .split(/\r?\n/)
    .map((text, i) => ({ where: `line ${i + 1}`, text }));

/** For each extension the check reads: what it hides from its reader, and the text the reader sees. */
const READERS: Record<string, { hidden?: (b: Uint8Array) => PaperFinding[]; text: (b: Uint8Array) => TextPart[] }> = {
  docx: { hidden: wordFindings, text: wordText },
  xlsx: { hidden: excelFindings, text: excelText },
  xlsm: { hidden: excelFindings, text: excelText },
  odt: { hidden: odfFindings, text: odfText },
  ods: { hidden: odfFindings, text: odfText },
  csv: { text: plainText },
  txt: { text: plainText },
};
const readerOf = (file: string) => READERS[file.split('.').pop()?.toLowerCase() ?? ''];

/** The text a reader of the paper sees, in parts that say where they are; empty for formats not read. */
export function visibleText(file: string, bytes: Uint8Array): TextPart[] {
  return readerOf(file)?.text(bytes) ?? [];
}

function identifierFindings(parts: TextPart[]): PaperFinding[] {
  const found = new Map<Identifier['kind'], string[]>();
  for (const part of parts)
    for (const id of personalIdentifiers(part.text))
      found.set(id.kind, [...(found.get(id.kind) ?? []), `ending ${id.ending}, in ${part.where}`]);
  return [...found].map(([kind, places]) => ({
    found: `${places.length === 1 ? `${kind === 'NHS number' ? 'an' : 'a'} ${kind}` : `${places.length} ${kind}s`} (${places.slice(0, 3).join('; ')}${places.length > 3 ? '; ...' : ''})`,
    fix: `remove it: a board paper has no reason to carry a person's ${kind}; publish a copy without it`,
  }));
}

/** What this paper carries that should not be published; empty when nothing was found. */
export function paperFindings(file: string, bytes: Uint8Array): PaperFinding[] {
  return [...(readerOf(file)?.hidden?.(bytes) ?? []), ...identifierFindings(visibleText(file, bytes))];
}

/** Each finding as a problem naming the file, what was found and how to fix it. */
export function paperCheckProblems(file: string, bytes: Uint8Array): Problem[] {
  return paperFindings(file, bytes).map((f) => ({
    file,
    field: '',
    found: f.found,
    expected: `a paper that carries nothing its reader cannot see and no personal identifiers: ${f.fix}`,
  }));
}
