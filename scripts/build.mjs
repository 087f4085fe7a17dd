#!/usr/bin/env node
// Builds the site into dist/ without ever leaving a half-written site there:
// validate the content root (every problem, one run), build into a staging folder,
// check it, then swap it into place. A failed build leaves the last good dist/ as it was.
import { fileURLToPath } from 'node:url';
import { dirname, resolve, join } from 'node:path';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { contentRoot } from '../src/source/read.ts';
import { loadContentRoot } from '../src/source/load.ts';
import { formatProblem } from '../src/domain/problems.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const root = contentRoot(repo);
const outDir = resolve(repo, process.env.OUT_DIR || 'dist');
// Staging sits beside the output so the final rename stays on one file system.
const staging = `${outDir}.staging`;
const previous = `${outDir}.previous`;

const { problems } = loadContentRoot(root);
if (problems.length) {
  console.error(`Build refused: ${root} has ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  for (const p of problems) console.error(`  ${formatProblem(p)}`);
  console.error(`${outDir} was left as it was.`);
  process.exit(1);
}

rmSync(staging, { recursive: true, force: true });
const astro = spawnSync(process.execPath, [join(repo, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
  cwd: repo,
  stdio: 'inherit',
  env: { ...process.env, ASTRO_OUT_DIR: staging, CONTENT_DIR: root, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (astro.status !== 0 || !existsSync(join(staging, 'index.html'))) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`Build failed; ${outDir} was left as it was.`);
  process.exit(1);
}

// Swap: the old site moves aside, the new one takes its place, then the old one goes.
rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`Site written to ${outDir}`);
