// Serves a built site on loopback under its base path and opens it in Debian's Chromium.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.ics': 'text/calendar',
  '.xml': 'application/xml',
  '.pdf': 'application/pdf',
  '.svg': 'image/svg+xml',
};

/** A static server for `dir` mounted at `base` (e.g. /board/), as any static host would serve it. */
export async function serve(dir: string, base: string): Promise<{ url: string; close: () => Promise<void> }> {
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
      res
        .writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' })
        .end(await readFile(file));
    } catch {
      res
        .writeHead(404, { 'Content-Type': 'text/html' })
        .end(await readFile(join(dir, '404.html')).catch(() => 'Not found'));
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

export function launch(): Promise<Browser> {
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
    ],
  });
}

/**
 * Types into the search page's box (Pagefind's Component UI) and waits until the results for
 * those words are shown: the summary reads "Searching for …" first, then "N results for …" or
 * "No results for …", and the results replace their loading placeholders.
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
  await page.waitForFunction(() => !document.querySelector('pagefind-results .pf-skeleton'), undefined, {
    timeout: 15_000,
  });
}
