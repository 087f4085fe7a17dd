// The accessibility statement: what a paper's reading shows of its accessibility, and the
// statement made from those findings and site.yaml (status, grouping, the bounded list, contact).
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkContentRoot } from '../../src/publication/load.ts';
import { buildPublicModel } from '../../src/publication/model.ts';
import type { Content } from '../../src/domain/content.ts';
import type { PublicModel, PublicPaper } from '../../src/publication/types.ts';
import { readPaper } from '../../src/papers/check.ts';
import { paperBarriers, type PaperBarrier } from '../../src/papers/accessibility.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import {
  LISTED_PAPERS,
  accessibilityStatement,
  contactLines,
  footerLinks,
  groupSentence,
  preparation,
} from '../../src/publication/views.ts';
import { sitemapPaths } from '../../src/publication/sitemap.ts';
import { box, pdf, text } from '../support/pdf.ts';
import { docx, para } from '../support/office.ts';

const repo = join(import.meta.dirname, '..', '..');
const minimal = () =>
  buildPublicModel(checkContentRoot(join(repo, 'test/fixtures/minimal')).content as Content, {
    buildDate: '2024-06-10',
  });

/** A PDF that says it is tagged, has a title and a language. */
const accessiblePdf = (pages = [{ content: text(72, 700, 'Report') }]) =>
  pdf(pages, {
    catalog: '/Lang (en-GB) /MarkInfo << /Marked true >> /StructTreeRoot 100 0 R',
    objects: ['<< /Type /StructTreeRoot >>', '<< /Title (Board report) >>'],
    trailer: '/Info 101 0 R',
  });
const barriersOf = async (file: string, bytes: Uint8Array) =>
  paperBarriers(file, await readPaper(file, bytes)).map((b) => b.kind);

describe('what a paper’s reading shows of its accessibility', () => {
  it('finds nothing in a tagged PDF with a title and a language, or in plain text', async () => {
    expect(await barriersOf('r.pdf', accessiblePdf())).toEqual([]);
    expect(await barriersOf('t.csv', new TextEncoder().encode('a,b\n1,2\n'))).toEqual([]);
  });

  it('finds a PDF without tags, title or language', async () => {
    expect(await barriersOf('r.pdf', pdf([{ content: text(72, 700, 'Report') }]))).toEqual([
      'untagged',
      'no-title',
      'no-language',
    ]);
  });

  it('finds a PDF with no text at all (a scan), and names the pages without text in one that has some', async () => {
    expect(await barriersOf('scan.pdf', accessiblePdf([{ content: box(72, 600, 300, 120) }]))).toEqual(['no-text']);
    const mixed = await readPaper(
      'pack.pdf',
      accessiblePdf([{ content: text(72, 700, 'Agenda') }, { content: box(72, 600, 300, 120) }]),
    );
    expect(paperBarriers('pack.pdf', mixed)).toEqual([
      {
        kind: 'pages-without-text',
        reason: 'page 2 has no text that can be read out (it may be a scanned image)',
      },
    ]);
  });

  it('says an Office file may not be accessible, and that an image or an old format cannot be checked', async () => {
    expect(await barriersOf('r.docx', docx([para('Report')]))).toEqual(['office-unchecked']);
    expect(paperBarriers('chart.png', { findings: [], text: [] }).map((b) => b.kind)).toEqual(['not-read']);
    const old = { findings: [{ kind: 'old-format' as const, found: '', fix: '' }], text: [] };
    expect(paperBarriers('old.doc', old).map((b) => b.kind)).toEqual(['not-read']);
  });

  it('says a PDF that needs a password cannot be opened', () => {
    const locked = { findings: [{ kind: 'password' as const, found: '', fix: '' }], text: [], pages: 0 };
    expect(paperBarriers('locked.pdf', locked).map((b) => b.kind)).toEqual(['cannot-open']);
  });
});

