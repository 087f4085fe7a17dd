// Serves a built site on loopback under its base path and opens it in Debian's Chromium.
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { SECURITY_HEADERS } from '../../src/publication/security-headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.ics': 'text/calendar',
  '.xml': 'application/xml',
  '.pdf': 'application/pdf',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};
/** Types a static host compresses on the fly; Pagefind's own files are compressed already. */
const COMPRESSED = /^(text\/|application\/(json|xml)|image\/svg)/;

export interface ServeOptions {
  /** Headers sent with every response: the site's security headers unless told otherwise. */
  headers?: Record<string, string>;
}

/**
 * A static server for `dir` mounted at `base` (e.g. /board/), as a static host would serve it:
 * gzip for text when the browser asks for it, and the security headers the project ships for hosts
 * (src/publication/security-headers.ts), so every browser test runs under the site's
 * Content-Security-Policy.
 */
export async function serve(
  dir: string,
  base: string,
  options: ServeOptions = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const headers = options.headers ?? SECURITY_HEADERS;
  const send = (
    req: { headers: Record<string, string | string[] | undefined> },
    res: import('node:http').ServerResponse,
    status: number,
    type: string,
    body: Buffer | string,
  ) => {
    const gzip = COMPRESSED.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res
      .writeHead(status, {
        ...headers,
        'Content-Type': type,
        Vary: 'Accept-Encoding',
        ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      })
      .end(gzip ? gzipSync(body) : body);
  };
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- every request is answered inside the handler
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(base)) {
      res.writeHead(404).end();
      return;
    }
    let file = normalize(join(dir, path.slice(base.length)));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      send(req, res, 200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
    } catch {
      send(req, res, 404, TYPES['.html'], await readFile(join(dir, '404.html')).catch(() => 'Not found'));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Debian's Chromium, headless; `args` adds switches (Lighthouse's remote debugging port). */
export function launch({ args = [] }: { args?: string[] } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...args,
    ],
  });
}

/**
 * Types into the search page's box (Pagefind's Component UI) and waits until the results for
 * those words are shown: the summary reads "Searching for …" first, then "N results for …" or
 * "No results for …", and the results replace their loading placeholders (each loads when scrolled into view).
 */
export async function typeSearch(page: Page, words: string): Promise<void> {
  await page.locator('pagefind-input input').fill(words);
  await page.waitForFunction(
    (w) =>
      /results? for/i.test(document.querySelector('pagefind-summary')?.textContent ?? '') &&
      document.querySelector('pagefind-summary')!.textContent!.includes(w),
    words,
    { timeout: 15_000 },
  );
  // Pagefind loads each result as it scrolls into view: bring the first still loading into view
  // until none is left, then go back to the top.
  await page.waitForFunction(
    () => {
      const loading = document.querySelector('pagefind-results .pf-skeleton');
      loading?.scrollIntoView();
      return !loading;
    },
    undefined,
    { timeout: 15_000, polling: 100 },
  );
  await page.evaluate(() => window.scrollTo(0, 0));
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe at WCAG 2.2 AA on the page as it stands and returns its violations, one line each. */
export async function axe(page: Page): Promise<string[]> {
  // Evaluated by the test, not added as a script: the site's policy blocks inline scripts.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    // @ts-expect-error axe is evaluated above
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map(
      (v: { id: string; nodes: { target: string[] }[] }) =>
        `${v.id} (${v.nodes.length}: ${v.nodes
          .slice(0, 2)
          .map((n) => n.target.join(' '))
          .join(', ')})`,
    );
  });
}

/**
 * The pages a built site lists in its sitemap, as paths below its base path (`meetings/`), and
 * the base path itself (`/jcb/`), read from the first address.
 */
export function sitemapPaths(outDir: string): { base: string; paths: string[] } {
  const locs = [...readFileSync(join(outDir, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]*)<\/loc>/g)].map(
    (m) => new URL(m[1]).pathname,
  );
  const home = locs.reduce((a, b) => (a.length <= b.length ? a : b), locs[0] ?? '/');
  const base = home.endsWith('/') ? home : home.slice(0, home.lastIndexOf('/') + 1);
  return { base, paths: locs.map((p) => p.slice(base.length)) };
}
