// Runs the real build (scripts/build.mjs, or astro build itself) on a content root.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';

export const repo = join(import.meta.dirname, '..', '..');
export const fixtures = join(repo, 'test', 'fixtures');

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

/** npm run build, with CONTENT_DIR, BUILD_DATE and an output folder of the test's own. */
export function build(
  contentDir: string,
  buildDate: string,
  outDir = join(mkdtempSync(join(tmpdir(), 'site-')), 'dist'),
): BuildResult {
  const r = spawnSync(process.execPath, [join(repo, 'scripts', 'build.mjs')], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir, BUILD_DATE: buildDate, OUT_DIR: outDir },
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}`, outDir };
}

/** astro build directly, skipping the validate step, to prove Astro's own path refuses too. */
export function astroBuild(contentDir: string, buildDate: string): BuildResult {
  const outDir = join(mkdtempSync(join(tmpdir(), 'astro-')), 'dist');
  const r = spawnSync(process.execPath, [join(repo, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
    cwd: repo,
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      BUILD_DATE: buildDate,
      ASTRO_OUT_DIR: outDir,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}`, outDir };
}

/** Every file under dir, relative, with its bytes. */
export function filesOf(dir: string): { path: string; bytes: Buffer }[] {
  const out: { path: string; bytes: Buffer }[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push({ path: relative(dir, p), bytes: readFileSync(p) });
    }
  };
  walk(dir);
  return out;
}

/**
 * Every file of the Pagefind index under dir/pagefind, decompressed: Pagefind writes gzip
 * streams whose text starts with "pagefind_dcd", which the prefix is stripped from.
 */
export function pagefindFiles(dir: string): { path: string; text: string }[] {
  return filesOf(join(dir, 'pagefind'))
    .filter((f) => /\.pf_(fragment|index|filter|meta)$/.test(f.path))
    .map((f) => ({
      path: f.path,
      text: gunzipSync(f.bytes)
        .toString('utf8')
        .replace(/^pagefind_dcd/, ''),
    }));
}

/** The indexed pages: each fragment's address, text and metadata. */
export function pagefindPages(
  dir: string,
): { url: string; content: string; meta: Record<string, string>; filters: Record<string, string[]> }[] {
  return pagefindFiles(dir)
    .filter((f) => f.path.endsWith('.pf_fragment'))
    .map((f) => JSON.parse(f.text));
}

/** A copy of a fixture whose site.yaml url is `url`, e.g. to build it for a subdirectory. */
export function fixtureAt(name: string, url: string): string {
  const root = join(mkdtempSync(join(tmpdir(), 'fixture-')), name);
  cpSync(join(fixtures, name), root, { recursive: true });
  const site = join(root, 'site.yaml');
  writeFileSync(site, readFileSync(site, 'utf8').replace(/^url: .*$/m, `url: ${url}`));
  return root;
}