/** The minimal model with these papers (newest first) in place of its own. */
function withPapers(m: PublicModel, papers: PublicPaper[]): PublicModel {
  return { ...m, papers };
}
const paper = (n: number, date: string): PublicPaper => ({
  file: `documents/p${n}.pdf`,
  href: `/board/papers/p${n}-pdf/`,
  download: `/board/documents/p${n}.pdf`,
  title: `Report ${n}: Meeting ${n}`,
  type: 'PDF',
  bytes: 100,
  size: '100 bytes',
  date,
  uses: [
    {
      entry: 'meetings/x.md',
      kind: 'Meeting',
      title: `Meeting ${n}`,
      href: `/board/meetings/m${n}/`,
      date,
      paperTitle: `Report ${n}`,
    },
  ],
});
const untagged: PaperBarrier[] = [
  { kind: 'untagged', reason: 'not tagged' },
  { kind: 'no-language', reason: 'no language' },
];

describe('the accessibility statement', () => {
  it('is fully compliant only when no paper has a problem and a person has listed none', () => {
    const m = withPapers(minimal(), [paper(1, '2023-05-10')]);
    const full = accessibilityStatement(m, new Map([['documents/p1.pdf', []]]));
    expect(full.compliant).toBe(true);
    expect(full.status).toBe(
      'This website is fully compliant with the Web Content Accessibility Guidelines version 2.2 AA standard.',
    );
    expect(full.heading).toBe('Accessibility statement for Test Joint Commissioning Board');

    const failing = accessibilityStatement(m, new Map([['documents/p1.pdf', untagged]]));
    expect(failing.compliant).toBe(false);
    expect(failing.status).toBe(
      'This website is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard, due to the non-compliances listed below.',
    );

    const issues = { ...m.site.accessibility, issues: ['Webcasts have no captions.'] };
    const listed = accessibilityStatement({ ...m, site: { ...m.site, accessibility: issues } }, new Map());
    expect(listed.compliant).toBe(false);
    expect(listed.issues).toEqual(['Webcasts have no captions.']);
  });

  it('counts papers by reason, most first, and says which WCAG criterion each fails', () => {
    const m = withPapers(minimal(), [paper(3, '2024-01-01'), paper(2, '2023-06-01'), paper(1, '2023-05-10')]);
    const s = accessibilityStatement(
      m,
      new Map<string, PaperBarrier[]>([
        ['documents/p3.pdf', untagged],
        ['documents/p2.pdf', [{ kind: 'untagged', reason: 'not tagged' }]],
        ['documents/p1.pdf', [{ kind: 'office-unchecked', reason: 'office' }]],
      ]),
    );
    expect(s.failures.map((g) => [g.kind, g.count])).toEqual([
      ['untagged', 2],
      ['no-language', 1],
    ]);
    expect(s.unchecked.map((g) => [g.kind, g.count])).toEqual([['office-unchecked', 1]]);
    expect(groupSentence(s.failures[0])).toBe(
      '2 papers (not tagged): it is not a tagged PDF, so a screen reader cannot tell its headings, lists and tables apart. This fails WCAG 2.2 success criterion 1.3.1 Info and relationships.',
    );
    expect(groupSentence(s.unchecked[0])).not.toContain('WCAG');
    expect(s.listed[0]).toEqual({
      title: 'Report 3: Meeting 3',
      href: '/board/papers/p3-pdf/',
      type: 'PDF',
      on: { title: 'Meeting: Meeting 3', href: '/board/meetings/m3/' },
      problems: 'not tagged, no language set',
    });
    expect(s.papersWithBarriers).toBe(3);
    expect(s.papersChecked).toBe(3);
  });

  it('lists at most the 50 most recent papers, counts them all, and leaves papers before 23 September 2018 out of scope', () => {
    const papers = Array.from({ length: 120 }, (_, i) =>
      paper(120 - i, `2019-01-${String((i % 28) + 1).padStart(2, '0')}`),
    );
    papers.push(paper(0, '2018-09-22'));
    const m = withPapers(minimal(), papers);
    const s = accessibilityStatement(m, new Map(papers.map((p) => [p.file, untagged])));
    expect(s.listed).toHaveLength(LISTED_PAPERS);
    expect(s.listed[0].title).toBe('Report 120: Meeting 120');
    expect(s.papersWithBarriers).toBe(120);
    expect(s.failures[0].count).toBe(120);
    expect(s.outOfScope).toBe(1);
    expect(s.listed.map((p) => p.title)).not.toContain('Report 0: Meeting 0');

    const onlyOld = withPapers(minimal(), [paper(0, '2018-09-22')]);
    expect(accessibilityStatement(onlyOld, new Map([['documents/p0.pdf', untagged]])).compliant).toBe(true);
  });

  it('gives the contact line by line, and the time to answer in working days (10 unless site.yaml says)', () => {
    expect(contactLines({ email: 'a@example.org', phone: '023 8000 0000', address: 'Civic Centre, SO14 7LY' })).toEqual(
      [
        { label: 'Email', text: 'a@example.org', href: 'mailto:a@example.org' },
        { label: 'Call', text: '023\u00a08000\u00a00000', href: 'tel:02380000000' },
        { label: 'Write to', text: 'Civic Centre, SO14 7LY' },
      ],
    );
    expect(contactLines(undefined)).toEqual([]);
    expect(contactLines({ form: 'https://example.org/contact' })).toEqual([
      { label: 'Online', text: 'use the contact form', href: 'https://example.org/contact' },
    ]);
    const m = minimal();
    expect(accessibilityStatement(m, new Map()).response).toBe(
      "We'll consider your request and get back to you in 10 working days.",
    );
    const one = { ...m.site, accessibility: { ...m.site.accessibility, responseDays: 1 } };
    expect(accessibilityStatement({ ...m, site: one }, new Map()).response).toBe(
      "We'll consider your request and get back to you in 1 working day.",
    );
  });

  it('says when a person prepared and reviewed it, or that no person has', () => {
    expect(preparation()).toBe('No person has reviewed this statement yet.');
    expect(preparation('2024-05-01', '2025-05-01')).toBe(
      'This statement was prepared on Wednesday 1 May 2024. It was last reviewed on Thursday 1 May 2025.',
    );
    expect(preparation(undefined, '2025-05-01')).toBe('It was last reviewed on Thursday 1 May 2025.');
  });

  it('is linked from every page’s footer and is in the sitemap', () => {
    const m = minimal();
    expect(footerLinks(m).at(-1)).toEqual({ href: '/board/accessibility/', label: 'Accessibility statement' });
    expect(sitemapPaths(m)).toContain('/board/accessibility/');
  });
});

