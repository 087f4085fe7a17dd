// Builds a content root with generated papers (test/support/paper-fixture.ts): each public paper
// gets a page with its text and a search result that opens the file; reviewed papers are
// published and logged; the canaries in their hidden parts reach no output but the files.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { build, filesOf, pagefindPages, scratch, type BuildResult } from './helpers.ts';
import { paperFixture, PAPERS, SEARCH_WORDS } from '../support/paper-fixture.ts';
import { box, pdf, text } from '../support/pdf.ts';

let result: BuildResult;
let log: string;
beforeAll(() => {
  log = join(scratch('log'), 'publication-log.jsonl');
  process.env.PUBLICATION_LOG = log;
  try {
    result = build(paperFixture(), '2024-06-10');
  } finally {
    delete process.env.PUBLICATION_LOG;
  }
});

const page = (name: string) =>
  readFileSync(join(result.outDir, 'papers', '2023-05-10', name.replace(/\.(\w+)$/, '-$1'), 'index.html'), 'utf8');

describe('a build with papers', () => {
  it('succeeds, printing each paper published with reviewed findings and logging it', () => {
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain(
      'Paper published with reviewed findings: documents/2023-05-10/hidden-sheet.xlsx (hidden-sheets), reviewed by Sam Clerk, Democratic Services Officer on 2023-05-02',
    );
    const lines = readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.paper).sort()).toEqual(
      Object.keys(PAPERS)
        .filter((n) => PAPERS[n].reviewed)
        .map((n) => `documents/2023-05-10/${n}`)
        .sort(),
    );
    expect(lines[0]).toMatchObject({ buildDate: '2024-06-10', reviewedBy: 'Sam Clerk, Democratic Services Officer' });
  });

  it('writes no canary from a paper’s hidden parts into any output but the paper files themselves', () => {
    const leaks = filesOf(result.outDir)
      .filter((f) => !f.path.startsWith('documents/'))
      .filter((f) => {
        const body = f.path.startsWith('pagefind/') && f.bytes[0] === 0x1f ? gunzipSync(f.bytes) : f.bytes;
        return body.includes('CANARY-');
      })
      .map((f) => f.path);
    expect(leaks).toEqual([]);
    // The files are published as they are, reviewed findings and all.
    expect(readFileSync(join(result.outDir, 'documents', '2023-05-10', 'hidden-sheet.xlsx')).length).toBeGreaterThan(0);
  });

  it('gives each paper a page with where it belongs, the download link and its text', () => {
    const html = page('clean.docx');
    expect(html).toContain('href="/board/documents/2023-05-10/clean.docx"');
    expect(html).toContain('Read as a web page');
    expect(html).toMatch(/<p[^>]*>The marmalade pilot for carers\s*<\/p>/);
    expect(page('clean.xlsx')).toMatch(/<h3[^>]*>Sheet: Budget<\/h3>/);
    expect(page('clean.pdf')).toMatch(/<h3[^>]*>Page 1<\/h3>/);
    expect(page('covered.pdf')).toContain('Visible words then');
    // The meeting links to each paper's page.
    const meeting = readFileSync(join(result.outDir, 'meetings', '2023-05-10-test-board', 'index.html'), 'utf8');
    expect(meeting).toContain('href="/board/papers/2023-05-10/clean-docx/"');
  });

  it('indexes each paper as a result of its own that opens the file, with its type, size and pages', () => {
    const pages = pagefindPages(result.outDir);
    for (const [name, word] of Object.entries(SEARCH_WORDS)) {
      const hit = pages.find((p) => p.content.toLowerCase().includes(word));
      expect(hit, name).toBeDefined();
      expect(hit!.url).toBe(`/papers/2023-05-10/${name.replace(/\.(\w+)$/, '-$1')}/`);
      expect(hit!.meta).toMatchObject({ type: 'Paper', url: `/board/documents/2023-05-10/${name}` });
      expect(hit!.meta.context).toMatch(/^Meeting: /);
      expect(hit!.filters.Type).toEqual(['Paper']);
    }
    expect(pages.find((p) => p.url.endsWith('/clean-pdf/'))!.meta.details).toMatch(/^PDF, \d+ bytes, 1 page$/);
  });
});

describe('a build with a paper whose findings nobody reviewed', () => {
  it('is refused, naming the file and what was found, and leaves no site', () => {
    const root = paperFixture();
    const covered = pdf([{ content: text(72, 760, 'A name CANARY-COVERED') + box(100, 755, 200, 18) }]);
    writeFileSync(join(root, 'documents', '2023-05-10', 'clean.pdf'), covered);
    const r = build(root, '2024-06-10');
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/documents\/2023-05-10\/clean\.pdf: found text under a box drawn over it \(page 1/);
    expect(r.output).not.toContain('CANARY-COVERED');
  });
});
