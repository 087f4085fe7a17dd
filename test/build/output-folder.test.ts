// The build writes only where it may, one at a time, and leaves no withheld text behind when it
// fails or is killed; check-site finds withheld text planted in a built site.
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { build, fixtures, repo, scratch, sharedBuild } from './helpers.ts';
import { alive, releaseLock, takeLock } from '../../src/publication/build-output.ts';

const lockFile = join(repo, 'node_modules', '.cache', 'jcb-build', 'build.lock');
const privateSite = join(repo, 'node_modules', '.cache', 'jcb-build', 'site');
const canary = join(fixtures, 'canary');

/** Every file under dir, skipping the named folders. */
function listFiles(dir: string, skip: string[] = []): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return skip.includes(e.name) ? [] : listFiles(p, skip);
    return e.isFile() ? [p] : [];
  });
}

const snapshot = (dir: string) => listFiles(dir).map((f) => `${relative(dir, f)} ${readFileSync(f).length}`);

function checkSite(folder: string, contentDir: string, buildDate: string) {
  const r = spawnSync(process.execPath, [join(repo, 'scripts', 'check-site.mjs'), folder], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir, BUILD_DATE: buildDate },
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

describe('OUT_DIR', () => {
  const content = join(scratch('outdir'), 'content');
  cpSync(canary, content, { recursive: true });
  const before = snapshot(content);

  it.each([
    ['the content root', content, 'is the content root (CONTENT_DIR)'],
    ['a folder inside the content root', join(content, 'decisions'), 'is inside the content root (CONTENT_DIR)'],
    ['the folder holding the content root', dirname(content), 'holds the content root (CONTENT_DIR)'],
    ['the repository', repo, 'is the project folder'],
    ['src', join(repo, 'src'), "is the project's src/ folder"],
  ])('is refused at %s, and nothing is deleted', (_name, outDir, how) => {
    const r = build(content, '2024-06-10', outDir);
    expect(r.status).toBe(1);
    expect(r.output).toContain(`Build refused: OUT_DIR (${outDir}) ${how}`);
    expect(r.output).toContain('choose another OUT_DIR');
    expect(r.output).not.toContain('[build]');
    expect(snapshot(content)).toEqual(before);
    expect(existsSync(join(repo, 'src', 'content.config.ts'))).toBe(true);
  });

  it('is refused when it is a folder with other files that the build did not make', () => {
    const outDir = join(scratch('outdir'), 'mine');
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'report.docx'), 'not a site');
    const r = build(canary, '2024-06-10', outDir);
    expect(r.status).toBe(1);
    expect(r.output).toContain(
      `Build refused: OUT_DIR ${outDir} already exists, is not empty and was not made by this build (it has no .jcb-site file). Remove it or choose another OUT_DIR.`,
    );
    expect(readFileSync(join(outDir, 'report.docx'), 'utf8')).toBe('not a site');
  });
});

describe('the build lock', () => {
  it('refuses a second build while another holds the lock, naming its pid', () => {
    // This test process takes the lock, as a running build would.
    takeLock(lockFile);
    try {
      const r = build(canary, '2024-06-10');
      expect(r.status).toBe(1);
      expect(r.output).toContain(
        `Build refused: another build is running in this checkout (pid ${process.pid}, since `,
      );
      expect(r.output).toContain(`Wait for it to finish; if no build is running, delete ${lockFile}.`);
      expect(existsSync(r.outDir)).toBe(false);
    } finally {
      releaseLock(lockFile);
    }
  });
});

/** Whether Astro's prerender bundle in the private folder holds canary text yet (a build is mid-way). */
function prerenderHoldsCanary(): boolean {
  try {
    return listFiles(join(privateSite, '.prerender')).some((f) => readFileSync(f).includes('CANARY-'));
  } catch {
    return false;
  }
}

