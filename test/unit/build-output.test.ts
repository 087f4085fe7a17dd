// Where a build may write, the build lock, and the last step of a build: check, then swap.
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { checkContentRoot } from '../../src/publication/load.ts';
import type { Content } from '../../src/domain/content.ts';
import {
  BuildRefused,
  MARKER,
  clearLeftovers,
  outDirProblem,
  ownFolderProblem,
  publishSite,
  releaseLock,
  serverFiles,
  takeLock,
} from '../../src/publication/build-output.ts';

const repo = join(import.meta.dirname, '..', '..');
const canaryRoot = join(repo, 'test', 'fixtures', 'canary');
const canary = checkContentRoot(canaryRoot, '2024-06-10').content as Content;
const temp = () => mkdtempSync(join(tmpdir(), 'build-output-'));

describe('outDirProblem', () => {
  const roots = { repo, contentRoot: canaryRoot };
  it.each([
    [canaryRoot, 'is the content root'],
    [join(canaryRoot, 'site'), 'is inside the content root'],
    [join(repo, 'test', 'fixtures'), 'holds the content root'],
    [repo, 'is the project folder'],
    [join(repo, '..'), 'holds the project folder'],
    [join(repo, 'src'), "is the project's src/ folder"],
    [join(repo, 'src', 'pages'), "is inside the project's src/ folder"],
    [join(repo, 'content'), "is the project's content/ folder"],
    [join(repo, 'node_modules', 'site'), "is inside the project's node_modules/ folder"],
    [join(repo, '.git'), "is the project's .git/ folder"],
  ])('refuses %s: it %s', (out, how) => {
    expect(outDirProblem(out, roots)).toMatch(
      new RegExp(`^Build refused: OUT_DIR \\(.*\\) ${how.replace(/[/.]/g, '\\$&')} \\(.*choose another OUT_DIR\\.$`),
    );
  });
  it('refuses an OUT_DIR whose staging folder would be the content root', () => {
    const out = join(tmpdir(), 'out');
    expect(outDirProblem(out, { repo, contentRoot: `${out}.staging` })).toMatch(
      /^Build refused: OUT_DIR needs .*out\.staging, which is the content root \(CONTENT_DIR\)/,
    );
  });
  it('accepts dist in the project and a folder elsewhere', () => {
    expect(outDirProblem(join(repo, 'dist'), roots)).toBeUndefined();
    expect(outDirProblem(join(tmpdir(), 'site', 'dist'), roots)).toBeUndefined();
  });
});

describe('ownFolderProblem and clearLeftovers', () => {
  it('replaces a folder with the marker, or an empty one, and refuses any other', () => {
    const dir = temp();
    expect(ownFolderProblem(join(dir, 'none'), 'OUT_DIR')).toBeUndefined();
    expect(ownFolderProblem(dir, 'OUT_DIR')).toBeUndefined();
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    expect(ownFolderProblem(dir, 'OUT_DIR')).toBe(
      `Build refused: OUT_DIR ${dir} already exists, is not empty and was not made by this build (it has no ${MARKER} file). Remove it or choose another OUT_DIR.`,
    );
    writeFileSync(join(dir, MARKER), '');
    expect(ownFolderProblem(dir, 'OUT_DIR')).toBeUndefined();
  });

  it('removes a staging folder left by a killed build, brings back a site moved aside, and keeps a folder it did not make', () => {
    const out = join(temp(), 'dist');
    mkdirSync(`${out}.staging`);
    writeFileSync(join(`${out}.staging`, MARKER), '');
    mkdirSync(`${out}.previous`);
    writeFileSync(join(`${out}.previous`, MARKER), '');
    writeFileSync(join(`${out}.previous`, 'index.html'), 'last good site');
    clearLeftovers(out);
    expect(existsSync(`${out}.staging`)).toBe(false);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('last good site');

    mkdirSync(`${out}.staging`);
    writeFileSync(join(`${out}.staging`, 'notes.txt'), 'mine');
    expect(() => clearLeftovers(out)).toThrow(
      /the staging folder .*dist\.staging already exists, is not empty and was not made by this build/,
    );
    expect(existsSync(join(`${out}.staging`, 'notes.txt'))).toBe(true);
  });
});

describe('the build lock', () => {
  const lock = join(temp(), 'build.lock');
  afterEach(() => releaseLock(lock));

  it('refuses a second build while a live process holds it, naming the pid', () => {
    writeFileSync(lock, JSON.stringify({ pids: [process.pid], since: '2026-12-01T10:00:00.000Z' }));
    expect(() => takeLock(lock)).toThrow(
      new BuildRefused(
        `Build refused: another build is running in this checkout (pid ${process.pid}, since 2026-12-01T10:00:00.000Z). Wait for it to finish; if no build is running, delete ${lock}.`,
      ),
    );
  });

  it('takes over a lock whose process is gone', () => {
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(lock, JSON.stringify({ pids: [Number(gone.stdout)], since: '2026-12-01T10:00:00.000Z' }));
    takeLock(lock);
    expect(JSON.parse(readFileSync(lock, 'utf8')).pids).toEqual([process.pid]);
    releaseLock(lock);
    expect(existsSync(lock)).toBe(false);
  });
});

