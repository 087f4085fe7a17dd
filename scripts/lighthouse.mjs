#!/usr/bin/env node
// Lighthouse (mobile settings, its defaults) in Debian's Chromium over the pages a resident uses
// most: home, a decision, a meeting, a forward plan entry, a fund, the call-in page and search.
// Builds the sample site, serves it with gzip and the site's security headers (the test server of
// the browser tests) and prints performance, accessibility, best practices and SEO for each page,
// with the figures behind performance. Performance depends on the machine's load, so it is a
// benchmark figure printed here; test/browser/lighthouse.test.ts holds the other three at 100.
//
// Usage: npm run lighthouse [-- --site <built site folder> --base /jcb/]
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import { launch, serve } from '../test/browser/harness.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
export const PERFORMANCE_FLOOR = 95;

/** The pages Lighthouse audits, chosen from the site's sitemap (paths under the base). */
export function lighthousePages(sitemap) {
  const locs = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  const base = locs.reduce((a, b) => (b.length < a.length ? b : a));
  const under = locs.map((p) => p.slice(base.length));
  const first = (re, what) => {
    const found = under.find((p) => re.test(p));
    if (!found) throw new Error(`The sitemap lists no ${what} page for Lighthouse (looked for ${re}).`);
    return found;
  };
  return {
    base,
    pages: {
      home: '',
      decision: first(/^decisions\/(?!\d{4}\/)[^/]+\/$/, 'decision'),
      meeting: first(/^meetings\/\d{4}-\d\d-\d\d[^/]*\/$/, 'meeting'),
      'forward plan': first(/^forward-plan\/(?!\d{4}\/)[^/]+\/$/, 'forward plan entry'),
      fund: first(/^budgets\/[^/]+\/$/, 'fund'),
      'call-in': first(/^call-in\/$/, 'call-in'),
      search: 'search/',
    },
  };
}

/**
 * Runs Lighthouse on each page of `siteUrl` (ending in the base path), one after another in one
 * Chromium, and returns the category scores (0 to 100) and the performance metrics of each.
 */
export async function audit(siteUrl, pages) {
  const port = 9300 + Math.floor(Math.random() * 500);
  const browser = await launch({ args: [`--remote-debugging-port=${port}`] });
  const results = {};
  try {
    for (const [name, path] of Object.entries(pages)) {
      // Lighthouse sometimes fails to record a trace (NO_NAVSTART) on a busy machine; such a run
      // has no scores, so it is run again, up to twice.
      let lhr;
      for (let attempt = 0; attempt < 3 && (!lhr || lhr.runtimeError); attempt++) {
        const run = await lighthouse(`${siteUrl}${path}`, {
          port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: CATEGORIES,
        });
        lhr = run.lhr;
      }
      const failing = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
        .filter((a) =>
          CATEGORIES.slice(1).some((c) => lhr.categories[c].auditRefs.some((r) => r.id === a.id && r.weight > 0)),
        )
        .map((a) => `${a.id}: ${a.title}`);
      results[name] = {
        path,
        scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c].score ?? 0) * 100)])),
        metrics: {
          'first contentful paint': lhr.audits['first-contentful-paint'].displayValue,
          'largest contentful paint': lhr.audits['largest-contentful-paint'].displayValue,
          'total blocking time': lhr.audits['total-blocking-time'].displayValue,
          'cumulative layout shift': lhr.audits['cumulative-layout-shift'].displayValue,
          'speed index': lhr.audits['speed-index'].displayValue,
        },
        failing,
        runtimeError: lhr.runtimeError?.message,
      };
    }
  } finally {
    await browser.close();
  }
  return results;
}

async function main() {
  const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const args = process.argv.slice(2);
  const flag = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  let site = flag('--site');
  if (!site) {
    site = join(repo, '.build', 'lighthouse', 'site');
    console.log('Building the sample site…');
    const built = spawnSync(process.execPath, [join(repo, 'scripts', 'build.mjs')], {
      cwd: repo,
      env: { ...process.env, CONTENT_DIR: join(repo, 'content'), OUT_DIR: site },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (built.status !== 0) process.exit(built.status ?? 1);
  }
  const { base, pages } = lighthousePages(readFileSync(join(site, 'sitemap.xml'), 'utf8'));
  const server = await serve(resolve(site), flag('--base') ?? base);
  let results;
  try {
    results = await audit(server.url, pages);
  } finally {
    await server.close();
  }
  console.log(`\nLighthouse ${lighthouseVersion(repo)}, mobile settings, Chromium, this machine\n`);
  console.log('| page | path | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  let below = 0;
  for (const [name, r] of Object.entries(results)) {
    const s = r.scores;
    if (s.performance < PERFORMANCE_FLOOR) below++;
    const m = r.metrics;
    console.log(
      `| ${name} | /${r.path} | ${s.performance} | ${s.accessibility} | ${s['best-practices']} | ${s.seo} | ${m['first contentful paint']} | ${m['largest contentful paint']} | ${m['total blocking time']} | ${m['cumulative layout shift']} |`,
    );
    for (const f of r.failing) console.log(`    not passed: ${f}`);
    if (r.runtimeError) console.log(`    Lighthouse error: ${r.runtimeError}`);
  }
  console.log(
    below
      ? `\n${below} page(s) below performance ${PERFORMANCE_FLOOR}.`
      : `\nEvery page at performance ${PERFORMANCE_FLOOR} or more.`,
  );
}

function lighthouseVersion(repo) {
  return JSON.parse(readFileSync(join(repo, 'node_modules', 'lighthouse', 'package.json'), 'utf8')).version;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
