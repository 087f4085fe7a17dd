#!/usr/bin/env node
// The editor: a form in the browser for meetings, agendas, decisions, papers and the rest, which
// writes the content root's files as a person typing them would. Serves Decap CMS and its
// file-system proxy on 127.0.0.1 only, and lists the problems validate finds after each save.
// Usage: npm run edit [-- <content root>] [--port N]   (default: CONTENT_DIR, else content/)
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { contentRoot } from '../src/source/read.ts';
import { startEditor } from '../src/editor/server.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { port: { type: 'string', default: process.env.EDITOR_PORT || '8080' } },
});
const root = positionals[0] ? resolve(process.env.INIT_CWD || process.cwd(), positionals[0]) : contentRoot(repo);
if (!existsSync(resolve(root, 'site.yaml'))) {
  console.error(`${root}: no site.yaml here; expected a content root (see docs/content-format.md)`);
  process.exit(1);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port ${values.port}: expected a port number from 0 to 65535`);
  process.exit(1);
}
const editor = await startEditor(root, port);
console.log(`Editing ${root}`);
console.log(`Editor: ${editor.url}`);
console.log('Stop it with Ctrl-C. Saved files are in the content root: review and commit them with Git.');
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'])
  process.on(signal, () => {
    void editor.close().then(() => process.exit(0));
  });
