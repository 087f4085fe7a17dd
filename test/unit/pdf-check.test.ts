// The paper check on PDF papers, each finding in a file the test writes itself (test/support/pdf.ts).
import { describe, expect, it } from 'vitest';
import { readPaper } from '../../src/papers/check.ts';
import { box, pdf, revise, text } from '../support/pdf.ts';

const read = (bytes: Uint8Array) => readPaper('paper.pdf', bytes);
const kinds = async (bytes: Uint8Array) => (await read(bytes)).findings.map((f) => f.kind);

describe('PDF papers', () => {
  it('pass when they hold only what the reader sees, and give its text page by page', async () => {
    const clean = pdf(
      [
        // A shaded panel drawn first and words on it, as a table or a banner is, hides nothing.
        {
          content:
            box(60, 640, 400, 100, '0.9 0.9 0.9') +
            text(72, 700, 'Better Care Fund plan') +
            text(72, 680, 'for carers'),
        },
        { content: box(60, 690, 300, 30) + '1 1 1 rg\n' + text(72, 700, 'White words on a dark banner') },
      ],
      { compress: true },
    );
    const r = await read(clean);
    expect(r.findings).toEqual([]);
    expect(r.pages).toBe(2);
    expect(r.text).toEqual([
      { where: 'page 1', text: 'Better Care Fund plan\nfor carers' },
      { where: 'page 2', text: 'White words on a dark banner' },
    ]);
  });

  it('are refused with text under a box drawn over it, saying the page and where, without quoting it', async () => {
    const covered = pdf([
      { content: text(72, 700, 'Intro') },
      { content: text(72, 760, 'The resident CANARY-COVERED was seen') + box(150, 755, 110, 16) },
    ]);
    const r = await read(covered);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0].kind).toBe('covered-text');
    expect(r.findings[0].found).toMatch(
      /^text under a box drawn over it \(page 2, \d+ characters about 10% down the page\)/,
    );
    expect(r.findings[0].found).not.toContain('CANARY');
    expect(r.findings[0].fix).toMatch(/Redact, then Apply/);
    // What the reader sees leaves the covered words out, so search and the paper's page never hold them.
    expect(JSON.stringify(r.text)).not.toContain('CANARY');
    expect(r.text[1].text).toMatch(/^The resident .*was seen$/);
  });

  it('find covered text whatever colour the box, but not under a see-through one', async () => {
    const white = pdf([{ content: text(72, 700, 'CANARY-WHITE') + box(70, 695, 120, 18, '1 1 1') }]);
    expect(await kinds(white)).toEqual(['covered-text']);
    const glass = pdf([{ content: text(72, 700, 'Highlighted') + '/GS1 gs ' + box(70, 695, 120, 18, '1 1 0') }], {
      resources: '/ExtGState << /GS1 << /ca 0.3 >> >>',
    });
    expect(await kinds(glass)).toEqual([]);
  });

  it('find a box drawn by an annotation over the words (a comment box used as a redaction)', async () => {
    const square = pdf([
      {
        content: text(72, 700, 'CANARY-SQUARE'),
        annots: ['<< /Type /Annot /Subtype /Square /Rect [60 690 220 716] /C [0 0 0] /IC [0 0 0] /F 4 >>'],
      },
    ]);
    expect(await kinds(square)).toEqual(['covered-text']);
  });

  it('are refused with redaction marks not yet applied, embedded files or JavaScript', async () => {
    const redact = pdf([
      { content: text(72, 700, 'Name'), annots: ['<< /Type /Annot /Subtype /Redact /Rect [70 695 160 712] >>'] },
    ]);
    expect((await read(redact)).findings.map((f) => f.found)).toEqual([
      'a redaction mark not yet applied (page 1), under which the words are still in the file',
    ]);
    const attached = pdf([{ content: text(72, 700, 'Hi') }], {
      catalog: '/Names << /EmbeddedFiles << /Names [(client-list.xlsx) 100 0 R] >> >>',
      objects: [
        '<< /Type /Filespec /F (client-list.xlsx) /UF (client-list.xlsx) /EF << /F 101 0 R >> >>',
        '<< /Type /EmbeddedFile /Length 3 >>\nstream\nabc\nendstream',
      ],
    });
    expect((await read(attached)).findings.map((f) => f.found)).toEqual([
      'an embedded file (client-list.xlsx), a file inside the file',
    ]);
    const script = pdf([{ content: text(72, 700, 'Hi') }], {
      catalog: '/OpenAction 100 0 R',
      objects: ['<< /S /JavaScript /JS (app.alert\\(1\\)) >>'],
    });
    expect(await kinds(script)).toEqual(['javascript']);
    const linkScript = pdf([
      {
        content: text(72, 700, 'Click'),
        annots: [
          '<< /Type /Annot /Subtype /Link /Rect [70 695 160 712] /A << /S /JavaScript /JS (app.alert\\(2\\)) >> >>',
        ],
      },
    ]);
    expect(await kinds(linkScript)).toEqual(['javascript']);
  });

  it('are refused when an incremental save kept an earlier version holding words the final one does not', async () => {
    const first = pdf([{ content: text(72, 700, 'Draft naming CANARY-REVISION') }, { content: text(72, 700, 'Two') }]);
    const saved = revise(first, { 11: text(72, 700, 'Final wording') });
    const r = await read(saved);
    expect(r.findings.map((f) => f.found)).toEqual([
      'an earlier version kept in the file by incremental saves, holding words the final version does not (4 words on page 1)',
    ]);
    expect(JSON.stringify(r.text)).not.toContain('CANARY');
    // An incremental save that only adds words keeps nothing the reader cannot see.
    expect(
      await kinds(revise(pdf([{ content: text(72, 700, 'Final') }]), { 11: text(72, 700, 'Final and more') })),
    ).toEqual([]);
  });

  it('are refused when they need a password or cannot be read', async () => {
    expect(await kinds(new TextEncoder().encode('%PDF-1.7\nnot really a PDF'))).toEqual(['unreadable']);
  });

  it('are refused with an NHS number in the visible text, but not for one that is covered', async () => {
    expect((await read(pdf([{ content: text(72, 700, 'NHS 943 476 5919') }]))).findings.map((f) => f.found)).toEqual([
      'an NHS number (ending 5919, in page 1)',
    ]);
    // Covered, it is found as covered text, and the finding does not repeat it.
    expect(await kinds(pdf([{ content: text(72, 700, 'NHS 943 476 5919') + box(60, 690, 200, 30) }]))).toEqual([
      'covered-text',
    ]);
  });
});

describe('old binary Office formats', () => {
  it('are refused, since they cannot be checked', async () => {
    for (const name of ['a.doc', 'a.xls', 'a.ppt']) {
      const r = await readPaper(name, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]));
      expect(r.findings.map((f) => f.kind)).toEqual(['old-format']);
      expect(r.findings[0].fix).toMatch(/\.docx.*\.xlsx.*\.pptx/);
    }
  });
});
