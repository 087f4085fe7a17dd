// Builds the statutory-record fixture and the sample and reads the registers, the register of
// officer decisions, the boards' delegated powers, the feed and the open data they publish.
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import { sharedBuild, fixtures, pagefindPages, repo, type BuildResult } from './helpers.ts';

let fixture: BuildResult;
let sample: BuildResult;
beforeAll(() => {
  fixture = sharedBuild(join(fixtures, 'statutory-record'), '2024-06-10');
  sample = sharedBuild(join(repo, 'content'), '2026-11-22');
});
const read = (r: BuildResult, path: string) => readFileSync(join(r.outDir, path), 'utf8');
const items = (xml: string) =>
  (new XMLParser({ isArray: (name) => name === 'item' }).parse(xml).rss.channel.item ?? []) as {
    title: string;
    link: string;
    category: string;
  }[];

describe('the statutory-record fixture', () => {
  it('builds', () => expect(fixture.status, fixture.output).toBe(0));

  it('lists the officer decision by year, with its officer, power and the last day it is kept', () => {
    const html = read(fixture, 'officer-decisions/index.html');
    expect(html).toContain('<h1>Officer decisions</h1>');
    expect(html).toContain('<h2 id="year-2023">2023</h2>');
    expect(html).toContain('href="/board/decisions/od-2023-001/"');
    expect(html).toContain('href="/board/people/sam-varga-test/"');
    expect(html).toContain('href="/board/bodies/test-board/#delegation-tb-contract-extensions"');
    expect(html).toContain('<time datetime="2029-06-04">4 June 2029</time>');
    expect(html).toContain('href="/board/feeds/officer-decisions.xml"');
  });

  it('shows the power, its source and the retention on the decision page, with the declaration and dispensation', () => {
    const html = read(fixture, 'decisions/od-2023-001/index.html');
    expect(html).toContain('Officer decision</strong>');
    expect(html).toMatch(
      /Delegated power<\/dt>\s*<dd class="summary-list__value"><a href="\/board\/bodies\/test-board\/#delegation-tb-contract-extensions">/,
    );
    expect(html).toContain('Terms of reference, paragraph 4.2');
    expect(html).toMatch(
      /Record and papers available until<\/dt>\s*<dd class="summary-list__value">Monday 4 June 2029/,
    );
    expect(html).toContain('Dispensation granted on Thursday 1 June 2023 by Monitoring Officer');
    expect(html).toContain('Background paper');
    expect(html).toContain('An officer decision under delegated powers is not subject to call-in');
  });

  it('shows the board’s delegated powers on its page, each with its anchor and the decisions under it', () => {
    const html = read(fixture, 'bodies/test-board/index.html');
    expect(html).toContain('<h2 id="delegations">Delegated powers</h2>');
    expect(html).toMatch(
      /<th scope="row" class="table__header" id="delegation-tb-contract-extensions">To extend contracts/,
    );
    expect(html).toContain('id="delegation-tb-urgent-carers-grants"');
    expect(html).toContain('href="/board/decisions/od-2023-001/"');
    expect(html).toContain('(not in force)');
  });

  it('publishes the registers: members with role, partner and party, and every board’s powers', () => {
    const html = read(fixture, 'registers/index.html');
    expect(html).toContain('<h1>Registers of members and delegated powers</h1>');
    for (const text of ['Councillor Alex Test', 'Example Party', 'Sample Party', 'Dr Bea Test', 'vice-chair'])
      expect(html).toContain(text);
    expect(html).toContain('href="/board/bodies/test-board/#delegation-tb-contract-extensions"');
    expect(html).toContain('Sam Varga-Test');
    // No address or telephone of a member: only the site's contact address is given.
    expect(html).not.toMatch(/tel:|Example Road/);
  });

  it('writes the feed, the open data and the index entries', () => {
    expect(items(read(fixture, 'feeds/officer-decisions.xml'))).toEqual([
      expect.objectContaining({
        link: 'https://example.org/board/decisions/od-2023-001/',
        category: 'Officer decision',
      }),
    ]);
    const officer = JSON.parse(read(fixture, 'data/officer-decisions.json')) as Record<string, unknown>[];
    expect(officer.map((d) => d.id)).toEqual(['od-2023-001']);
    const csv = parseCsv(read(fixture, 'data/officer-decisions.csv'), { columns: true }) as Record<string, string>[];
    expect(csv).toEqual([
      expect.objectContaining({
        id: 'od-2023-001',
        officerDecision: 'true',
        'delegation.id': 'tb-contract-extensions',
        retainedUntil: '2029-06-04',
      }),
    ]);
    const decisions = JSON.parse(read(fixture, 'data/decisions.json')) as { id: string; officerDecision: boolean }[];
    expect(decisions.filter((d) => d.officerDecision).map((d) => d.id)).toEqual(['od-2023-001']);
    const bodies = JSON.parse(read(fixture, 'data/bodies.json')) as { delegations: { id: string }[] }[];
    expect(bodies[0].delegations.map((d) => d.id)).toEqual(['tb-contract-extensions', 'tb-urgent-carers-grants']);
    const index = JSON.parse(read(fixture, 'data/index.json')) as { files: { path: string }[] };
    for (const path of ['data/officer-decisions.json', 'data/officer-decisions.csv', 'feeds/officer-decisions.xml'])
      expect(index.files.map((f) => f.path)).toContain(path);
    expect(existsSync(join(fixture.outDir, 'data/schema/officer-decisions.schema.json'))).toBe(true);
  });

  it('puts both registers in the sitemap and the officer decision in search as its own type', () => {
    const sitemap = read(fixture, 'sitemap.xml');
    expect(sitemap).toContain('<loc>https://example.org/board/officer-decisions/</loc>');
    expect(sitemap).toContain('<loc>https://example.org/board/registers/</loc>');
    const page = pagefindPages(fixture.outDir).find((p) => p.url.includes('/decisions/od-2023-001/'))!;
    expect(page.filters.Type).toEqual(['Officer decision']);
  });

  it('links both registers from every page’s footer', () => {
    const html = read(fixture, 'index.html');
    expect(html).toContain('<a href="/board/officer-decisions/">Officer decisions</a>');
    expect(html).toContain('<a href="/board/registers/">Registers of members and delegated powers</a>');
  });
});

describe('the sample site', () => {
  it('builds', () => expect(sample.status, sample.output).toBe(0));

  it('lists its three officer decisions in two years, and its feed holds them', () => {
    const html = read(sample, 'officer-decisions/index.html');
    for (const id of ['od-2024-001', 'od-2025-001', 'od-2025-002']) expect(html).toContain(`/jcb/decisions/${id}/`);
    expect(html).toContain('<a href="#year-2025">2025</a>');
    expect(items(read(sample, 'feeds/officer-decisions.xml')).map((i) => i.link)).toEqual([
      'https://democracy.example.org/jcb/decisions/od-2025-002/',
      'https://democracy.example.org/jcb/decisions/od-2025-001/',
      'https://democracy.example.org/jcb/decisions/od-2024-001/',
    ]);
  });

  it('shows the Joint Commissioning Board’s two delegations on its page and in the registers', () => {
    for (const page of ['bodies/joint-commissioning-board/index.html', 'registers/index.html']) {
      const html = read(sample, page);
      expect(html, page).toContain('Hollis Varney');
      expect(html, page).toContain('Jo Whitcombe');
      expect(html, page).toContain('paragraph 7.2');
    }
    expect(read(sample, 'registers/index.html')).toContain('id="register-health-and-wellbeing-board"');
  });
});
