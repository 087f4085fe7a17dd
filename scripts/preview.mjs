#!/usr/bin/env node
// Serves a built site on this computer, at the base path it was built for, to look at before it
// is copied to the web server. The base path is read from the built site itself (its
// data/index.json, else the canonical link of its home page), so a site built from any content
// root is served where its links point. Sends the security headers a host should send.
// Usage: npm run preview [-- <site folder>] [--port <number>] [--host <address>]
//   (default folder: OUT_DIR, else dist/; default port 4321 on 127.0.0.1)
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SECURITY_HEADERS } from '../src/publication/security-headers.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function refuse(message) {
  console.error(message);
  process.exit(1);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: { port: { type: 'string' }, host: { type: 'string', default: '127.0.0.1' } },
  });
} catch (err) {
  refuse(`preview: ${err.message}; expected npm run preview [-- <site folder>] [--port <number>]`);
}
const port = Number(args.values.port ?? process.env.PORT ?? 4321);
if (!Number.isInteger(port) || port < 0 || port > 65535)
  refuse(`preview: --port ${args.values.port}: expected a port number such as 4321`);
const host = args.values.host;

// A folder typed on the command line is taken from where it was typed; OUT_DIR as the build takes it.
const folder = args.positionals[0]
  ? resolve(process.env.INIT_CWD || process.cwd(), args.positionals[0])
  : resolve(repo, process.env.OUT_DIR || 'dist');
if (!existsSync(join(folder, 'index.html'))) {
  refuse(
    [
      `There is no built site in ${folder} yet.`,
      'Build it first, then preview it:',
      '  npm run build && npm run preview',
      '  CONTENT_DIR=path/to/content npm run build && npm run preview',
      'If you built with OUT_DIR, preview with the same OUT_DIR (or npm run preview -- <that folder>).',
    ].join('\n'),
  );
}

/** What the built site says about itself: its address (whose path is the base path), title and build date. */
function describeSite(dir) {
  try {
    const index = JSON.parse(readFileSync(join(dir, 'data', 'index.json'), 'utf8'));
    if (typeof index.url === 'string') return { url: new URL(index.url), title: index.title, date: index.buildDate };
  } catch {
    // An older or partial site: fall back to the home page.
  }
  const home = readFileSync(join(dir, 'index.html'), 'utf8');
  const canonical = /<link[^>]+rel="canonical"[^>]+href="([^"]+)"/.exec(home)?.[1];
  return { url: new URL(canonical ?? 'http://localhost/'), title: undefined, date: undefined };
}

const site = describeSite(folder);
const base = site.url.pathname.endsWith('/') ? site.url.pathname : `${site.url.pathname}/`;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.ics': 'text/calendar; charset=utf-8',
  '.xml': 'application/xml',
  '.rss': 'application/rss+xml',
  '.pdf': 'application/pdf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.ods': 'application/vnd.oasis.opendocument.spreadsheet',
};

async function notFound(res) {
  const page = await readFile(join(folder, '404.html')).catch(() => 'Not found');
  res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': TYPES['.html'] }).end(page);
}

const server = createServer((req, res) => {
  void (async () => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://preview').pathname);
    } catch {
      return void res.writeHead(400).end();
    }
    // The site lives under its base path, as it will on the web server.
    if (path === '/' || `${path}/` === base) return void res.writeHead(302, { Location: base }).end();
    if (!path.startsWith(base)) return notFound(res);
    const file = normalize(join(folder, path.slice(base.length)));
    if (file !== folder && !file.startsWith(folder + sep)) return void res.writeHead(403).end();
    try {
      let target = file;
      if ((await stat(target)).isDirectory()) {
        // Pages are folders: /decisions/x is /decisions/x/, so the page's relative links work.
        if (!path.endsWith('/')) return void res.writeHead(301, { Location: `${path}/` }).end();
        target = join(target, 'index.html');
      }
      const body = await readFile(target);
      res
        .writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': TYPES[extname(target)] ?? 'application/octet-stream' })
        .end(req.method === 'HEAD' ? undefined : body);
    } catch {
      await notFound(res);
    }
  })();
});

// A preview stopped a moment ago may still be letting go of the port: try again for two seconds.
let tries = 0;
server.on('error', (err) => {
  if (err.code === 'EADDRINUSE' && ++tries < 8) return void setTimeout(() => server.listen(port, host), 250);
  if (err.code === 'EADDRINUSE')
    refuse(
      [
        `Port ${port} on ${host} is already in use: another preview (or another program) is still running there.`,
        'Stop it with Ctrl-C in the window where it runs, or preview on another port:',
        `  npm run preview -- --port ${port + 1}`,
      ].join('\n'),
    );
  refuse(`preview: could not start the server: ${err.message}`);
});

// Ctrl-C, or being told to stop, closes the server and every open connection, so the port is
// free at once. npm passes a stop on to the shell it runs this in, not to this process: when the
// process that started the preview has gone, the preview stops too.
function stop() {
  server.closeAllConnections();
  server.close();
  console.log('Preview stopped.');
  process.exit(0);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, stop);
const parent = process.ppid;
setInterval(() => process.ppid !== parent && stop(), 200).unref();

server.listen(port, host, () => {
  const address = server.address();
  const shown = host.includes(':') ? `[${host}]` : host;
  const url = `http://${shown}:${address.port}${base}`;
  const about = [site.title && `"${site.title}"`, site.date && `built as at ${site.date}`].filter(Boolean).join(', ');
  console.log(`Serving ${folder}${about ? ` (${about})` : ''}`);
  console.log(`Open ${url} in your browser. Press Ctrl-C to stop.`);
});
