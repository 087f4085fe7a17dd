// `npm run import:moderngov -- --download` against the recorded ModernGov server: public papers
// on the council's site are copied into documents/ and listed as the meeting's papers; papers the
// site does not publish (restricted ones, old Office files, papers the paper check refuses, links
// to other sites, papers the server cannot send) stay links or titles, and restricted papers are
// never even requested. A re-run asks for no paper again and changes no file; a withdrawn
// meeting's papers are removed with it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, filesOf, fixtures, repo, scratch } from './helpers.ts';
import {
  importModernGov,
  recordedModernGov,
  recordedPapers,
  summarySection,
  type RecordedServer,
} from '../support/moderngov-server.ts';
import { pdf, text } from '../support/pdf.ts';

const recorded = join(fixtures, 'moderngov', 'recorded');
const changed = join(fixtures, 'moderngov', 'changed');
const PDF = 'application/pdf';
const paper = (words: string) => pdf([{ content: text(72, 700, words) }]);

let server: RecordedServer;
let root: string;
const run = (...extra: string[]) => importModernGov(repo, server.url, root, '--download', ...extra);
const snapshot = () => new Map(filesOf(root).map((f) => [f.path, f.bytes.toString('latin1')]));
const paperRequests = () => server.requests.filter((r) => !r.includes('mgWebService.asmx'));

beforeAll(async () => {
  server = await recordedModernGov([recorded]);
  for (const [path, served] of Object.entries(recordedPapers())) server.papers.set(path, served);
  root = join(scratch('moderngov-download'), 'content');
  cpSync(join(fixtures, 'minimal', 'site.yaml'), join(root, 'site.yaml'));
});
afterAll(() => server.close());