describe('the accessibility settings in site.yaml', () => {
  const site = { title: 'T', url: 'https://example.org/', partners: [{ id: 'a', name: 'A', kind: 'other' }] };
  const parse = (accessibility: unknown) => siteSchema.safeParse({ ...site, accessibility });

  it('are optional, with 10 working days to answer', () => {
    expect(siteSchema.parse(site).accessibility).toEqual({ responseDays: 10, issues: [] });
    expect(parse({ prepared: new Date(Date.UTC(2024, 4, 1)), tested: 'With a keyboard.' }).data?.accessibility).toEqual(
      {
        prepared: '2024-05-01',
        tested: 'With a keyboard.',
        responseDays: 10,
        issues: [],
      },
    );
  });

  it('refuse a wrong value with a message that says what was expected', () => {
    const messages = (v: unknown) => parse(v).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages({ responseDays: 0 })).toEqual(['accessibility.responseDays: expected at least 1 working day']);
    expect(messages({ responseDays: 2.5 })).toEqual([
      'accessibility.responseDays: expected a whole number of working days, e.g. 10',
    ]);
    expect(messages({ reviewed: '2024-02-30' })).toEqual([
      'accessibility.reviewed: expected a real calendar date (check the day and month)',
    ]);
    expect(messages({ issues: [''] })).toEqual([
      'accessibility.issues.0: expected each problem as a sentence, not an empty text',
    ]);
    expect(messages({ review: '2024-01-01' })?.[0]).toMatch(/^accessibility: /);
  });
});
