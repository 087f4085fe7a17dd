// Runs the real build (scripts/build.mjs, or astro build itself) on a content root.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { inject } from 'vitest';

export const repo = join(import.meta.dirname, '..', '..');
export const fixtures = join(repo, 'test', 'fixtures');

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

/**
 * The folder this test run keeps its builds in (see test/support/global-setup.ts), removed when
 * the run ends; the system's temporary folder when the run has none.
 */
export function runFolder(): string {
  const dir = inject('buildFolder') ?? tmpdir();
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** A new empty folder of this run, for a test's own files. */
export const scratch = (prefix: string) => mkdtempSync(join(runFolder(), `${prefix}-`));

export interface BuildOptions {
  /** The build process's TZ (the machine's time zone). */
  tz?: string;
  /** More environment variables for the build. */
  env?: Record<string, string>;
}

/** npm run build, with CONTENT_DIR, BUILD_DATE and an output folder of the test's own. */
export function build(
  contentDir: string,
  buildDate: string,
  outDir = join(scratch('site'), 'dist'),
  { tz, env }: BuildOptions = {},
): BuildResult {
  const r = spawnSync(process.execPath, [join(repo, 'scripts', 'build.mjs')], {
    cwd: repo,
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      BUILD_DATE: buildDate,
      OUT_DIR: outDir,
      ...(tz ? { TZ: tz } : {}),
      ...env,
    },
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}`, outDir };
}

/**
 * npm run build of contentDir at buildDate under the time zone tz (UTC unless given), made once
 * per test run: every test file that asks for the same inputs reads the same output folder, so
 * none may change it (copy it first). Build test files run one at a time, so no two ask at once.
 */
export function sharedBuild(contentDir: string, buildDate: string, { tz = 'UTC' }: BuildOptions = {}): BuildResult {
  const root = realpathSync(contentDir);
  const key = createHash('sha256')
    .update(JSON.stringify([root, buildDate, tz]))
    .digest('hex')
    .slice(0, 12);
  const dir = join(runFolder(), 'shared', `${basename(root)}-${buildDate}-${tz.replace(/\W/g, '_')}-${key}`);
  const result = join(dir, 'result.json');
  if (existsSync(result)) return JSON.parse(readFileSync(result, 'utf8'));
  mkdirSync(dir, { recursive: true });
  const r = build(root, buildDate, join(dir, 'dist'), { tz });
  writeFileSync(result, JSON.stringify(r));
  return r;
}

/** astro build directly, skipping the validate step, to prove Astro's own path refuses too. */
export function astroBuild(contentDir: string, buildDate: string): BuildResult {
  const outDir = join(scratch('astro'), 'dist');
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
  const root = join(scratch('fixture'), name);
  cpSync(join(fixtures, name), root, { recursive: true });
  const site = join(root, 'site.yaml');
  writeFileSync(site, readFileSync(site, 'utf8').replace(/^url: .*$/m, `url: ${url}`));
  return root;
}
