/**
 * Where a build writes, and how it takes its place: the output folder must be one of its own,
 * only one build runs in a checkout at a time, and nothing holding withheld text is left in or
 * beside the output folder. Used by scripts/build.mjs.
 */
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, relative, resolve, isAbsolute, sep } from 'node:path';
import type { Content } from '../domain/content.ts';
import { checkSite, formatFinding, siteFiles } from './site-check.ts';

/**
 * The file every built site holds at its top. The build replaces or deletes a folder only when
 * the file is there (or the folder is empty), so it never removes a folder it did not make.
 */
export const MARKER = '.jcb-site';
const MARKER_TEXT =
  'Written by the joint board site build (scripts/build.mjs). The build replaces this folder only while this file is in it.\n';

export class BuildRefused extends Error {}

/** The path with symbolic links resolved, also for a path that does not exist yet. */
function real(path: string): string {
  const abs = resolve(path);
  if (existsSync(abs)) return realpathSync(abs);
  const parent = dirname(abs);
  return parent === abs ? abs : join(real(parent), basename(abs));
}

/** a is b, or inside b. */
function within(a: string, b: string): boolean {
  const r = relative(b, a);
  return r === '' || (!r.startsWith(`..${sep}`) && r !== '..' && !isAbsolute(r));
}

const PROJECT_FOLDERS = ['src', 'scripts', 'test', 'public', 'content', 'docs', 'node_modules', '.git'];

/**
 * Why OUT_DIR may not be used, or undefined. The build deletes and replaces its output folder
 * (and `<out>.staging`, `<out>.previous` beside it), so none of them may be, hold or sit inside
 * the content root or the project's own files; a folder inside the project, such as dist/, is fine.
 */
export function outDirProblem(
  outDir: string,
  { repo, contentRoot }: { repo: string; contentRoot: string },
): string | undefined {
  // [folder, its name, whether a folder inside it is refused too: not so for the project folder, where dist/ lives]
  const guarded: [string, string, boolean][] = [
    [real(repo), 'the project folder', false],
    [real(contentRoot), 'the content root (CONTENT_DIR)', true],
    ...PROJECT_FOLDERS.map((d): [string, string, boolean] => [real(join(repo, d)), `the project's ${d}/ folder`, true]),
  ];
  for (const path of [outDir, `${outDir}.staging`, `${outDir}.previous`]) {
    const out = real(path);
    const named = path === outDir ? `OUT_DIR (${out})` : `OUT_DIR needs ${out}, which`;
    for (const [folder, label, insideCounts] of guarded) {
      const how =
        out === folder
          ? 'is'
          : within(folder, out)
            ? 'holds'
            : insideCounts && within(out, folder)
              ? 'is inside'
              : undefined;
      if (how)
        return `Build refused: ${named} ${how} ${label} (${folder}). The build replaces its output folder, so OUT_DIR must be a folder of its own, such as dist; choose another OUT_DIR.`;
    }
  }
  return undefined;
}

const isEmptyDir = (dir: string) => readdirSync(dir).length === 0;

/** A folder this build may replace or delete: one it made (it holds the marker), or an empty one. */
export function ownFolderProblem(dir: string, role: string): string | undefined {
  if (!existsSync(dir)) return undefined;
  if (!statSync(dir).isDirectory())
    return `Build refused: ${role} ${dir} is a file; expected a folder made by this build. Remove it or choose another OUT_DIR.`;
  if (existsSync(join(dir, MARKER)) || isEmptyDir(dir)) return undefined;
  return `Build refused: ${role} ${dir} already exists, is not empty and was not made by this build (it has no ${MARKER} file). Remove it or choose another OUT_DIR.`;
}

/** Leftovers of an interrupted build beside the output folder: a half-copied staging folder goes; a site moved aside comes back. */
export function clearLeftovers(outDir: string): void {
  for (const [dir, role] of [
    [`${outDir}.staging`, 'the staging folder'],
    [`${outDir}.previous`, 'the previous site'],
  ] as const) {
    const problem = ownFolderProblem(dir, role);
    if (problem) throw new BuildRefused(problem);
  }
  rmSync(`${outDir}.staging`, { recursive: true, force: true });
  const previous = `${outDir}.previous`;
  if (existsSync(previous) && !existsSync(outDir)) renameSync(previous, outDir);
  else rmSync(previous, { recursive: true, force: true });
}

