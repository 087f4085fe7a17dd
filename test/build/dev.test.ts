// npm run dev over a content root (CONTENT_DIR): a problem in a file, once saved, is listed on
// every page and in the terminal, with its file, field, what was found and what was expected;
// once the file is fixed the pages come back by themselves.
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fixtures, repo, scratch } from './helpers.ts';
import { start, stopGroup, waitFor, type Started } from '../support/server-process.ts';

const root = join(scratch('dev'), 'content');
cpSync(join(fixtures, 'minimal'), root, { recursive: true });
const decision = join(root, 'decisions', '2023', 'jcb-2023-002.md');
const good = readFileSync(decision, 'utf8');

/** A port nothing listens on. */
const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/** Vitest puts its own mode in the environment (NODE_ENV=test, BASE_URL=/ ...), which Astro's dev server would take as its own. */
const withoutVitest = () =>
  Object.fromEntries(
    Object.keys(process.env)
      .filter((k) => /^(VITEST.*|VITE_.*|BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST)$/.test(k))
      .map((k) => [k, undefined]),
  );

let dev: Started | undefined;
afterAll(() => {
  if (dev) stopGroup(dev.child);
});

const get = async (url: string) => {
  const r = await fetch(url, { signal: AbortSignal.timeout(15_000) });
  return { status: r.status, text: await r.text() };
};

describe('npm run dev', () => {
  it('shows a problem on the page and in the terminal as the file changes, and recovers when it is fixed', async () => {
    dev = await start('npm', ['run', 'dev', '--', '--port', String(await freePort())], {
      cwd: repo,
      env: { ...withoutVitest(), CONTENT_DIR: root, BUILD_DATE: '2024-06-10', ASTRO_TELEMETRY_DISABLED: '1' },
      ready: /Local\s+(http:\/\/\S+)/,
      timeoutMs: 60_000,
    });
    // minimal/ is built for https://example.org/board/: dev serves it at its own base path.
    expect(dev.url).toMatch(/\/board\/$/);
    const page = new URL('decisions/jcb-2023-002/', dev.url).href;
    const first = await get(page);
    expect(first.status, dev.output()).toBe(200);
    expect(first.text).toContain('Test Fund plan 2023-24');

    writeFileSync(decision, good.replace('outcome: approved', 'outcome: aproved'));
    let broken = { status: 0, text: '' };
    await waitFor(async () => (broken = await get(page)).status === 500, 20_000, 'the page to show the problem');
    expect(broken.text).toContain('The content has 1 problem');
    expect(broken.text).toContain(
      '<tr><td>decisions/2023/jcb-2023-002.md</td><td>outcome</td><td>&quot;aproved&quot;</td><td>one of approved, rejected, deferred, noted, recommended</td></tr>',
    );
    // The home page, and any other, says the same.
    expect((await get(dev.url)).text).toContain('decisions/2023/jcb-2023-002.md');
    await waitFor(
      () => dev!.output().includes('decisions/2023/jcb-2023-002.md: outcome: found "aproved"'),
      10_000,
      'the terminal',
    );

    // A field in a list is named in the clerk's words, with its dotted path after them.
    writeFileSync(decision, good.replace('person: dr-bea-test', 'person: dr-bee-test'));
    await waitFor(
      async () =>
        (broken = await get(page)).text.includes('declaration by dr-bee-test, person (declarations.0.person)'),
      20_000,
      'the page to name the declaration',
    );
    await waitFor(
      () =>
        dev!
          .output()
          .includes(
            'decisions/2023/jcb-2023-002.md: declaration by dr-bee-test, person (declarations.0.person): found',
          ),
      10_000,
      'the terminal to name the declaration',
    );

    writeFileSync(decision, good.replace('Test Fund plan 2023-24', 'Test Fund plan, corrected'));
    let fixed = { status: 0, text: '' };
    await waitFor(async () => (fixed = await get(page)).status === 200, 20_000, 'the page to come back');
    expect(fixed.text).toContain('Test Fund plan, corrected');
    expect(dev.output()).toContain('The content has no problems');
  });
});
