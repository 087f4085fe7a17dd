// A paper with findings is published only with a person's review of exactly those findings, of that file.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContentRoot } from '../../src/publication/load.ts';
import { cachedReading, READER_VERSION, sha256 } from '../../src/papers/cache.ts';
import { formatReview } from '../../src/publication/papers.ts';
import { xlsx } from '../support/office.ts';
import { box, pdf, text } from '../support/pdf.ts';

const hiddenSheet = xlsx([
  { name: 'Budget', xml: '' },
  { name: 'Lookup', state: 'hidden', xml: '' },
]);

/** The minimal fixture with its agenda pack replaced by `paper`, and `review` on the meeting's reference to it. */
function withPaper(name: string, paper: Uint8Array, review?: string) {
  const root = join(mkdtempSync(join(tmpdir(), 'review-')), 'root');
  cpSync(join(import.meta.dirname, '..', 'fixtures', 'minimal'), root, { recursive: true });
  writeFileSync(join(root, 'documents', '2023-05-10', name), paper);
  for (const f of ['meetings/2023-05-10-test-board.md', 'decisions/2023/jcb-2023-002.md']) {
    const path = join(root, f);
    let s = readFileSync(path, 'utf8').replaceAll('agenda-pack.pdf', name);
    if (review && f.startsWith('meetings/'))
      s = s.replace(
        `  - { title: Agenda pack, file: documents/2023-05-10/${name} }`,
        `  - title: Agenda pack\n    file: documents/2023-05-10/${name}\n    reviewed:\n${review.replace(/^/gm, '      ')}`,
      );
    writeFileSync(path, s);
  }
  return root;
}

const review = (hash: string, findings = '[hidden-sheets]') =>
  `sha256: ${hash}\nfindings: ${findings}\nby: Sam Clerk, Democratic Services Officer\ndate: 2023-05-02\nreason: The hidden sheet Lookup holds only the names of the wards, which are public.`;

describe('a reviewed paper', () => {
  it('is published with the findings named, and the review is reported', async () => {
    const root = withPaper('pack.xlsx', hiddenSheet, review(sha256(hiddenSheet)));
    const r = await loadContentRoot(root, '2024-06-10');
    expect(r.problems).toEqual([]);
    expect(r.reviewed?.map(formatReview)).toEqual([
      'documents/2023-05-10/pack.xlsx (hidden-sheets), reviewed by Sam Clerk, Democratic Services Officer on 2023-05-02: The hidden sheet Lookup holds only the names of the wards, which are public.',
    ]);
  });

  it('needs review again when the file changes', async () => {
    const changed = xlsx([
      { name: 'Budget', xml: '' },
      { name: 'Lookup', state: 'hidden', xml: '' },
      { name: 'Clients', state: 'veryHidden', xml: '' },
    ]);
    const root = withPaper('pack.xlsx', changed, review(sha256(hiddenSheet)));
    const { problems, content } = await loadContentRoot(root, '2024-06-10');
    expect(content).toBeUndefined();
    expect(problems.map((p) => `${p.file}: ${p.field}: ${p.found}`)).toEqual([
      `meetings/2023-05-10-test-board.md: documents.0.reviewed.sha256: a review of documents/2023-05-10/pack.xlsx made on a different file (${sha256(hiddenSheet).slice(0, 12)}...); the file is now ${sha256(changed)}`,
      'documents/2023-05-10/pack.xlsx: : a hidden sheet "Lookup"',
      'documents/2023-05-10/pack.xlsx: : a very hidden sheet (which Excel does not even list under Unhide) "Clients"',
    ]);
  });

  it('lets through only the kinds of finding it names', async () => {
    const both = pdf([{ content: text(72, 700, 'CANARY-COVERED') + box(60, 690, 200, 30) }], {
      catalog: '/OpenAction 100 0 R',
      objects: ['<< /S /JavaScript /JS (app.alert\\(1\\)) >>'],
    });
    const root = withPaper('pack.pdf', both, review(sha256(both), '[covered-text]'));
    const { problems } = await loadContentRoot(root, '2024-06-10');
    expect(problems.map((p) => p.found)).toEqual(['JavaScript, which a reader would run on opening or using it']);
    expect(problems[0].expected).toMatch(/a reviewed: entry on the paper naming javascript/);
  });

  it('is refused when it names a finding the check does not make, or a kind that does not exist', async () => {
    const root = withPaper('pack.xlsx', hiddenSheet, review(sha256(hiddenSheet), '[hidden-sheets, comments]'));
    expect((await loadContentRoot(root, '2024-06-10')).problems.map((p) => p.found)).toEqual([
      'comments for documents/2023-05-10/pack.xlsx, which the check does not find in it (it finds hidden-sheets)',
    ]);
    const bad = withPaper('pack.xlsx', hiddenSheet, review('abc', '[hiden-sheets]'));
    const problems = (await loadContentRoot(bad, '2024-06-10')).problems;
    expect(problems.map((p) => p.field)).toEqual(['documents.0.reviewed.sha256', 'documents.0.reviewed.findings.0']);
  });
});

describe('the reading cache', () => {
  it('reads a file once, by its hash, and again when it changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'paper-cache-'));
    const a = pdf([{ content: text(72, 700, 'First') }]);
    const first = await cachedReading('a.pdf', a, dir);
    expect(readdirSync(dir)).toEqual([`${sha256(a)}.pdf.v${READER_VERSION}.json`]);
    // A second reading comes from the cache: change what is kept and the change shows.
    const kept = join(dir, readdirSync(dir)[0]);
    writeFileSync(kept, JSON.stringify({ ...first, text: [{ where: 'page 1', text: 'from the cache' }] }));
    expect((await cachedReading('b.pdf', a, dir)).text).toEqual([{ where: 'page 1', text: 'from the cache' }]);
    const b = pdf([{ content: text(72, 700, 'Second') }]);
    expect((await cachedReading('a.pdf', b, dir)).text).toEqual([{ where: 'page 1', text: 'Second' }]);
    expect(readdirSync(dir)).toHaveLength(2);
  });
});
