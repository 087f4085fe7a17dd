#!/usr/bin/env node
// Benchmarks a full build of a generated corpus (scripts/corpus.mjs) against a plain Astro site
// with the same number of pages, built in the same run. Writes the corpus, runs the real build
// (scripts/build.mjs) cold (no Astro content cache, no paper cache) while sampling the peak
// memory of the whole process tree every 100 ms, and reads the stage marks the build writes
// (BUILD_TIMINGS) for the time and peak memory of each stage. Then counts the pages, measures
// the search index, what the search page downloads in Chromium before use and for a first and
// a second search, and the gzipped HTML, CSS and JavaScript of five pages. Prints one table
// with the targets beside the figures and writes the same figures as JSON to
// node_modules/.cache/jcb-bench/<size>/result.json. kB are 1024 bytes; memory is the sum of
// VmRSS over the process tree (shared pages counted once per process).
//
// The built site goes to .build/bench/<size>/site: the build refuses an OUT_DIR inside
// node_modules/. Everything else is under node_modules/.cache/jcb-bench/<size>/.
//
// Then adds one decision and rebuilds with what the first build kept (daily publishing), builds
// the same content from nothing and compares the two sites byte for byte.
//
// Usage: npm run bench -- [small|decade|archive|large] [--from <year>] [--skip-baseline] [--skip-daily] [--skip-identical]
//   (default small; --from is passed to writeCorpus; --skip-baseline leaves out the plain Astro build;
//   --skip-daily the daily rebuild; --skip-identical the build from nothing that the rebuild is compared with)
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { CORPUS_BUILD_DATE, SIZES, random, writeCorpus } from './corpus.mjs';
import { siteFiles } from '../src/publication/site-check.ts';
import { launch, serve } from '../test/browser/harness.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// Arguments. Without a `--`, npm takes --from and --skip-baseline for itself: it passes them on
// as npm_config_from=true (the year then arrives as a plain argument) and npm_config_skip_baseline.
const args = process.argv.slice(2);
const takeFlag = (name, withValue) => {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return undefined;
  return withValue ? (args.splice(i, 2)[1] ?? '') : args.splice(i, 1) && 'true';
};
const skipBaseline = (takeFlag('skip-baseline', false) ?? process.env.npm_config_skip_baseline) === 'true';
const skipDaily = (takeFlag('skip-daily', false) ?? process.env.npm_config_skip_daily) === 'true';
const skipIdentical = (takeFlag('skip-identical', false) ?? process.env.npm_config_skip_identical) === 'true';
let fromArg = takeFlag('from', true) ?? process.env.npm_config_from;
if (fromArg === 'true') {
  const i = args.findIndex((a) => /^\d{4}$/.test(a));
  fromArg = i >= 0 ? args.splice(i, 1)[0] : '';
}
const size = args[0] ?? 'small';
if (!SIZES[size]) {
  console.error(`Unknown size ${size}; expected one of ${Object.keys(SIZES).join(', ')}`);
  process.exit(1);
}
if (fromArg !== undefined && !/^\d{4}$/.test(fromArg)) {
  console.error(`--from needs a year, such as 2010; got ${fromArg}`);
  process.exit(1);
}

const work = join(repo, 'node_modules', '.cache', 'jcb-bench', size);
const contentDir = join(work, 'content');
const site = join(repo, '.build', 'bench', size, 'site');
const timingsFile = join(work, 'timings.jsonl');
const buildLog = join(work, 'build.log');
const paperCache = join(work, 'paper-cache');
const plain = join(work, 'plain');
mkdirSync(work, { recursive: true });

const KB = 1024;
const MiB = 1024 * 1024;
const GiB = 1024 * MiB;
const fmtBytes = (n) =>
  n == null
    ? '–'
    : n >= GiB
      ? `${(n / GiB).toFixed(2)} GiB`
      : n >= MiB
        ? `${(n / MiB).toFixed(1)} MiB`
        : n >= KB
          ? `${(n / KB).toFixed(1)} kB`
          : `${n} B`;
const fmtSeconds = (ms) => (ms == null ? '–' : `${(ms / 1000).toFixed(2)} s`);
const verdict = (ok) => (ok ? 'met' : 'not met');

// ---------------------------------------------------------------------------------------------
// Memory of a process tree, from /proc.

/** The pids of `root` and all its descendants. */
function tree(root) {
  const pids = [root];
  for (let i = 0; i < pids.length; i++) {
    const pid = pids[i];
    let tasks;
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue; // gone already
    }
    for (const tid of tasks) {
      try {
        for (const child of readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' '))
          if (child.trim()) pids.push(Number(child));
      } catch {
        // the thread or the process ended while it was read
      }
    }
  }
  return pids;
}

