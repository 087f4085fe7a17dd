// The whole build gives byte-identical output whatever the machine's time zone.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filesOf, repo } from './helpers.ts';

function digest(tz: string, root = join(repo, 'content')): Record<string, string> {
  const outDir = join(mkdtempSync(join(tmpdir(), `tz-`)), 'dist');
  const r = spawnSync(process.execPath, [join(repo, 'scripts', 'build.mjs')], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, TZ: tz, CONTENT_DIR: root, BUILD_DATE: '2026-11-22', OUT_DIR: outDir },
  });
  expect(r.status, r.stderr).toBe(0);
  return Object.fromEntries(filesOf(outDir).map((f) => [f.path, createHash('sha256').update(f.bytes).digest('hex')]));
}

describe('builds under different time zones', () => {
  it('are byte-identical under UTC, Europe/London, America/New_York and Pacific/Auckland', () => {
    const [utc, ...others] = ['UTC', 'Europe/London', 'America/New_York', 'Pacific/Auckland'].map((tz) => digest(tz));
    expect(Object.keys(utc).length).toBeGreaterThan(100);
    for (const other of others) expect(other).toEqual(utc);
  });
  it('are byte-identical for calendars with timed events (a 13:00 call-in window)', () => {
    const root = join(repo, 'test', 'fixtures', 'constitutions', 'croydon');
    expect(digest('Pacific/Auckland', root)).toEqual(digest('UTC', root));
  });
});
