/**
 * The paper check: run on every file a public entry publishes (never on withheld papers,
 * which are not published), after its type is confirmed from its bytes. It refuses what the
 * reader of a paper does not see but anyone can recover, and personal identifiers in what
 * the reader does see. It reads PDF, Word and Excel (Office Open XML), OpenDocument text and
 * spreadsheets, CSV and plain text; it refuses the old binary Office formats, which it cannot
 * read; images and presentations pass unread. What it reads of the visible text is what
 * search and the paper's own page show.
 */
import { excelFindings, excelText, odfFindings, odfText, wordFindings, wordText } from './office.ts';
import { readPdf, type PdfStructure } from './pdf.ts';
import { personalIdentifiers, type Identifier } from './identifiers.ts';
import type { PaperFinding, TextPart } from './findings.ts';
import { extensionOf } from './type.ts';

export type { PaperFinding, TextPart, FindingKind } from './findings.ts';

export interface PaperReading {
  /** What the paper carries that should not be published; empty when nothing was found. */
  findings: PaperFinding[];
  /** The text its reader sees, in parts that say where they are; empty for formats not read. */
  text: TextPart[];
  /** Pages, for a PDF. */
  pages?: number;
  /** Whether a PDF is tagged, titled and says its language. */
  structure?: PdfStructure;
}

const plainText = (bytes: Uint8Array): TextPart[] =>
  new TextDecoder()
    .decode(bytes)
    .split(/\r?\n/)
    .map((text, i) => ({ where: `line ${i + 1}`, text }))
    .filter((p) => p.text.trim());

const oldFormat = (): PaperReading => ({
  findings: [
    {
      kind: 'old-format',
      found: 'an old binary Office format, which cannot be checked for hidden text, tracked changes or hidden sheets',
      fix: 'save it in the current format (Word .docx, Excel .xlsx, PowerPoint .pptx) or as a PDF, and publish that instead',
    },
  ],
  text: [],
});

const office =
  (hidden: (b: Uint8Array) => PaperFinding[], text: (b: Uint8Array) => TextPart[]) =>
  (b: Uint8Array): PaperReading => ({ findings: hidden(b), text: text(b) });

/** For each extension the check reads: what it hides from its reader, and the text the reader sees. */
const READERS: Record<string, (b: Uint8Array) => PaperReading | Promise<PaperReading>> = {
  pdf: readPdf,
  docx: office(wordFindings, wordText),
  xlsx: office(excelFindings, excelText),
  xlsm: office(excelFindings, excelText),
  odt: office(odfFindings, odfText),
  ods: office(odfFindings, odfText),
  csv: (b) => ({ findings: [], text: plainText(b) }),
  txt: (b) => ({ findings: [], text: plainText(b) }),
  doc: oldFormat,
  xls: oldFormat,
  ppt: oldFormat,
};

/** Whether the check reads text from papers with this name (so they can be read as a web page). */
export const readsText = (file: string) => !!READERS[extensionOf(file)] && READERS[extensionOf(file)] !== oldFormat;

function identifierFindings(parts: TextPart[]): PaperFinding[] {
  const found = new Map<Identifier['kind'], string[]>();
  for (const part of parts)
    for (const id of personalIdentifiers(part.text))
      found.set(id.kind, [...(found.get(id.kind) ?? []), `ending ${id.ending}, in ${part.where}`]);
  return [...found].map(([kind, places]) => ({
    kind: kind === 'NHS number' ? 'nhs-numbers' : 'ni-numbers',
    found: `${places.length === 1 ? `${kind === 'NHS number' ? 'an' : 'a'} ${kind}` : `${places.length} ${kind}s`} (${places.slice(0, 3).join('; ')}${places.length > 3 ? '; ...' : ''})`,
    fix: `remove it: a board paper has no reason to carry a person's ${kind}; publish a copy without it`,
  }));
}

/** Reads a paper: what it hides from its reader, and what its reader sees. */
export async function readPaper(file: string, bytes: Uint8Array): Promise<PaperReading> {
  const reader = READERS[extensionOf(file)];
  if (!reader) return { findings: [], text: [] };
  const reading = await reader(bytes);
  return { ...reading, findings: [...reading.findings, ...identifierFindings(reading.text)] };
}

/** What this paper carries that should not be published; empty when nothing was found. */
export async function paperFindings(file: string, bytes: Uint8Array): Promise<PaperFinding[]> {
  return (await readPaper(file, bytes)).findings;
}

/** The text a reader of the paper sees. */
export async function visibleText(file: string, bytes: Uint8Array): Promise<TextPart[]> {
  return (await readPaper(file, bytes)).text;
}
