// Builds the canary fixture and reads every file under dist/: withheld text is nowhere,
// public parts are there.
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { sharedBuild, filesOf, fixtures, pagefindFiles, pagefindPages, type BuildResult } from './helpers.ts';

/** Withheld entries' ids and the draft's file name: no output may name them. */
const WITHHELD_IDS = [
  'jcb-2024-002',
  'jcb-2024-003',
  'jcb-2024-005',
  'jcb-2024-006',
  'jcb-2024-007',
  'jcb-2024-008',
  'jcb-2024-009',
  'jcb-2024-010',
  'fp-2024-099',
  '2024-07-10-test-board',
  'canary-draft',
  'draft-with-image',
  'embargoed-with-image',
  'canary-embargoed-scan',
  'canary-exempt-background',
];

let result: BuildResult;
let files: { path: string; bytes: Buffer }[];
beforeAll(() => {
  result = sharedBuild(join(fixtures, 'canary'), '2024-06-10');
  files = result.status === 0 ? filesOf(result.outDir) : [];
});

describe('a build with draft, embargoed and exempt content', () => {
  it('succeeds', () => expect(result.status, result.output).toBe(0));

  it('writes no canary into any file under dist/', () => {
    expect(files.length).toBeGreaterThan(10);
    const leaks = files.filter((f) => f.bytes.includes('CANARY-')).map((f) => f.path);
    expect(leaks).toEqual([]);
  });

  it('publishes the public parts of exempt entries and the entry embargoed until today', () => {
    const all = Buffer.concat(files.map((f) => f.bytes)).toString('utf8');
    for (const marker of [
      'PUBLIC-EXEMPT-TITLE',
      'PUBLIC-EXEMPT-SUMMARY',
      'PUBLIC-EXEMPT-ITEM',
      'PUBLIC-EXEMPT-DOC-TITLE',
      'PUBLIC-EMBARGO-TODAY',
      'PUBLIC-EXEMPT-MINUTES-SUMMARY',
      'PUBLIC-EXEMPT-BACKGROUND-TITLE',
      'PUBLIC-BACKGROUND-INSPECTION',
    ]) {
      expect(all, marker).toContain(marker);
    }
    expect(all).toContain(
      'Not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.',
    );
  });

  it('writes every kind of output, so the checks below cover feeds, calendars, CSV, sitemap and search', () => {
    const paths = files.map((f) => f.path);
    for (const path of [
      'feeds/decisions.xml',
      'feeds/meetings.xml',
      'feeds/forward-plan.xml',
      'calendar/meetings.ics',
      'calendar/test-board.ics',
      'calendar/call-in.ics',
      'calendar/forward-plan.ics',
      'meetings/2024-05-15-test-board/meeting.ics',
      'data/decisions.csv',
      'data/meetings.csv',
      'data/forward-plan.csv',
      'data/bodies.json',
      'data/people.json',
      'data/index.json',
      'sitemap.xml',
      'pagefind/pagefind-entry.json',
      'feeds/officer-decisions.xml',
      'data/officer-decisions.json',
      'data/officer-decisions.csv',
      'officer-decisions/index.html',
      'registers/index.html',
    ]) {
      expect(paths, path).toContain(path);
    }
    expect(paths.filter((p) => p.startsWith('pagefind/fragment/')).length).toBeGreaterThan(5);
  });

  it('names no withheld entry in any file, the search index included', () => {
    const texts = [
      ...files.map((f) => ({ path: f.path, text: f.bytes.toString('utf8') })),
      ...pagefindFiles(result.outDir),
    ];
    for (const id of WITHHELD_IDS)
      expect(
        texts.filter((t) => t.text.includes(id)).map((t) => t.path),
        id,
      ).toEqual([]);
  });

  it('keeps every canary out of the decompressed search index, words and fragments alike', () => {
    const index = pagefindFiles(result.outDir);
    expect(index.length).toBeGreaterThan(10);
    // The word index holds lower-case words: "CANARY-EXEMPT-BODY" would be stored as "canary".
    expect(index.filter((f) => /canary/i.test(f.text)).map((f) => f.path)).toEqual([]);
    const pages = pagefindPages(result.outDir);
    const all = pages.map((p) => `${p.meta.title} ${p.content}`).join(' ');
    for (const marker of [
      'PUBLIC-EXEMPT-TITLE',
      'PUBLIC-EXEMPT-SUMMARY',
      'PUBLIC-EXEMPT-ITEM',
      'PUBLIC-MEETING-BODY',
      'PUBLIC-EMBARGO-TODAY',
      'PUBLIC-EXEMPT-MINUTES-SUMMARY',
    ])
      expect(all, marker).toContain(marker);
    expect(pages.map((p) => p.url)).not.toContain('/decisions/jcb-2024-002/');
  });

  it('counts only public entries in feeds, calendars, CSV and the sitemap', () => {
    const text = (path: string) => files.find((f) => f.path === path)!.bytes.toString('utf8');
    expect(text('feeds/decisions.xml').match(/<item>/g)).toHaveLength(5);
    expect(text('feeds/meetings.xml').match(/<item>/g)).toHaveLength(3);
    expect(text('feeds/forward-plan.xml').match(/<item>/g)).toHaveLength(2);
    expect(text('calendar/meetings.ics').match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(parseCsv(text('data/decisions.csv'), { columns: true })).toHaveLength(5);
    expect(parseCsv(text('data/meetings.csv'), { columns: true })).toHaveLength(3);
    expect(parseCsv(text('data/forward-plan.csv'), { columns: true })).toHaveLength(2);
    expect(text('sitemap.xml').match(/<loc>[^<]*\/decisions\/[^<]+<\/loc>/g)).toHaveLength(5);
  });

  it('keeps a draft and an embargoed special urgency decision out of the transparency reports', () => {
    const text = (path: string) => files.find((f) => f.path === path)!.bytes.toString('utf8');
    for (const page of ['transparency/index.html', 'transparency/2024/index.html']) {
      const html = text(page);
      // The reports are built, and say plainly that 2024 has nothing public to report.
      expect(html, page).toContain('Decisions taken under special urgency');
      expect(html, page).toContain('Decisions that should have been treated as key decisions');
      expect(html, page).not.toMatch(/CANARY-|jcb-2024-0(0[789]|10)/);
    }
    expect(text('transparency/index.html').match(/<li>2024: None<\/li>/g)).toHaveLength(2);
    const year = text('transparency/2024/index.html');
    expect(year.match(/<p>None\.<\/p>/g)).toHaveLength(2);
    const decisions = JSON.parse(text('data/decisions.json')) as { urgency: unknown; keyDecisionReport: unknown }[];
    expect(decisions.filter((d) => d.urgency && JSON.stringify(d.urgency).includes('special-urgency'))).toEqual([]);
    expect(decisions.filter((d) => d.keyDecisionReport)).toEqual([]);
  });

  it('shows the council references of public entries, inherited by a decision, and no withheld one', () => {
    const text = (path: string) => files.find((f) => f.path === path)!.bytes.toString('utf8');
    const byId = (file: string) =>
      new Map((JSON.parse(text(file)) as { id: string; reference: string | null }[]).map((r) => [r.id, r.reference]));
    const decisions = byId('data/decisions.json');
    const plan = byId('data/forward-plan.json');
    // Typed unquoted as 1241; inherited from fp-2023-001; none at all.
    expect([decisions.get('jcb-2023-003'), decisions.get('jcb-2023-001'), decisions.get('jcb-2023-002')]).toEqual([
      '1241',
      'KD 2023/17',
      null,
    ]);
    expect([plan.get('fp-2023-001'), plan.get('fp-2023-002')]).toEqual(['KD 2023/17', 'KD 2023/42']);
    const csv = parseCsv(text('data/decisions.csv'), { columns: true }) as { id: string; reference: string }[];
    expect(csv.find((r) => r.id === 'jcb-2023-001')?.reference).toBe('KD 2023/17');
    // The decision and its notice show one reference, and the id only in the address.
    for (const page of ['decisions/jcb-2023-001/index.html', 'forward-plan/fp-2023-001/index.html']) {
      const html = text(page);
      expect(html, page).toContain('<span data-pagefind-weight="10">KD 2023/17</span>');
      expect(html, page).not.toMatch(/>\s*(jcb-2023-001|fp-2023-001)\s*</);
    }
    expect(text('feeds/decisions.xml')).toContain('1241. ');
    expect(text('forward-plan/index.html')).toContain('<span class="meta"> (KD 2023/42)</span>');
    expect(text('feeds/forward-plan.xml')).toContain('KD 2023/42. ');
    const withheld = files.filter((f) => f.bytes.includes('CANARY-REF-')).map((f) => f.path);
    expect(withheld).toEqual([]);
  });

  it('keeps draft and embargoed officer decisions out of their register, feed, open data, board page and registers', () => {
    const text = (path: string) => files.find((f) => f.path === path)!.bytes.toString('utf8');
    expect(text('feeds/officer-decisions.xml')).not.toMatch(/<item>/);
    expect(JSON.parse(text('data/officer-decisions.json'))).toEqual([]);
    expect(parseCsv(text('data/officer-decisions.csv'), { columns: true })).toHaveLength(0);
    expect(text('officer-decisions/index.html')).toContain('No officer decisions have been published yet.');
    // The power they name is public, with no decision under it.
    for (const page of ['registers/index.html', 'bodies/test-board/index.html']) {
      expect(text(page), page).toContain('PUBLIC-DELEGATION-POWER');
      expect(text(page), page).toContain('None published');
    }
    const bodies = JSON.parse(text('data/bodies.json')) as { delegations: { id: string; decisions: string[] }[] }[];
    expect(bodies[0].delegations).toEqual([expect.objectContaining({ id: 'tb-contract-extensions', decisions: [] })]);
    const officer = pagefindPages(result.outDir).filter((p) => p.filters.Type?.includes('Officer decision'));
    expect(officer).toEqual([]);
  });

  it('does not publish the file named only by a draft', () => {
    expect(files.map((f) => f.path)).not.toContain('documents/canary-draft.pdf');
  });

  it('lists on the accessibility statement only public papers, never a draft, embargoed or exempt one', () => {
    const page = files.find((f) => f.path === 'accessibility/index.html')!.bytes.toString('utf8');
    expect(page).toContain('Accessibility statement for Test Joint Commissioning Board');
    // The public papers are untagged PDFs, so they are listed...
    expect(page).toContain('href="/board/papers/2023-05-10/equipment-report-pdf/"');
    expect(page).toContain('href="/board/papers/2023-05-10/agenda-pack-pdf/"');
    expect(page).toContain('The paper check read all 2 papers published on the website');
    // ...and the draft's paper, the embargoed meeting's scan (a PDF with no text, which would be
    // listed as such) and the exempt papers are not, by name, file or count.
    for (const withheld of [
      'CANARY-',
      'canary-draft',
      'canary-embargoed-scan',
      'PUBLIC-EXEMPT-DOC-TITLE',
      'Appendix 1: bid prices',
      'no text to read out',
    ])
      expect(page, withheld).not.toContain(withheld);
    expect(files.map((f) => f.path)).not.toContain('documents/2024-07-10/canary-embargoed-scan.pdf');
  });

  it('shows an exempt item’s public summary where its withheld minute would be, and names an exempt background paper without its file', () => {
    const page = files.find((f) => f.path === 'meetings/2024-05-15-test-board/index.html')!.bytes.toString('utf8');
    expect(page).toContain('<strong>Summary of the proceedings:</strong> PUBLIC-EXEMPT-MINUTES-SUMMARY');
    expect(page).not.toContain('CANARY-EXEMPT-MINUTE');
    expect(page).toMatch(
      /PUBLIC-EXEMPT-BACKGROUND-TITLE<\/span>\s*<span class="document-list__withheld">Not for publication/,
    );
    expect(files.map((f) => f.path).filter((p) => p.includes('canary-exempt-background'))).toEqual([]);
  });

  it('keeps a draft whose publication control follows a dashed comment line out of every output', () => {
    // The old reader ended the front matter at "# ------ publication control ------".
    expect(files.filter((f) => f.bytes.includes('CANARY-FRONTMATTER')).map((f) => f.path)).toEqual([]);
  });

  it('shows when a page was last updated', () => {
    const about = files.find((f) => f.path === 'about/index.html')!.bytes.toString('utf8');
    expect(about).toContain('Last updated <time datetime="2024-05-01">Wednesday 1 May 2024</time>');
  });

  it('publishes an image only with the public entry that shows it, through the model', () => {
    const paths = files.map((f) => f.path);
    expect(paths).toContain('documents/images/public-chart.png');
    expect(paths).toContain('documents/images/public-decision-chart.png');
    expect(paths.filter((p) => /canary-(draft|embargoed)-photo/.test(p))).toEqual([]);
    // Astro's own image pipeline is not used: nothing is copied to _astro/ from the content.
    expect(paths.filter((p) => p.startsWith('_astro/') && /\.(png|jpe?g|gif|webp|avif|svg)$/.test(p))).toEqual([]);
    const text = (path: string) => files.find((f) => f.path === path)!.bytes.toString('utf8');
    expect(text('about/index.html')).toMatch(
      /<img src="\/board\/documents\/images\/public-chart\.png" alt="PUBLIC-IMAGE chart of spending">/,
    );
    expect(text('decisions/jcb-2024-004/index.html')).toMatch(
      /<img src="\/board\/documents\/images\/public-decision-chart\.png" alt="PUBLIC-DECISION-IMAGE/,
    );
  });
});
