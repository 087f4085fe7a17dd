// npm run preview serves the site that was built, at the base path it was built for (not the
// sample site's /jcb/), prints the address to open, and lets go of its port when it is stopped.
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fixtures, repo, scratch, sharedBuild } from './helpers.ts';
import { start, stopGroup, type Started } from '../support/server-process.ts';

const running: Started[] = [];
afterEach(() => {
  for (const s of running.splice(0)) stopGroup(s.child);
});

const preview = async (site: string, port: number) => {
  const s = await start('npm', ['run', 'preview', '--', site, '--port', String(port)], {
    cwd: repo,
    ready: /Open (http:\/\/\S+) in your browser/,
  });
  running.push(s);
  return s;
};

describe('npm run preview', () => {
  it('serves the last build at its own base path, and starts again once stopped', async () => {
    // minimal/ is built for https://example.org/board/, so its base path is /board/.
    const { status, outDir } = sharedBuild(join(fixtures, 'minimal'), '2024-06-10');
    expect(status).toBe(0);
    const first = await preview(outDir, 0);
    expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/board\/$/);
    const home = await fetch(first.url);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('Test Joint Commissioning Board');
    expect((await fetch(new URL('decisions/jcb-2023-002/', first.url))).status).toBe(200);
    expect((await fetch(new URL('/jcb/', first.url))).status).toBe(404);

    // Stopped as a terminal or a process manager stops npm: the server goes with it.
    process.kill(first.child.pid!, 'SIGTERM');
    await first.exited;
    const port = new URL(first.url).port;
    const second = await preview(outDir, Number(port));
    expect(second.url).toBe(first.url);
    expect((await fetch(second.url)).status).toBe(200);
    expect(second.output()).not.toMatch(/already in use/);
  });

  it('says there is no build yet, and what to run', () => {
    const r = spawnSync('npm', ['run', 'preview', '--', scratch('empty')], { cwd: repo, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/There is no built site in .* yet/);
    expect(r.stderr).toContain('npm run build');
  });
});