describe('serverFiles', () => {
  it("names Astro's prerender bundle and server chunks, not the site's own files", () => {
    expect(
      serverFiles([
        'index.html',
        '_astro/Page.css',
        '_astro/chart.js',
        '.prerender/chunks/_id_.mjs',
        'chunks/x.mjs',
        'entry.mjs',
        'pagefind/pagefind.js',
      ]),
    ).toEqual(['.prerender/chunks/_id_.mjs', 'chunks/x.mjs', 'entry.mjs']);
  });
});

describe('publishSite', () => {
  /** A small built site: one page, one search fragment, and the last good site in place. */
  function setUp(page: string, fragment = 'Public text only.') {
    const site = join(temp(), 'site');
    mkdirSync(join(site, 'pagefind', 'fragment'), { recursive: true });
    writeFileSync(join(site, 'index.html'), page);
    writeFileSync(
      join(site, 'pagefind', 'fragment', 'en_1.pf_fragment'),
      gzipSync(`pagefind_dcd${JSON.stringify({ content: fragment })}`),
    );
    const out = join(temp(), 'dist');
    mkdirSync(out);
    writeFileSync(join(out, MARKER), '');
    writeFileSync(join(out, 'index.html'), 'last good site');
    return { site, out };
  }

  it('refuses a site that shows withheld text, naming the entry and the file, and leaves the last site as it was', () => {
    const { site, out } = setUp('<p>The Board is asked to approve a care package for Mr X of 1 Example Street.</p>');
    expect(() => publishSite({ site, outDir: out, content: canary, buildDate: '2024-06-10' })).toThrow(
      `Build refused: withheld text in 1 built file(s); ${out} was left as it was.\n  meetings/2024-05-15-test-board.md (agenda.1.summary): withheld text found in index.html`,
    );
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('last good site');
    expect(existsSync(site)).toBe(false);
    expect(existsSync(`${out}.staging`)).toBe(false);
  });

  it('finds withheld text in the compressed search index', () => {
    const { site, out } = setUp(
      '<p>Public.</p>',
      'CANARY-EMBARGO-FP This notice is embargoed and must appear in no output.',
    );
    expect(() => publishSite({ site, outDir: out, content: canary, buildDate: '2024-06-10' })).toThrow(
      /forward-plan\/fp-2024-099\.md \(body\): withheld text found in pagefind\/fragment\/en_1\.pf_fragment/,
    );
  });

  it('refuses a site holding server files', () => {
    const { site, out } = setUp('<p>Public.</p>');
    mkdirSync(join(site, '.prerender'));
    writeFileSync(join(site, '.prerender', 'entry.mjs'), 'export {}');
    expect(() => publishSite({ site, outDir: out, content: canary, buildDate: '2024-06-10' })).toThrow(
      /Astro left server files in the built site \(\.prerender\/entry\.mjs\)/,
    );
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('last good site');
  });

  it('swaps in a clean site, marked as the build’s own', () => {
    const { site, out } = setUp(
      '<p>PUBLIC-MEETING-BODY The Board took one item in private and awarded the carers support contract.</p>',
    );
    expect(publishSite({ site, outDir: out, content: canary, buildDate: '2024-06-10' })).toEqual({ files: 2 });
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('PUBLIC-MEETING-BODY');
    expect(existsSync(join(out, MARKER))).toBe(true);
    expect(existsSync(`${out}.previous`)).toBe(false);
    expect(existsSync(site)).toBe(false);
  });

  // /dev/shm is a separate file system on Linux: the site is copied, not renamed.
  const shm = existsSync('/dev/shm') && statSync('/dev/shm').dev !== statSync(tmpdir()).dev;
  it.skipIf(!shm)('copies the site when the output folder is on another file system', () => {
    const { site } = setUp('<p>Public.</p>');
    const shared = mkdtempSync('/dev/shm/build-output-');
    const out = join(shared, 'dist');
    try {
      publishSite({ site, outDir: out, content: canary, buildDate: '2024-06-10' });
      expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('<p>Public.</p>');
      expect(existsSync(join(out, MARKER))).toBe(true);
      expect(existsSync(`${out}.staging`)).toBe(false);
      expect(existsSync(site)).toBe(false);
    } finally {
      // /dev/shm is memory.
      rmSync(shared, { recursive: true, force: true });
    }
  });
});
