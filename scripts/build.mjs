#!/usr/bin/env node
// Builds the site into dist/ (or OUT_DIR) without ever leaving a half-written site, or anything
// holding withheld text, in or beside it: validate the content root (every problem, one run),
// let Astro build into a private folder, check the result for server files and withheld text,
// then swap it into place. A failed build leaves the last good site as it was.
//
// Astro writes its prerender bundle, which embeds all content, drafts included, beside its
// outDir while it builds (or into .astro/ when outDir is outside the project), so Astro's
// outDir is a private folder under node_modules/.cache, like Astro's own cache in node_modules/.astro.
import { fileURLToPath } from 'node:url';
import { dirname, resolve, join } from 'node:path';
import { existsSync, rmSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { contentRoot } from '../src/source/read.ts';
import { loadContentRoot } from '../src/publication/load.ts';
import { saveMemos } from '../src/source/memo.ts';
import { formatProblem } from '../src/domain/problems.ts';
import { formatReview, logReviews, publicationLogPath } from '../src/publication/papers.ts';
import { buildDate } from '../src/publication/build-date.ts';
import { mark } from '../src/publication/timings.ts';
import { indexSite } from '../src/integrations/pagefind.ts';
import {
  BuildRefused,
  addToLock,
  clearLeftovers,
  outDirProblem,
  ownFolderProblem,
  publishSite,
  releaseLock,
  takeLock,
} from '../src/publication/build-output.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const root = contentRoot(repo);
const outDir = resolve(repo, process.env.OUT_DIR || 'dist');
const work = join(repo, 'node_modules', '.cache', 'jcb-build');
const lockFile = join(work, 'build.lock');
const privateSite = join(work, 'site');

function refuse(message) {
  console.error(message);
  process.exit(1);
}

const problem = outDirProblem(outDir, { repo, contentRoot: root }) ?? ownFolderProblem(outDir, 'OUT_DIR');
if (problem) refuse(problem);

try {
  takeLock(lockFile);
} catch (err) {
  if (err instanceof BuildRefused) refuse(err.message);
  throw err;
}

let astro;
function cleanUp() {
  rmSync(privateSite, { recursive: true, force: true });
  releaseLock(lockFile);
}
// On Ctrl-C or kill, stop Astro and, once it has gone, remove what it wrote.
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
]) {
  process.on(signal, () => {
    const stop = () => {
      cleanUp();
      console.error(`Build stopped by ${signal}; ${outDir} was left as it was.`);
      process.exit(code);
    };
    if (astro && astro.exitCode === null && astro.signalCode === null) {
      astro.once('exit', stop);
      astro.kill('SIGKILL');
    } else stop();
  });
}

try {
  // A killed build leaves these; Astro's .astro/.prerender came from builds before this folder was private.
  rmSync(privateSite, { recursive: true, force: true });
  rmSync(join(repo, '.astro', '.prerender'), { recursive: true, force: true });
  clearLeftovers(outDir);

  // loadContentRoot reports a BUILD_DATE that is not a real date as a problem, like any other.
  mark('validation', 'start');
  const { content, problems, reviewed = [] } = await loadContentRoot(root);
  // What validation parsed and rendered is kept for Astro's process, which starts next.
  saveMemos();
  mark('validation', 'end');
  if (problems.length) {
    throw new BuildRefused(
      [
        `Build refused: ${root} has ${problems.length} problem${problems.length === 1 ? '' : 's'}`,
        ...problems.map((p) => `  ${formatProblem(p)}`),
        `${outDir} was left as it was.`,
      ].join('\n'),
    );
  }
  const date = buildDate();

  mark('astro', 'start');
  const status = await new Promise((done, fail) => {
    astro = spawn(process.execPath, [join(repo, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
      cwd: repo,
      stdio: 'inherit',
      env: {
        ...process.env,
        ASTRO_OUT_DIR: privateSite,
        CONTENT_DIR: root,
        BUILD_DATE: date,
        ASTRO_TELEMETRY_DISABLED: '1',
        SEARCH_INDEX_AFTER_ASTRO: '1',
      },
    });
    if (astro.pid) addToLock(lockFile, astro.pid);
    astro.on('error', fail);
    astro.on('exit', (code) => done(code));
  });
  mark('astro', 'end');
  if (status !== 0 || !existsSync(join(privateSite, 'index.html')))
    throw new BuildRefused(`Build failed; ${outDir} was left as it was.`);
  // The search index, once Astro has gone and its memory with it; an indexing error fails the build.
  try {
    console.log(await indexSite(privateSite));
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    throw new BuildRefused(`Build failed: the search index could not be written; ${outDir} was left as it was.`);
  }

  mark('swap', 'start');
  const { files } = publishSite({ site: privateSite, outDir, content, buildDate: date });
  mark('swap', 'end');
  console.log(`No withheld text found in ${files} files. Site written to ${outDir}`);
  if (reviewed.length) {
    const log = publicationLogPath(repo);
    logReviews(log, date, reviewed);
    for (const r of reviewed) console.log(`Paper published with reviewed findings: ${formatReview(r)}`);
    console.log(`Recorded in the publication log ${log}`);
  }
} catch (err) {
  cleanUp();
  if (err instanceof BuildRefused) refuse(err.message);
  throw err;
}
cleanUp();
