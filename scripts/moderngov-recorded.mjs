#!/usr/bin/env node
// Serves the recorded ModernGov web service the importer's tests use (test/fixtures/moderngov/
// recorded, and the papers they link to) on this machine, so that the import can be tried without
// a council's server. Stop it with Ctrl+C. See "Try it" in docs/moderngov-import.md.
// Usage: npm run moderngov:recorded [-- --port <port>]   (default 8787)
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { recordedModernGov, recordedPapers } from '../test/support/moderngov-server.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { port = '8787' } = parseArgs({ options: { port: { type: 'string' } } }).values;
if (!/^\d+$/.test(port) || +port > 65535) {
  console.error(`moderngov:recorded: --port ${port}: expected a port number, e.g. 8787`);
  process.exit(1);
}
let server;
try {
  server = await recordedModernGov([join(repo, 'test', 'fixtures', 'moderngov', 'recorded')], +port);
} catch (err) {
  console.error(
    `moderngov:recorded: could not listen on port ${port} (${err.code ?? err.message}); give another with -- --port <port>`,
  );
  process.exit(1);
}
for (const [path, served] of Object.entries(recordedPapers())) server.papers.set(path, served);
console.log(`A recorded ModernGov web service is answering at ${server.url}/mgWebService.asmx
In another terminal, from this folder:

  mkdir -p my-board && cp test/fixtures/minimal/site.yaml my-board/
  npm run import:moderngov -- --site ${server.url} --committee 144 --from 2026-01-01 --to 2026-12-31 --out my-board --councillors --download
  npm run validate -- my-board
  CONTENT_DIR=my-board BUILD_DATE=2026-03-25 npm run build && npm run preview

Press Ctrl+C to stop.`);
const stop = () => server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