describe('a build stopped with SIGTERM', () => {
  it('stops Astro and removes its private folder and the lock', async () => {
    const outDir = join(scratch('stopped'), 'dist');
    rmSync(privateSite, { recursive: true, force: true });
    const child = spawn(process.execPath, [join(repo, 'scripts', 'build.mjs')], {
      cwd: repo,
      stdio: 'ignore',
      env: { ...process.env, CONTENT_DIR: canary, BUILD_DATE: '2024-06-10', OUT_DIR: outDir },
    });
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    const deadline = Date.now() + 90_000;
    // Wait until it holds canary text: the folder can appear a moment before its bundle is written.
    while (!prerenderHoldsCanary() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGTERM');
    expect(await exited).toBe(143);
    expect(existsSync(privateSite)).toBe(false);
    expect(existsSync(lockFile)).toBe(false);
    expect(existsSync(dirname(outDir)) && readdirSync(dirname(outDir))).toEqual([]);
  });
});

describe('a build killed with SIGKILL', () => {
  const around = scratch('killed');
  const outDir = join(around, 'dist');
  let next: ReturnType<typeof build>;

  it('leaves no withheld text in the project or beside OUT_DIR, only in node_modules', async () => {
    const started = Date.now() - 1000;
    // What an earlier test run left here would look like a build under way.
    rmSync(privateSite, { recursive: true, force: true });
    const child = spawn(process.execPath, [join(repo, 'scripts', 'build.mjs')], {
      cwd: repo,
      detached: true,
      stdio: 'ignore',
      env: { ...process.env, CONTENT_DIR: canary, BUILD_DATE: '2024-06-10', OUT_DIR: outDir },
    });
    const exited = new Promise((done) => child.on('exit', done));
    // Astro is mid-build once its prerender bundle, which embeds every entry, is on disk.
    const deadline = Date.now() + 90_000;
    // Wait until it holds canary text: the folder can appear a moment before its bundle is written.
    while (!prerenderHoldsCanary() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    process.kill(-child.pid!, 'SIGKILL');
    await exited;
    // Astro, in the same process group, takes a moment longer to go.
    const pids: number[] = JSON.parse(readFileSync(lockFile, 'utf8')).pids;
    while (pids.some(alive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(
      listFiles(join(privateSite, '.prerender')).some((f) => readFileSync(f).includes('CANARY-')),
      'the build was killed while Astro held withheld text',
    ).toBe(true);

    const leaks = [
      ...listFiles(repo, ['node_modules', '.git']).filter((f) => statSync(f).mtimeMs >= started),
      ...listFiles(around),
    ].filter((f) => readFileSync(f).includes('CANARY-'));
    expect(leaks).toEqual([]);
    expect(existsSync(outDir)).toBe(false);
    expect(existsSync(lockFile), 'the killed build left its lock').toBe(true);
  });

  it('does not stop the next build, which clears the stale lock and the leftovers', () => {
    next = build(canary, '2024-06-10', outDir);
    expect(next.status, next.output).toBe(0);
    expect(next.output).toMatch(/No withheld text found in \d+ files\. Site written to /);
    expect(existsSync(join(outDir, '.jcb-site'))).toBe(true);
    expect(existsSync(lockFile)).toBe(false);
    expect(existsSync(privateSite)).toBe(false);
    expect(readdirSync(around)).toEqual(['dist']);
  });

  it('makes a site that check-site passes, and check-site finds withheld text planted in a copy', () => {
    const clean = checkSite(outDir, canary, '2024-06-10');
    expect(clean.status, clean.output).toBe(0);
    expect(clean.output).toMatch(new RegExp(`${outDir}: no withheld text found in \\d+ files`));

    const planted = join(scratch('planted'), 'site');
    cpSync(outDir, planted, { recursive: true });
    appendFileSync(
      join(planted, 'about', 'index.html'),
      '<p>CANARY-EXEMPT-MINUTE RESOLVED that the package for Mr X be approved.</p>',
    );
    const fragments = join(planted, 'pagefind', 'fragment');
    const fragment = readdirSync(fragments).sort()[0];
    const page = JSON.parse(
      gunzipSync(readFileSync(join(fragments, fragment)))
        .toString('utf8')
        .replace(/^pagefind_dcd/, ''),
    );
    page.content += ' The contract was awarded to Bidder C at 48,000 pounds a year.';
    writeFileSync(join(fragments, fragment), gzipSync(`pagefind_dcd${JSON.stringify(page)}`));

    const r = checkSite(planted, canary, '2024-06-10');
    expect(r.status).toBe(1);
    expect(r.output).toContain(
      'meetings/2024-05-15-test-board.md (agenda.1.minute): withheld text found in about/index.html',
    );
    expect(r.output).toContain(
      `decisions/2024/jcb-2024-001.md (body): withheld text found in pagefind/fragment/${fragment}`,
    );
    expect(r.output).toMatch(/withheld text of .* \(as at 2024-06-10\) in 2 of \d+ files/);
  });
});

describe('the sample content', () => {
  it('builds with no false alarm from the check', () => {
    const r = sharedBuild(join(repo, 'content'), '2026-11-22');
    expect(r.status, r.output).toBe(0);
    expect(r.output).toMatch(/No withheld text found in \d+ files/);
  });
});