describe('npm run import:moderngov -- --download', () => {
  it('copies public papers into documents/, lists them as the meeting papers, and never asks for restricted ones', async () => {
    const r = await run();
    expect(r.status, r.stderr).toBe(0);
    expect(summarySection(r.stdout, 'Added').filter((f) => f.startsWith('documents/'))).toEqual([
      'documents/2026-02-10/bcf-plan-report-60901.pdf',
      'documents/2026-02-10/minutes-of-25-nov-2025-60860.pdf',
      'documents/2026-03-10/draft-carers-strategy-70001.pdf',
    ]);
    expect(readFileSync(join(root, 'documents/2026-02-10/bcf-plan-report-60901.pdf'))).toEqual(
      Buffer.from(server.papers.get('/documents/s60901/BCF%20plan.pdf')!.bytes),
    );
    expect(paperRequests().some((p) => /s6090[23]|s70006|CANARY/.test(p))).toBe(false);

    const meeting = readFileSync(join(root, 'meetings/2026/2026-02-10-health-and-wellbeing-board.md'), 'utf8');
    expect(meeting).toContain(
      '    documents:\n      - title: BCF plan report\n        file: documents/2026-02-10/bcf-plan-report-60901.pdf\n      - title: "Appendix 2: provider prices"\n        exempt:',
    );
    expect(meeting).not.toContain("## Papers on the council's site");

    const carers = readFileSync(join(root, 'meetings/2026/2026-03-10-health-and-wellbeing-board.md'), 'utf8');
    expect(carers).toContain('file: documents/2026-03-10/draft-carers-strategy-70001.pdf');
    // Papers not published here stay links, each with the reason in the summary.
    for (const link of [
      's70002/Case%20studies.pdf',
      's70003/Responses.doc',
      'www.carers.example.org',
      's70005/EqIA.pdf',
    ])
      expect(carers).toContain(link);
    expect(r.stdout).toMatch(/paper "Case studies": the paper check found an NHS number \(ending 5919.*kept as a link/);
    expect(r.stdout).toMatch(
      /paper "Consultation responses": the paper check found an old binary Office format.*kept as a link/,
    );
    expect(r.stdout).toMatch(/paper "Carers' guidance": not on the council's ModernGov site/);
    expect(r.stdout).toMatch(/paper "Equality impact assessment": could not be downloaded .*HTTP 500/);
    // A restricted paper naming no paragraph is named as withheld, by its title alone.
    expect(carers).toContain('## Papers not for publication');
    expect(carers).toContain('- Item 1: Legal advice on the strategy');

    const v = spawnSync('npm', ['run', '-s', 'validate', '--', root], { cwd: repo, encoding: 'utf8' });
    expect(v.status, v.stdout + v.stderr).toBe(0);
    const b = build(root, '2026-03-25');
    expect(b.status, b.output).toBe(0);
    const dist = filesOf(b.outDir);
    expect(dist.some((f) => f.path.endsWith('bcf-plan-report-60901.pdf'))).toBe(true);
    const leaks = [
      ...dist.map((f) => ({ path: f.path, text: f.bytes.toString('latin1') })),
      ...[...snapshot()].map(([path, text]) => ({ path, text })),
    ]
      .filter((f) => /CANARY-RESTRICTED|943 476 5919|9434765919/.test(f.text))
      .map((f) => f.path);
    expect(leaks).toEqual([]);
    const page = dist.find((f) => /meetings\/2026-03-10-health-and-wellbeing-board\/index\.html$/.test(f.path));
    expect(page?.bytes.toString('utf8')).toContain('Legal advice on the strategy');
  });

  it('asks for no paper again and changes no file when run again', async () => {
    const before = snapshot();
    const asked = paperRequests().length;
    const r = await run();
    expect(r.status, r.stderr).toBe(0);
    expect(summarySection(r.stdout, 'Added')).toEqual([]);
    expect(summarySection(r.stdout, 'Updated')).toEqual([]);
    expect(summarySection(r.stdout, 'Removed')).toEqual([]);
    expect(snapshot()).toEqual(before);
    // Only the papers that were not downloaded are asked for again.
    expect(
      paperRequests()
        .slice(asked)
        .map((p) => p.replace(/^\/documents\//, ''))
        .sort(),
    ).toEqual(['s70002/Case%20studies.pdf', 's70003/Responses.doc', 's70005/EqIA.pdf']);
  });

  it('with --refresh-documents, fetches the downloaded papers again and updates the one that changed', async () => {
    const bytes = paper('Better Care Fund plan, corrected');
    server.papers.set('/documents/s60901/BCF%20plan.pdf', { bytes, type: PDF });
    const dry = await run('--refresh-documents', '--dry-run');
    expect(summarySection(dry.stdout, 'Would have updated')).toEqual([
      'documents/2026-02-10/bcf-plan-report-60901.pdf',
    ]);
    expect(readFileSync(join(root, 'documents/2026-02-10/bcf-plan-report-60901.pdf'))).not.toEqual(Buffer.from(bytes));
    const r = await run('--refresh-documents');
    expect(r.status, r.stderr).toBe(0);
    expect(summarySection(r.stdout, 'Updated')).toEqual(['documents/2026-02-10/bcf-plan-report-60901.pdf']);
    expect(readFileSync(join(root, 'documents/2026-02-10/bcf-plan-report-60901.pdf'))).toEqual(Buffer.from(bytes));
    expect(existsSync(join(root, '.import-moderngov-papers'))).toBe(false);
  });

  it('removes a withdrawn meeting with the papers it downloaded, and nothing else', async () => {
    server.dirs = [changed, recorded];
    const before = snapshot();
    const r = await run();
    expect(r.status, r.stderr).toBe(0);
    expect(summarySection(r.stdout, 'Removed')).toEqual([
      'documents/2026-03-10/draft-carers-strategy-70001.pdf',
      'meetings/2026/2026-03-10-health-and-wellbeing-board.md',
    ]);
    const after = snapshot();
    const differ = [...new Set([...before.keys(), ...after.keys()])]
      .filter((p) => before.get(p) !== after.get(p))
      .sort();
    expect(differ).toEqual([
      'documents/2026-03-10/draft-carers-strategy-70001.pdf',
      'meetings/2026/2026-02-10-health-and-wellbeing-board.md',
      'meetings/2026/2026-03-10-health-and-wellbeing-board.md',
    ]);
    expect(after.has('documents/2026-02-10/bcf-plan-report-60901.pdf')).toBe(true);
  });

  it('npm run moderngov:recorded serves the recordings and their papers for a newcomer to try', async () => {
    // The script npm runs, run directly, so that stopping it stops the server.
    const script = (JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
      .scripts['moderngov:recorded'];
    expect(script).toBe('node scripts/moderngov-recorded.mjs');
    const child = spawn(process.execPath, ['scripts/moderngov-recorded.mjs', '--port', '0'], { cwd: repo });
    try {
      const url = await new Promise<string>((done, fail) => {
        let out = '';
        child.stdout.on('data', (d) => {
          out += d;
          const m = /answering at (http:\/\/127\.0\.0\.1:\d+)\/mgWebService\.asmx/.exec(out);
          if (m) done(m[1]);
        });
        child.on('close', () => fail(new Error(`stopped before serving: ${out}`)));
      });
      const committees = await fetch(`${url}/mgWebService.asmx/GetCommittees?lDummy=0`);
      expect(await committees.text()).toContain('<committeeid>144</committeeid>');
      const meeting = await (await fetch(`${url}/mgWebService.asmx/GetMeeting?lMeetingId=4967`)).text();
      // The recordings' links point at the server itself, so papers are fetched from it.
      expect(meeting).toContain(`${url}/documents/s60901/BCF%20plan.pdf`);
      const report = await fetch(`${url}/documents/s60901/BCF%20plan.pdf`);
      expect(report.headers.get('content-type')).toBe('application/pdf');
    } finally {
      child.kill('SIGTERM');
    }
  });
});
