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

export type { PaperFinding } from './office.ts';

const extOf = (file: string) => file.split('.').pop()?.toLowerCase() ?? '';

/** The text a reader of the paper sees, in parts that say where they are; empty for formats not read. */
export function visibleText(file: string, bytes: Uint8Array): TextPart[] {
  const ext = extOf(file);
  if (ext === 'docx') return wordText(bytes);
  if (ext === 'xlsx' || ext === 'xlsm') return excelText(bytes);
  if (ext === 'odt' || ext === 'ods') return odfText(bytes);
  if (ext === 'csv' || ext === 'txt')
    return new TextDecoder()
      .decode(bytes)
      .split(/\r?\n/)
      .map((text, i) => ({ where: `line ${i + 1}`, text }));
  return [];
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
  const ext = extOf(file);
  const hidden =
    ext === 'docx'
      ? wordFindings(bytes)
      : ext === 'xlsx' || ext === 'xlsm'
        ? excelFindings(bytes)
        : ext === 'odt' || ext === 'ods'
          ? odfFindings(bytes)
          : [];
  return [...hidden, ...identifierFindings(visibleText(file, bytes))];
}

/** Each finding as a problem naming the file, what was found and how to fix it. */
export function paperCheckProblems(
  file: string,
  bytes: Uint8Array,
): { file: string; field: string; found: string; expected: string }[] {
  return paperFindings(file, bytes).map((f) => ({
    file,
    field: '',
    found: f.found,
    expected: `a paper that carries nothing its reader cannot see and no personal identifiers: ${f.fix}`,
  }));
}
