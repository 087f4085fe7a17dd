/**
 * A content root made by the tests (the minimal fixture plus generated papers): clean PDF, Word
 * and Excel papers with distinctive words for search to find, and papers whose hidden parts
 * hold canaries (a hidden sheet, a tracked deletion, a comment, hidden text, covered PDF text),
 * each published with a person's review, so the build publishes them and no output but the
 * files themselves may hold the canaries.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256 } from '../../src/papers/cache.ts';
import { docx, para, xlsx } from './office.ts';
import { box, pdf, text } from './pdf.ts';

const cell = (ref: string, s: string) => `<c r="${ref}" t="inlineStr"><is><t>${s}</t></is></c>`;

/** Words only the clean papers hold, by file. */
export const SEARCH_WORDS = {
  'clean.pdf': 'zebrafinch',
  'clean.docx': 'marmalade',
  'clean.xlsx': 'quartzite',
} as const;

export const PAPERS: Record<string, { bytes: Uint8Array; reviewed?: string[] }> = {
  'clean.pdf': {
    bytes: pdf([{ content: text(72, 760, 'Respite care review') + text(72, 740, 'The zebrafinch scheme') }]),
  },
  'clean.docx': { bytes: docx([para('Carers strategy'), para('The marmalade pilot for carers')]) },
  'clean.xlsx': {
    bytes: xlsx([{ name: 'Budget', xml: `<sheetData><row r="1">${cell('A1', 'quartzite fund')}</row></sheetData>` }]),
  },
  'hidden-sheet.xlsx': {
    bytes: xlsx([
      { name: 'Summary', xml: `<sheetData><row r="1">${cell('A1', 'Summary of spend')}</row></sheetData>` },
      {
        name: 'Workings',
        state: 'hidden',
        xml: `<sheetData><row r="1">${cell('A1', 'CANARY-HIDDEN-SHEET')}</row></sheetData>`,
      },
    ]),
    reviewed: ['hidden-sheets'],
  },
  'tracked.docx': {
    bytes: docx([
      para('Final wording of the report'),
      '<w:p><w:del w:id="1" w:author="Clerk"><w:r><w:delText>CANARY-TRACKED-DELETION</w:delText></w:r></w:del></w:p>',
      '<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>CANARY-HIDDEN-TEXT</w:t></w:r></w:p>',
    ]),
    reviewed: ['tracked-changes', 'hidden-text'],
  },
  'commented.docx': {
    bytes: docx([para('A report with a comment')], { comments: ['CANARY-COMMENT'] }),
    reviewed: ['comments'],
  },
  'covered.pdf': {
    bytes: pdf([{ content: text(72, 760, 'Visible words then CANARY-COVERED-TEXT') + box(180, 755, 250, 18) }]),
    reviewed: ['covered-text'],
  },
};

/** The content root: every paper listed on the minimal fixture's first meeting. */
export function paperFixture(): string {
  const root = join(mkdtempSync(join(tmpdir(), 'papers-fixture-')), 'root');
  cpSync(join(import.meta.dirname, '..', 'fixtures', 'minimal'), root, { recursive: true });
  const list = Object.entries(PAPERS).map(([name, p]) => {
    writeFileSync(join(root, 'documents', '2023-05-10', name), p.bytes);
    const review = p.reviewed
      ? `\n    reviewed:\n      sha256: ${sha256(p.bytes)}\n      findings: [${p.reviewed.join(', ')}]\n      by: Sam Clerk, Democratic Services Officer\n      date: 2023-05-02\n      reason: Checked line by line; what is hidden is a test value, safe to publish.`
      : '';
    return `  - title: Paper ${name}\n    file: documents/2023-05-10/${name}${review}`;
  });
  const meeting = join(root, 'meetings', '2023-05-10-test-board.md');
  writeFileSync(
    meeting,
    readFileSync(meeting, 'utf8').replace(
      '  - { title: Agenda pack, file: documents/2023-05-10/agenda-pack.pdf }',
      ['  - { title: Agenda pack, file: documents/2023-05-10/agenda-pack.pdf }', ...list].join('\n'),
    ),
  );
  return root;
}