/** Resident memory of one process in bytes, 0 when it has gone. */
function rss(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * Runs a command to its end, sampling the summed VmRSS of its process tree every 100 ms.
 * Resolves to its exit code, output, wall time and the samples ({ t, bytes }).
 */
function runSampled(command, argv, options) {
  return new Promise((done, fail) => {
    const samples = [];
    const start = Date.now();
    const child = spawn(command, argv, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks = [];
    child.stdout.on('data', (c) => chunks.push(c));
    child.stderr.on('data', (c) => chunks.push(c));
    const sample = () => {
      if (!child.pid) return;
      samples.push({ t: Date.now(), bytes: tree(child.pid).reduce((sum, pid) => sum + rss(pid), 0) });
    };
    const timer = setInterval(sample, 100);
    child.on('spawn', sample);
    child.on('error', (err) => {
      clearInterval(timer);
      fail(err);
    });
    child.on('close', (code, signal) => {
      clearInterval(timer);
      const end = Date.now();
      done({ code, signal, output: Buffer.concat(chunks).toString('utf8'), start, end, wall: end - start, samples });
    });
  });
}

const peakOf = (samples) => (samples.length ? samples.reduce((max, s) => Math.max(max, s.bytes), 0) : null);

/** The peak of the samples inside [from, to]; for a window shorter than the sampling, the nearest sample. */
function peakBetween(samples, from, to) {
  const inside = samples.filter((s) => s.t >= from && s.t <= to);
  if (inside.length) return peakOf(inside);
  if (!samples.length) return null;
  const mid = (from + to) / 2;
  return samples.reduce((a, b) => (Math.abs(b.t - mid) < Math.abs(a.t - mid) ? b : a)).bytes;
}

/** Prints what went wrong and the end of the command's output, and stops. */
function failWith(message, run) {
  const tail = run.output.trimEnd().split('\n').slice(-40).join('\n');
  console.error(`\n${message} Last lines of its output:\n${tail}`);
  process.exit(1);
}
const exit = (run) => (run.signal ? `was killed by ${run.signal}` : `exited with ${run.code}`);

// ---------------------------------------------------------------------------------------------
// Files.

/** Every file under dir, relative to it, with forward slashes, in sorted order. */
const stripAnsi = (s) => s.replace(/\x1b\[[0-9;]*[A-Za-z]/g, ''); // eslint-disable-line no-control-regex

const gz = (data) => gzipSync(data, { level: 9 }).length;

// ---------------------------------------------------------------------------------------------
// 1. The corpus.

console.log(`Benchmark of the ${size} corpus${fromArg ? ` from ${fromArg}` : ''}\n`);
const corpus = writeCorpus({ size, out: contentDir, from: fromArg ? Number(fromArg) : undefined });
console.log(
  `Corpus in ${relative(repo, corpus.root)}: ${corpus.files} files from ${corpus.from} (${corpus.years} years): ${corpus.bodies} bodies, ` +
    `${corpus.meetings} meetings, ${corpus.decisions} decisions, ${corpus.forwardPlan} forward-plan entries, ` +
    `${corpus.people} people, ${corpus.papers} papers, ${corpus.fundYears} fund years`,
);
const siteUrl = new URL(parse(readFileSync(join(contentDir, 'site.yaml'), 'utf8')).url);
const base = siteUrl.pathname.endsWith('/') ? siteUrl.pathname : `${siteUrl.pathname}/`;

// ---------------------------------------------------------------------------------------------
// 2. The real build, cold: no content cache for this root, no paper cache.

const astroCache = join(
  repo,
  'node_modules',
  '.astro',
  createHash('sha256').update(contentDir).digest('hex').slice(0, 12),
);
const memoDir = join(work, 'memo');
/** Forgets everything a build keeps for the next one: Astro's content cache, paper readings, the memo. */
function forgetCaches() {
  for (const dir of [astroCache, paperCache, memoDir]) rmSync(dir, { recursive: true, force: true });
}
/** Runs the real build of the corpus into `outDir`, sampled. */
function runBuild(outDir, timings = timingsFile) {
  rmSync(timings, { force: true });
  return runSampled(process.execPath, [join(repo, 'scripts', 'build.mjs')], {
    cwd: repo,
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      BUILD_DATE: CORPUS_BUILD_DATE,
      OUT_DIR: outDir,
      BUILD_TIMINGS: timings,
      PAPER_CACHE_DIR: paperCache,
      MEMO_DIR: memoDir,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
}
forgetCaches();
// From nothing means no earlier site to replace, too: removing a large one is a cost of its own.
rmSync(site, { recursive: true, force: true });

console.log(`\nBuilding into ${relative(repo, site)} (log: ${relative(repo, buildLog)})...`);
const build = await runBuild(site);
writeFileSync(buildLog, build.output);
if (build.code !== 0) failWith(`The build failed: it ${exit(build)}.`, build);
if (!existsSync(join(site, 'index.html')))
  failWith(`The build exited with 0 but wrote no ${join(site, 'index.html')}.`, build);

// Stage windows from the marks: { stage: { start, end } }.
const marks = {};
for (const line of readFileSync(timingsFile, 'utf8').split('\n').filter(Boolean)) {
  const { stage, at, t } = JSON.parse(line);
  (marks[stage] ??= {})[at] = t;
}
const STAGES = [
  ['validation', 'validation'],
  ['content-sync', 'content sync'],
  ['rendering', 'rendering'],
  ['search-index', 'search index'],
  ['swap', 'swap'],
];
const stages = {};
for (const [stage] of [...STAGES, ['astro']]) {
  const m = marks[stage];
  if (!m?.start || !m?.end) {
    console.error(`The build wrote no start and end mark for the stage ${stage} in ${timingsFile}.`);
    process.exit(1);
  }
  stages[stage] = { ms: m.end - m.start, peak: peakBetween(build.samples, m.start, m.end) };
}
const inStage = (t) => STAGES.some(([stage]) => t >= marks[stage].start && t <= marks[stage].end);
const rest = {
  ms: build.wall - STAGES.reduce((sum, [stage]) => sum + stages[stage].ms, 0),
  peak: peakOf(build.samples.filter((s) => !inStage(s.t))),
};

// Route times Astro prints: "  ├─ /data/decisions.json (+5ms)"; routes may carry the base path.
const routes = [];
for (const line of stripAnsi(build.output).split('\n')) {
  const m = /[├└]─ (\S+) \(\+([\d.]+)(ms|s)\)/.exec(line);
  if (!m) continue;
  const route = m[1].startsWith(base) ? `/${m[1].slice(base.length)}` : m[1];
  routes.push({ route, ms: Number(m[2]) * (m[3] === 's' ? 1000 : 1) });
}
const isDataFile = (route) => /^\/(data|feeds|calendar)\//.test(route) || /^\/sitemap/.test(route);
const dataRoutes = routes.filter((r) => isDataFile(r.route));
const dataFiles = { ms: dataRoutes.reduce((sum, r) => sum + r.ms, 0), routes: dataRoutes.length };

// ---------------------------------------------------------------------------------------------
// 3. Pages and the search index.

const files = siteFiles(site);
const htmlPages = files.filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
const pages = htmlPages.length;
const indexFiles = files.filter((f) => f.startsWith('pagefind/'));
const searchIndex = {
  bytes: indexFiles.reduce((sum, f) => sum + statSync(join(site, f)).size, 0),
  files: indexFiles.length,
};
const secondsPer1000 = build.wall / pages;

// ---------------------------------------------------------------------------------------------
// 4. What the search page downloads: before use, first search, second search. Bytes are the
// response bodies as this (uncompressing) server sends them; `gz` is what a host that gzips
// text would send (Pagefind's index, fragment and wasm files are compressed already).

const PAGEFIND_UI = /\/pagefind\/pagefind-(component-|modular-)?ui\.(js|css)$/;
const FIRST_WORDS = 'reablement';
const SECOND_WORDS = 'dementia carers';
const VIEWPORT = { width: 1280, height: 720 };

/**
 * Types the words as typeSearch does and waits for the summary for them, then for the results in
 * view to be filled in. (typeSearch waits for every result, but Pagefind loads a result only
 * when it scrolls into view, so with more results than the window shows it would wait forever.)
 */
/* global document, window -- the functions passed to waitForFunction run in the page */
async function search(page, words) {
  await page.locator('pagefind-input input').fill(words);
  await page.waitForFunction(
    (w) =>
      /results? for/i.test(document.querySelector('pagefind-summary')?.textContent ?? '') &&
      document.querySelector('pagefind-summary').textContent.includes(w),
    words,
    { timeout: 30_000 },
  );
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('pagefind-results .pf-skeleton')].every(
        (el) => el.getBoundingClientRect().top > window.innerHeight,
      ),
    undefined,
    { timeout: 30_000 },
  );
  return (await page.locator('pagefind-summary').textContent())?.trim();
}

console.log('Measuring the search page in Chromium...');
const searchDownload = await (async () => {
  const server = await serve(site, base);
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    let phase = 'load';
    const phaseOf = new Map();
    const pending = new Set();
    const seen = []; // { phase, path, bytes, gz }
    const reading = [];
    let lastActivity = Date.now();
    context.on('request', (req) => {
      phaseOf.set(req, phase);
      pending.add(req);
      lastActivity = Date.now();
    });
    const finished = (req, ok) => {
      reading.push(
        (async () => {
          const res = ok ? await req.response().catch(() => null) : null;
          const body = res ? await res.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
          const text = /javascript|css|json|html|xml|svg/.test(res?.headers()['content-type'] ?? '');
          seen.push({
            phase: phaseOf.get(req) ?? phase,
            path: new URL(req.url()).pathname,
            bytes: body.length,
            gz: text && body.length ? gz(body) : body.length,
          });
          pending.delete(req);
          lastActivity = Date.now();
        })(),
      );
    };
    context.on('requestfinished', (req) => finished(req, true));
    context.on('requestfailed', (req) => finished(req, false));
    /** Waits until nothing has been in flight for half a second. */
    const quiet = async () => {
      const until = Date.now() + 30_000;
      while (Date.now() < until && (pending.size || Date.now() - lastActivity < 500))
        await new Promise((r) => setTimeout(r, 100));
      await Promise.all(reading);
    };
    await page.goto(`${server.url}search/`, { waitUntil: 'load' });
    await quiet();
    phase = 'first';
    const firstSummary = await search(page, FIRST_WORDS);
    await quiet();
    phase = 'second';
    const secondSummary = await search(page, SECOND_WORDS);
    await quiet();
    const isPagefind = (path) => path.startsWith(`${base}pagefind/`);
    const of = (p, test = () => true) => {
      const list = seen.filter((s) => s.phase === p && test(s.path));
      return {
        bytes: list.reduce((sum, s) => sum + s.bytes, 0),
        gz: list.reduce((sum, s) => sum + s.gz, 0),
        requests: list.length,
      };
    };
    return {
      viewport: VIEWPORT,
      beforeUse: {
        index: of('load', (p) => isPagefind(p) && !PAGEFIND_UI.test(p)),
        ui: of('load', (p) => PAGEFIND_UI.test(p)),
        page: of('load'),
      },
      first: { words: FIRST_WORDS, summary: firstSummary, ...of('first') },
      second: { words: SECOND_WORDS, summary: secondSummary, ...of('second') },
      requests: seen,
    };
  } finally {
    await browser.close();
    await server.close();
  }
})();

// ---------------------------------------------------------------------------------------------
// 5. Page weight, from the files: gzipped HTML, CSS (linked and inline) and JS (loaded and inline).

/** The output file a URL on a page points to, or undefined when it is not on this site. */
function fileFor(href, pagePath) {
  const pageUrl = new URL(`${base}${pagePath.replace(/index\.html$/, '')}`, siteUrl);
  const url = new URL(href, pageUrl);
  if (url.origin !== siteUrl.origin || !url.pathname.startsWith(base)) return undefined;
  const path = decodeURIComponent(url.pathname.slice(base.length));
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}
const attr = (tag, name) => new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
const attrValue = (tag, name) => {
  const m = attr(tag, name);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
};
const JS_TYPES = ['', 'module', 'text/javascript', 'application/javascript'];
/** Modules a JavaScript text imports statically (import … from "x", import "x"); dynamic imports count too. */
const importsOf = (code) =>
  [
    ...code.matchAll(/\bimport\s*(?:[\w*${}\s,]*?\bfrom\s*)?["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)/g),
  ].map((m) => m[1] ?? m[2]);

function pageWeight(pagePath) {
  const html = readFileSync(join(site, pagePath), 'utf8');
  const css = [];
  const js = [];
  const jsFiles = new Set();
  const missing = [];
  /** A script file and, as the browser would, the modules it imports (relative to the file itself). */
  const addJsFile = (file) => {
    if (!file || jsFiles.has(file)) return;
    if (!existsSync(join(site, file))) {
      missing.push(file);
      return;
    }
    jsFiles.add(file);
    const code = readFileSync(join(site, file));
    js.push({ what: file, gz: gz(code) });
    for (const spec of importsOf(code.toString('utf8'))) addJsFile(fileFor(spec, file));
  };
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attrValue(m[0], 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attrValue(m[0], 'href');
    if (!href) continue;
    if (rel.includes('stylesheet')) {
      const file = fileFor(href, pagePath);
      if (file && existsSync(join(site, file))) css.push({ what: file, gz: gz(readFileSync(join(site, file))) });
      else missing.push(href);
    } else if (rel.includes('modulepreload')) addJsFile(fileFor(href, pagePath));
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) css.push({ what: 'inline', gz: gz(m[1]) });
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const type = (attrValue(m[1], 'type') ?? '').toLowerCase();
    if (!JS_TYPES.includes(type)) continue; // JSON data, templates
    const src = attrValue(m[1], 'src');
    if (src) addJsFile(fileFor(src, pagePath));
    else if (m[2].trim()) {
      js.push({ what: 'inline', gz: gz(m[2]) });
      for (const spec of importsOf(m[2])) addJsFile(fileFor(spec, pagePath));
    }
  }
  const sum = (list) => list.reduce((s, x) => s + x.gz, 0);
  return { page: pagePath, html: gz(html), css: sum(css), js: sum(js), cssParts: css, jsParts: js, missing };
}

/** The first folder under `register/` (sorted) that holds a page of its own and is not a year or a page of a list. */
function firstEntry(register) {
  const dir = join(site, register);
  if (!existsSync(dir)) return undefined;
  const name = readdirSync(dir, { withFileTypes: true })
    .filter(
      (e) => e.isDirectory() && !/^(\d+|page|\d+-\d+)$/.test(e.name) && existsSync(join(dir, e.name, 'index.html')),
    )
    .map((e) => e.name)
    .sort()[0];
  return name && `${register}/${name}/index.html`;
}

const weighed = [
  ['home', 'index.html', 'ordinary'],
  ['decision', firstEntry('decisions'), 'ordinary'],
  ['meeting', firstEntry('meetings'), 'ordinary'],
  ['fund (chart)', firstEntry('budgets'), 'chart'],
  ['search', 'search/index.html', 'search'],
].map(([label, path, kind]) => {
  if (!path || !existsSync(join(site, path))) {
    console.error(`No ${label} page found in ${site}.`);
    process.exit(1);
  }
  return { label, kind, ...pageWeight(path) };
});
for (const w of weighed)
  if (w.missing.length) console.warn(`${w.page} links files not in the output: ${w.missing.join(', ')}`);

// ---------------------------------------------------------------------------------------------
// 6. The baseline: plain Astro, one Markdown collection, the same number of pages, then Pagefind.

const WORDS = (
  'the board agreed plan carers respite day services pooled budget year council health care ' +
  'commissioning report community support hospital discharge home review contract provider ' +
  'quality people adults children mental wellbeing funding partners local services public ' +
  'members meeting decision approved recommendation officers risk outcomes residents access'
).split(' ');
function paragraph(r, n) {
  const words = Array.from({ length: n }, () => WORDS[Math.floor(r() * WORDS.length)]);
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  return `${words.join(' ')}.`;
}
function writePlainProject(n) {
  rmSync(plain, { recursive: true, force: true });
  const put = (path, text) => {
    mkdirSync(dirname(join(plain, path)), { recursive: true });
    writeFileSync(join(plain, path), text);
  };
  put(
    'astro.config.mjs',
    `import { defineConfig } from 'astro/config';\n\nexport default defineConfig({\n  site: ${JSON.stringify(siteUrl.href)},\n  base: ${JSON.stringify(base)},\n  build: { format: 'directory' },\n});\n`,
  );
  put(
    'src/content.config.ts',
    [
      "import { defineCollection } from 'astro:content';",
      "import { glob } from 'astro/loaders';",
      "import { z } from 'astro/zod';",
      '',
      'export const collections = {',
      "  entries: defineCollection({ loader: glob({ pattern: '**/*.md', base: './entries' }), schema: z.object({ title: z.string() }) }),",
      '};',
      '',
    ].join('\n'),
  );
  const layout = (title, body) =>
    `<html lang="en">\n  <head>\n    <meta charset="utf-8" />\n    <meta name="viewport" content="width=device-width" />\n    <title>{${title}}</title>\n  </head>\n  <body>\n    <main data-pagefind-body>\n${body}\n    </main>\n  </body>\n</html>\n`;
  put(
    'src/pages/[...slug].astro',
    [
      '---',
      "import { getCollection, render } from 'astro:content';",
      '',
      'export async function getStaticPaths() {',
      "  return (await getCollection('entries')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));",
      '}',
      'const { entry } = Astro.props;',
      'const { Content } = await render(entry);',
      '---',
      layout('entry.data.title', '      <h1>{entry.data.title}</h1>\n      <Content />'),
    ].join('\n'),
  );
  put(
    'src/pages/index.astro',
    [
      '---',
      "import { getCollection } from 'astro:content';",
      '',
      "const entries = (await getCollection('entries')).slice(0, 50);",
      '---',
      layout(
        "'Entries'",
        '      <h1>Entries</h1>\n      <ul>{entries.map((e) => <li><a href={`${import.meta.env.BASE_URL}${e.id}/`}>{e.data.title}</a></li>)}</ul>',
      ),
    ].join('\n'),
  );
  put(
    'pagefind-index.mjs',
    [
      '// Indexes the built plain site with Pagefind, as the real build does after rendering.',
      "import * as pagefind from 'pagefind';",
      '',
      'const [site, output] = process.argv.slice(2);',
      'const { index, errors } = await pagefind.createIndex();',
      "if (!index) throw new Error(errors.join('; '));",
      'const added = await index.addDirectory({ path: site });',
      "if (added.errors.length) throw new Error(added.errors.join('; '));",
      'const written = await index.writeFiles({ outputPath: output });',
      "if (written.errors.length) throw new Error(written.errors.join('; '));",
      'console.log(`Search index: ${added.page_count} pages`);',
      'await pagefind.close();',
      '',
    ].join('\n'),
  );
  const r = random(7).next;
  for (let i = 1; i <= n; i++) {
    const id = `entry-${String(i).padStart(6, '0')}`;
    const body = [paragraph(r, 50), paragraph(r, 50), paragraph(r, 50)].join('\n\n');
    put(`entries/${id}.md`, `---\ntitle: Entry ${i}\n---\n\n${body}\n`);
  }
}

let baseline;
if (!skipBaseline) {
  const n = pages - 1;
  console.log(`Building the plain Astro baseline (${n} Markdown entries and an index page)...`);
  writePlainProject(n);
  // The plain project sits in node_modules/.cache, so astro and pagefind resolve from the
  // repository's node_modules; should they not, it gets a node_modules link of its own.
  const resolves = (pkg) => {
    for (let dir = plain; ; dir = dirname(dir)) {
      if (existsSync(join(dir, 'node_modules', pkg, 'package.json'))) return true;
      if (dirname(dir) === dir) return false;
    }
  };
  if (!['astro', 'pagefind'].every(resolves))
    symlinkSync(join(repo, 'node_modules'), join(plain, 'node_modules'), 'dir');
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  for (const name of ['CONTENT_DIR', 'BUILD_DATE', 'OUT_DIR', 'BUILD_TIMINGS', 'ASTRO_OUT_DIR']) delete env[name];
  const astro = await runSampled(
    process.execPath,
    [join(repo, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--root', plain],
    { cwd: repo, env },
  );
  writeFileSync(join(work, 'plain-build.log'), astro.output);
  if (astro.code !== 0) failWith(`The plain Astro build failed: it ${exit(astro)}.`, astro);
  const plainSite = join(plain, 'dist');
  if (!existsSync(join(plainSite, 'index.html')))
    failWith(`The plain Astro build exited with 0 but wrote no ${join(plainSite, 'index.html')}.`, astro);
  const index = await runSampled(
    process.execPath,
    [join(plain, 'pagefind-index.mjs'), plainSite, join(plainSite, 'pagefind')],
    { cwd: plain, env },
  );
  if (index.code !== 0) failWith(`Pagefind indexing of the plain site failed: it ${exit(index)}.`, index);
  const plainPages = siteFiles(plainSite).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/')).length;
  baseline = {
    pages: plainPages,
    ms: astro.wall + index.wall,
    astroMs: astro.wall,
    indexMs: index.wall,
    peak: Math.max(peakOf(astro.samples) ?? 0, peakOf(index.samples) ?? 0),
    astroPeak: peakOf(astro.samples),
    indexPeak: peakOf(index.samples),
  };
}

// ---------------------------------------------------------------------------------------------
// 7. Daily publishing: one decision is added and the site rebuilt with what the last build kept;
// then the same content is built from nothing, and the two sites must be the same byte for byte.

/** Every file of a site with a digest of its bytes. */
function digests(dir) {
  return new Map(
    siteFiles(dir).map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(join(dir, f)))
        .digest('hex'),
    ]),
  );
}

let daily;
if (!skipDaily) {
  const added = join(contentDir, 'decisions', '2026', 'bench-daily-001.md');
  mkdirSync(dirname(added), { recursive: true });
  writeFileSync(
    added,
    [
      '---',
      'title: Community equipment service extension 2027',
      'decisionMaker: joint-commissioning-board',
      'made: 2026-11-19',
      'published: 2026-11-20',
      'key: false',
      'outcome: approved',
      'wards: [all]',
      '---',
      '',
      '## Decision',
      '',
      'Extended the community equipment service contract by twelve months from 1 April 2027.',
      '',
      '## Reasons',
      '',
      'The service meets its targets and a new procurement would not finish before the contract ends.',
      '',
      '## Alternative options considered and rejected',
      '',
      'Letting the contract end: rejected because people would go without equipment they need.',
      '',
    ].join('\n'),
  );
  console.log('\nDaily publishing: one decision added, rebuilding with what the last build kept...');
  const rebuild = await runBuild(site, join(work, 'daily-timings.jsonl'));
  if (rebuild.code !== 0) failWith(`The daily rebuild failed: it ${exit(rebuild)}.`, rebuild);
  daily = { ms: rebuild.wall, peakBytes: peakOf(rebuild.samples), identical: null };
  if (!skipIdentical) {
    console.log('Building the same content from nothing, to compare...');
    const fresh = join(repo, '.build', 'bench', size, 'fresh');
    forgetCaches();
    const full = await runBuild(fresh, join(work, 'fresh-timings.jsonl'));
    if (full.code !== 0) failWith(`The build from nothing failed: it ${exit(full)}.`, full);
    const a = digests(site);
    const b = digests(fresh);
    const differ = [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f)).sort();
    daily.identical = { files: a.size, differ: differ.length, examples: differ.slice(0, 5), fullMs: full.wall };
    rmSync(fresh, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// 8. The figures, the targets and the table.

const peak = peakOf(build.samples);
const ratio = baseline ? build.wall / baseline.ms : undefined;
const at = (sizes, text) => ({ applies: sizes.includes(size), text });
const result = {
  size,
  from: corpus.from,
  corpus,
  buildDate: CORPUS_BUILD_DATE,
  site,
  pages,
  build: {
    ms: build.wall,
    peakBytes: peak,
    samples: build.samples.length,
    stages: Object.fromEntries(
      [...STAGES.map(([stage]) => stage), 'astro'].map((s) => [s, { ms: stages[s].ms, peakBytes: stages[s].peak }]),
    ),
    dataFiles: { ms: dataFiles.ms, routes: dataFiles.routes },
    rest: { ms: rest.ms, peakBytes: rest.peak },
  },
  secondsPer1000Pages: secondsPer1000,
  searchIndex,
  searchDownload,
  pageWeight: weighed.map((w) => ({
    label: w.label,
    page: w.page,
    htmlGz: w.html,
    cssGz: w.css,
    jsGz: w.js,
    css: w.cssParts,
    js: w.jsParts,
  })),
  baseline: baseline ?? null,
  ratio: ratio ?? null,
  daily: daily ?? null,
  targets: [],
};

const rows = [];
/** A row of the table: target { applies, text } and ok give the target and result columns. */
function row(label, value, { mem = '', target, ok, detail = '' } = {}) {
  let status = '';
  if (target) {
    status = target.applies ? verdict(ok) : `(${target.text.split(' at ')[1] ?? 'n/a'} only)`;
    result.targets.push({ figure: label.trim(), value, target: target.text, applies: target.applies, met: ok });
  }
  rows.push([label, value, mem, target?.text ?? '', status, detail]);
}
const sep = () => rows.push(null);
const everywhere = Object.keys(SIZES);
const requests = (p) => `${p.requests} request${p.requests === 1 ? '' : 's'}, ${fmtBytes(p.gz)} if text is gzipped`;

row('pages (HTML, without pagefind/)', String(pages));
sep();
row('whole build', fmtSeconds(build.wall), {
  mem: fmtBytes(peak),
  target: size === 'large' ? at(['large'], 'peak ≤ 4 GiB at large') : at(['archive'], 'peak ≤ 2 GiB at archive'),
  ok: peak <= (size === 'large' ? 4 : 2) * GiB,
});
for (const [stage, label] of STAGES) {
  row(`  ${label}`, fmtSeconds(stages[stage].ms), { mem: fmtBytes(stages[stage].peak) });
  if (stage === 'rendering')
    row('    data files (part of rendering)', fmtSeconds(dataFiles.ms), {
      detail: `${dataFiles.routes} routes under data/, feeds/, calendar/ and the sitemap`,
    });
}
row('  rest (unaccounted)', fmtSeconds(rest.ms), {
  mem: fmtBytes(rest.peak),
  detail: 'process and Astro start-up, Vite set-up, waits between stages',
});
row('seconds per 1000 pages', `${secondsPer1000.toFixed(2)} s`);
sep();
row('search index (pagefind/)', fmtBytes(searchIndex.bytes), { detail: `${searchIndex.files} files` });
row('search page load: index requests', fmtBytes(searchDownload.beforeUse.index.bytes), {
  target: at(everywhere, 'nothing until used'),
  ok: searchDownload.beforeUse.index.requests === 0,
  detail: requests(searchDownload.beforeUse.index),
});
row('search page load: Pagefind UI', fmtBytes(searchDownload.beforeUse.ui.bytes), {
  detail: `${requests(searchDownload.beforeUse.ui)} (script and CSS of the search box)`,
});
const firstLimit = size === 'large' ? 300 : 200;
row(`first search ('${FIRST_WORDS}')`, fmtBytes(searchDownload.first.bytes), {
  target: size === 'large' ? at(['large'], '≤ 300 kB at large') : at(['archive'], '≤ 200 kB at archive'),
  ok: searchDownload.first.bytes <= firstLimit * KB,
  detail: `${requests(searchDownload.first)}; ${searchDownload.first.summary}`,
});
row(`second search ('${SECOND_WORDS}')`, fmtBytes(searchDownload.second.bytes), {
  target: at(['archive'], '≤ 50 kB at archive'),
  ok: searchDownload.second.bytes <= 50 * KB,
  detail: `${requests(searchDownload.second)}; ${searchDownload.second.summary}`,
});
sep();
for (const w of weighed) {
  const parts = (list) =>
    list.map((p) => `${p.what === 'inline' ? 'inline' : posix.basename(p.what)} ${fmtBytes(p.gz)}`).join(', ');
  row(`${w.label} page, gzipped`, '', { detail: w.page });
  row('  HTML', fmtBytes(w.html), { target: at(everywhere, '≤ 15 kB'), ok: w.html <= 15 * KB });
  row('  CSS', fmtBytes(w.css), { target: at(everywhere, '≤ 15 kB'), ok: w.css <= 15 * KB, detail: parts(w.cssParts) });
  const js = { detail: parts(w.jsParts) };
  if (w.kind === 'ordinary') Object.assign(js, { target: at(everywhere, '≤ 10 kB'), ok: w.js <= 10 * KB });
  if (w.kind === 'chart') Object.assign(js, { target: at(everywhere, '≤ 60 kB (chart page)'), ok: w.js <= 60 * KB });
  row('  JS', fmtBytes(w.js), js);
}
sep();
if (baseline) {
  row('plain Astro baseline', fmtSeconds(baseline.ms), {
    mem: fmtBytes(baseline.peak),
    detail: `${baseline.pages} pages: ${pages - 1} Markdown entries of ~150 words and an index, then Pagefind`,
  });
  row('  astro build', fmtSeconds(baseline.astroMs), { mem: fmtBytes(baseline.astroPeak) });
  row('  pagefind index', fmtSeconds(baseline.indexMs), { mem: fmtBytes(baseline.indexPeak) });
  row('our build / baseline (wall time)', `${ratio.toFixed(2)}×`, {
    target: at(['archive'], '≤ 1.3× at archive'),
    ok: ratio <= 1.3,
  });
} else row('plain Astro baseline', 'skipped', { detail: '--skip-baseline' });
sep();
if (daily) {
  row('daily rebuild (one decision added)', fmtSeconds(daily.ms), {
    mem: fmtBytes(daily.peakBytes),
    target: at(['archive'], '≤ 0.1 × full build at archive'),
    ok: daily.ms <= 0.1 * build.wall,
    detail: `${(daily.ms / build.wall).toFixed(2)} × the full build`,
  });
  if (daily.identical)
    row('  same bytes as a build from nothing', daily.identical.differ ? 'no' : 'yes', {
      target: at(everywhere, 'identical'),
      ok: daily.identical.differ === 0,
      detail: daily.identical.differ
        ? `${daily.identical.differ} of ${daily.identical.files} files differ, e.g. ${daily.identical.examples.join(', ')}`
        : `${daily.identical.files} files compared; the build from nothing took ${fmtSeconds(daily.identical.fullMs)}`,
    });
} else row('daily rebuild', 'skipped', { detail: '--skip-daily' });

const header = ['figure', 'value', 'peak memory', 'target', 'result', 'detail'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.filter(Boolean).map((r) => r[i].length)));
const line = (cells) =>
  cells
    .map((c, i) => (i === 1 || i === 2 ? c.padStart(widths[i]) : c.padEnd(widths[i])))
    .join('  ')
    .trimEnd();
const rule =
  widths
    .slice(0, -1)
    .map((w) => '─'.repeat(w))
    .join('  ') +
  '  ' +
  '─'.repeat(header.at(-1).length);
console.log(
  `\n${size} corpus from ${corpus.from}, built for ${CORPUS_BUILD_DATE}; kB = 1024 bytes; memory is the summed VmRSS of the process tree`,
);
console.log(line(header));
console.log(rule);
for (const r of rows) console.log(r ? line(r) : rule);

const resultFile = join(work, 'result.json');
writeFileSync(resultFile, JSON.stringify(result, null, 2) + '\n');
console.log(`\nFigures written to ${relative(repo, resultFile)}`);