interface LockHolder {
  pids: number[];
  since: string;
}

/** Whether a process is running. A killed process whose parent has not reaped it yet (a zombie, on Linux) is not. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '')[0] !== 'Z';
  } catch {
    return true;
  }
}

/**
 * Takes the checkout's build lock, or throws BuildRefused naming the build that holds it.
 * A lock whose processes are all gone was left by a killed build and is taken over.
 */
export function takeLock(lockFile: string): void {
  mkdirSync(dirname(lockFile), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(
        lockFile,
        JSON.stringify({ pids: [process.pid], since: new Date().toISOString() } satisfies LockHolder),
        { flag: 'wx' },
      );
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    let holder: LockHolder | undefined;
    try {
      holder = JSON.parse(readFileSync(lockFile, 'utf8')) as LockHolder;
    } catch {
      // Unreadable: written by a build killed mid-write, so a leftover.
    }
    const running = holder?.pids.filter(alive) ?? [];
    if (running.length) {
      throw new BuildRefused(
        `Build refused: another build is running in this checkout (pid ${running.join(', ')}, since ${holder!.since}). Wait for it to finish; if no build is running, delete ${lockFile}.`,
      );
    }
    rmSync(lockFile, { force: true });
  }
  throw new BuildRefused(`Build refused: could not take the build lock ${lockFile}; another build took it first.`);
}

/** Records a child process (Astro) in the lock, so a build killed while Astro runs on still counts as running. */
export function addToLock(lockFile: string, pid: number): void {
  const holder = JSON.parse(readFileSync(lockFile, 'utf8')) as LockHolder;
  writeFileSync(lockFile, JSON.stringify({ ...holder, pids: [...holder.pids, pid] }));
}

export function releaseLock(lockFile: string): void {
  try {
    const holder = JSON.parse(readFileSync(lockFile, 'utf8')) as LockHolder;
    if (holder.pids[0] === process.pid) rmSync(lockFile, { force: true });
  } catch {
    // No lock, or not ours: nothing to release.
  }
}

/** Files Astro's server build leaves behind (the prerender bundle embeds all content, drafts included). */
export function serverFiles(files: string[]): string[] {
  return files.filter((f) => /(^|\/)\.prerender\/|^chunks\/|^server\/|\.mjs$/.test(f));
}

/**
 * Checks a finished build and puts it in place of outDir. The site is refused, and deleted,
 * when it holds server files or withheld text; otherwise it is marked, moved beside outDir
 * (copied, when on another file system) and swapped in. The old site is deleted last.
 */
export function publishSite({
  site,
  outDir,
  content,
  buildDate,
}: {
  site: string;
  outDir: string;
  content: Content;
  buildDate: string;
}): { files: number } {
  const server = serverFiles(siteFiles(site));
  if (server.length) {
    rmSync(site, { recursive: true, force: true });
    throw new BuildRefused(
      `Build refused: Astro left server files in the built site (${server.slice(0, 3).join(', ')}${server.length > 3 ? ', ...' : ''}); expected a static site only. ${outDir} was left as it was.`,
    );
  }
  const { files, findings } = checkSite(site, content, buildDate);
  if (findings.length) {
    rmSync(site, { recursive: true, force: true });
    throw new BuildRefused(
      [
        `Build refused: withheld text in ${new Set(findings.map((f) => f.output)).size} built file(s); ${outDir} was left as it was.`,
        ...findings.map((f) => `  ${formatFinding(f)}`),
      ].join('\n'),
    );
  }
  writeFileSync(join(site, MARKER), MARKER_TEXT);
  const staging = `${outDir}.staging`;
  const previous = `${outDir}.previous`;
  // OUT_DIR may name a folder whose parent does not exist yet.
  mkdirSync(dirname(outDir), { recursive: true });
  try {
    renameSync(site, staging);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
    // The marker goes first, so a copy cut short is still known to be the build's own.
    mkdirSync(staging);
    copyFileSync(join(site, MARKER), join(staging, MARKER));
    for (const name of readdirSync(site))
      if (name !== MARKER) cpSync(join(site, name), join(staging, name), { recursive: true });
    rmSync(site, { recursive: true, force: true });
  }
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(staging, outDir);
  rmSync(previous, { recursive: true, force: true });
  return { files };
}
