// A ModernGov web service on loopback that answers from recorded XML (test/fixtures/moderngov):
// GET /<prefix>/mgWebService.asmx/<Method>?... is answered with <Method>-<id>.xml (the committee
// or meeting id asked for) or <Method>.xml, from the first folder of `dirs` that has it.
// The prefix /forbidden answers 403, as a firewall does; /not-moderngov answers an HTML page.
// The recordings' council site, https://democracy.example.gov.uk, is answered as this server's
// own address, so that papers linked from them are fetched here: `papers` maps a path (and query)
// to the bytes and content type served for it.
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { pdf, text } from './pdf.ts';

export const RECORDED_SITE = 'https://democracy.example.gov.uk';

export interface ServedPaper {
  bytes: Uint8Array;
  type: string;
}

export interface RecordedServer {
  url: string;
  requests: string[];
  dirs: string[];
  papers: Map<string, ServedPaper>;
  close: () => Promise<void>;
}

export async function recordedModernGov(dirs: string[], port = 0): Promise<RecordedServer> {
  const requests: string[] = [];
  const state = { dirs };
  const papers = new Map<string, ServedPaper>();
  let own = '';
  const server: Server = createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(`${u.pathname}${u.search}`);
    if (u.pathname.startsWith('/forbidden/')) {
      res.writeHead(403, { 'content-type': 'text/html' }).end('<html><body>Access denied</body></html>');
      return;
    }
    if (u.pathname.startsWith('/not-moderngov/')) {
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<!DOCTYPE html><html><body><p>Welcome</p></body></html>');
      return;
    }
    const paper = papers.get(`${u.pathname}${u.search}`);
    if (paper) {
      res.writeHead(200, { 'content-type': paper.type }).end(paper.bytes);
      return;
    }
    const m = /\/mgWebService\.asmx\/(\w+)$/i.exec(u.pathname);
    const id = u.searchParams.get('lCommitteeId') ?? u.searchParams.get('lMeetingId');
    const names = m ? [id ? `${m[1]}-${id}.xml` : '', `${m[1]}.xml`].filter(Boolean) : [];
    for (const dir of state.dirs)
      for (const n of names)
        if (existsSync(join(dir, n))) {
          res
            .writeHead(200, { 'content-type': 'text/xml; charset=utf-8' })
            .end(readFileSync(join(dir, n), 'utf8').replaceAll(RECORDED_SITE, own));
          return;
        }
    res.writeHead(500, { 'content-type': 'text/plain' }).end('Web Service method name is not valid.');
  });
  await new Promise<void>((r, fail) => server.once('error', fail).listen(port, '127.0.0.1', r));
  own = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: own,
    requests,
    papers,
    get dirs() {
      return state.dirs;
    },
    set dirs(d: string[]) {
      state.dirs = d;
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

export interface ImportRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `npm run import:moderngov` of committee 144 in 2026 into `root`, run alongside the test (the
 * recorded server answers from the test's own process, so the import must not block it).
 */
export function importModernGov(repo: string, site: string, root: string, ...extra: string[]): Promise<ImportRun> {
  const args = ['run', '-s', 'import:moderngov', '--', '--site', site, '--committee', '144', '--from', '2026-01-01'];
  args.push('--to', '2026-12-31', '--out', root, '--councillors', '--delay', '0', '--date', '2026-03-20', ...extra);
  return new Promise((done) => {
    const child = spawn('npm', args, { cwd: repo });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

/** The files listed under a heading of the import's summary, e.g. section(out, 'Added'). */
export function summarySection(out: string, name: string): string[] {
  const m = new RegExp(`^${name}: \\d+\\n((?:  .*\\n)*)`, 'm').exec(out);
  return m
    ? m[1]
        .split('\n')
        .filter(Boolean)
        .map((l) => l.trim())
    : [];
}

const PDF = 'application/pdf';
const paper = (words: string) => ({ bytes: pdf([{ content: text(72, 700, words) }]), type: PDF });

/**
 * The papers the recordings link to, by path: public ones, one with an NHS number (which the
 * paper check refuses), an old Word file, and the restricted ones with canary text (served, so
 * that only the importer's gate keeps them out). EqIA.pdf is missing, as papers sometimes are.
 */
export function recordedPapers(): Record<string, ServedPaper> {
  const oldWord = new Uint8Array(2048);
  oldWord.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return {
    '/mgConvert2PDF.aspx?ID=60860': paper('Minutes of 25 November 2025'),
    '/documents/s60901/BCF%20plan.pdf': paper('Better Care Fund plan wording'),
    '/documents/s70001/Carers%20strategy.pdf': paper('Draft carers strategy'),
    // An NHS number with a valid check digit.
    '/documents/s70002/Case%20studies.pdf': paper('Case study: NHS number 943 476 5919'),
    '/documents/s70003/Responses.doc': { bytes: oldWord, type: 'application/msword' },
    '/documents/s60902/CANARY-RESTRICTED-URL-7733.pdf': paper('CANARY-RESTRICTED-PAPER-7747'),
    '/documents/s60903/CANARY-RESTRICTED-URL-7737.pdf': paper('CANARY-RESTRICTED-PAPER-7747'),
    '/documents/s70006/CANARY-RESTRICTED-URL-7746.pdf': paper('CANARY-RESTRICTED-PAPER-7747'),
  };
}
