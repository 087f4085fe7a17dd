#!/usr/bin/env node
// Prints the JavaScript a built chart page loads, raw and gzipped, against the 60 kB target.
// Usage: npm run build && node scripts/bench-chart-js.mjs [page path under dist/]
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = resolve(process.env.OUT_DIR || 'dist');
const page = process.argv[2] || 'budgets/better-care-fund/index.html';
const file = join(dist, page);
if (!existsSync(file)) {
  console.error(`${file} not found: build the site first (npm run build)`);
  process.exit(1);
}
const html = readFileSync(file, 'utf8');
const external = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/json)[^>]*>([\s\S]*?)<\/script>/g)].map(
  (m) => m[1],
);
let raw = 0;
let gz = 0;
for (const src of external) {
  // Bundled scripts live in _astro/ under the base path.
  const bytes = readFileSync(join(dist, src.slice(src.indexOf('_astro/'))));
  raw += bytes.length;
  gz += gzipSync(bytes, { level: 9 }).length;
  console.log(`${src}: ${bytes.length} bytes, ${gzipSync(bytes, { level: 9 }).length} gzipped`);
}
for (const body of inline) {
  raw += Buffer.byteLength(body);
  gz += gzipSync(body, { level: 9 }).length;
}
console.log(
  `${page}: ${external.length} script file(s) and ${inline.length} inline script(s), ${raw} bytes, ${(gz / 1024).toFixed(1)} kB gzipped (target 60 kB)`,
);
process.exit(gz <= 60 * 1024 ? 0 : 1);
