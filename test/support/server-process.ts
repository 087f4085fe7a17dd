// Starts a command that serves pages (npm run preview, npm run dev) in a process group of its own,
// waits for the address it prints, and stops it: the test never hangs on a server left running.
import { spawn, type ChildProcess } from 'node:child_process';

export interface Started {
  child: ChildProcess;
  /** Everything the command has printed so far, both streams. */
  output: () => string;
  /** The address it printed. */
  url: string;
  /** Resolves with the exit code (or signal) once the process has gone. */
  exited: Promise<number | string | null>;
}

export interface StartOptions {
  cwd: string;
  /** Added to this process's environment; a variable set to undefined is left out. */
  env?: Record<string, string | undefined>;
  /** The printed line holding the address; its first group is the address. */
  ready: RegExp;
  timeoutMs?: number;
}

/** Runs command in its own process group; resolves once it prints `ready`, rejects if it exits first or takes too long. */
export function start(command: string, args: string[], { cwd, env, ready, timeoutMs = 30_000 }: StartOptions) {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, detached: true });
  let text = '';
  const exited = new Promise<number | string | null>((done) =>
    child.on('exit', (code, signal) => done(code ?? signal)),
  );
  return new Promise<Started>((resolve, reject) => {
    const timer = setTimeout(() => {
      stopGroup(child);
      reject(new Error(`${command} ${args.join(' ')} printed no address within ${timeoutMs} ms:\n${text}`));
    }, timeoutMs);
    const look = (chunk: Buffer) => {
      text += chunk.toString();
      // Astro colours its output; the address is read without the colour codes.
      const m = ready.exec(text.replace(/\u001b\[[0-9;]*m/g, ''));
      if (m) {
        clearTimeout(timer);
        resolve({ child, output: () => text, url: m[1], exited });
      }
    };
    child.stdout.on('data', look);
    child.stderr.on('data', look);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${command} ${args.join(' ')} stopped (${code}) before printing an address:\n${text}`));
    });
  });
}

/** Kills the whole process group, whatever is left of it. */
export function stopGroup(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): void {
  if (!child.pid) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Gone already.
  }
}

/** Resolves when cond() holds, polling; rejects after timeoutMs. */
export async function waitFor(cond: () => boolean | Promise<boolean>, timeoutMs = 20_000, what = 'a condition') {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await cond()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}
