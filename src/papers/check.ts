/**
 * The paper check: run on every file a public entry publishes (never on withheld papers,
 * which are not published), after its type is confirmed from its bytes. It refuses what the
 * reader of a paper does not see but anyone can recover. Today it reads Word and Excel
 * (Office Open XML) and OpenDocument text and spreadsheets; other formats pass unread.
 */
import { excelFindings, odfFindings, wordFindings, type PaperFinding } from './office.ts';

export type { PaperFinding } from './office.ts';

/** What this paper carries that its reader does not see; empty when nothing was found. */
export function paperFindings(file: string, bytes: Uint8Array): PaperFinding[] {
  const ext = file.split('.').pop()?.toLowerCase() ?? '';
  if (ext === 'docx') return wordFindings(bytes);
  if (ext === 'xlsx' || ext === 'xlsm') return excelFindings(bytes);
  if (ext === 'odt' || ext === 'ods') return odfFindings(bytes);
  return [];
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
    expected: `a paper that carries nothing its reader cannot see: ${f.fix}`,
  }));
}
