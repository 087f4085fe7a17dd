// The clerk's way in: npm run edit on a copy of a content root, a decision made in the browser
// form on an existing meeting's agenda item, and the file it saves read by validate and the build.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build, fixtures, repo, scratch } from '../build/helpers.ts';
import { launch } from './harness.ts';
import { loadContentRoot } from '../../src/publication/load.ts';

let editor: ChildProcess | undefined;
let browser: Browser | undefined;
let root: string;
let url: string;
let output = '';
const otherOrigins: string[] = [];

/** Starts `npm run edit`'s script in a process group of its own, and waits for its address. */
function startEditor(contentRoot: string): Promise<string> {
  editor = spawn(process.execPath, [join(repo, 'scripts', 'edit.mjs'), contentRoot, '--port', '0'], {
    cwd: repo,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the editor did not start in 30 s:\n${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /^Editor: (http:\/\/127\.0\.0\.1:\d+\/admin\/)$/m.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    };
    editor!.stdout!.on('data', read);
    editor!.stderr!.on('data', read);
    editor!.on('exit', (code) => reject(new Error(`the editor exited (${code}):\n${output}`)));
  });
}

beforeAll(async () => {
  root = join(scratch('editor'), 'content');
  cpSync(join(fixtures, 'minimal'), root, { recursive: true });
  url = await startEditor(root);
  browser = await launch({ args: ['--lang=en-GB'] });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (editor?.pid && editor.exitCode === null) {
    try {
      process.kill(-editor.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
});

/** Chooses an option of a select or relation widget (react-select) by typing and clicking it. */
async function choose(page: Page, label: string, typed: string, option: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(typed);
  await page.locator('[class*="-option"]', { hasText: option }).first().click({ timeout: 10_000 });
}

/** Replaces the text of the Markdown widget (raw mode) with these lines, typed as a clerk would. */
async function typeBody(page: Page, lines: string[]) {
  const editable = page.locator('.cms-editor-raw [contenteditable="true"]');
  await editable.click();
  await editable.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  await page.keyboard.press('Backspace');
  for (const [i, line] of lines.entries()) {
    if (line) await page.keyboard.insertText(line);
    if (i < lines.length - 1) await page.keyboard.press('Enter');
  }
}

async function publish(page: Page) {
  await page.getByRole('button', { name: 'Publish' }).first().click();
  await page.getByText('Publish now').click();
}

/** The problems panel once it has checked the content after the last save. */
async function panelAfter(page: Page, since: string) {
  await page.waitForFunction(
    (t) => (document.querySelector<HTMLElement>('.problems')?.dataset.checked ?? '') > t,
    since,
    { timeout: 20_000 },
  );
  return page.locator('.problems');
}

describe('the editor', () => {
  it('serves its admin page on loopback only, and nothing from another origin', async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/admin\/$/);
    const page = await browser!.newPage();
    const refused = await page.request.get(`${url}config.yml`, { headers: { Origin: 'https://attacker.example' } });
    expect(refused.status()).toBe(403);
    await page.close();
  });

  it('saves a decision on an agenda item as validate and the build expect', async () => {
    const context = await browser!.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await context.route('**/*', (route) => {
      const target = route.request().url();
      if (target.startsWith(new URL(url).origin) || target.startsWith('blob:') || target.startsWith('data:'))
        return route.continue();
      otherOrigins.push(target);
      return route.abort();
    });
    await page.goto(url);
    await page.getByRole('button', { name: 'Login' }).click();
    await page.goto(`${url}#/collections/decisions/new`);

    await page.getByLabel('Title', { exact: true }).fill('Carers centre grant 2023');
    await choose(page, 'Decision maker', 'test-board', 'Test Joint Commissioning Board (test-board)');
    await choose(page, 'Meeting (optional)', '2023-07-12', '2023-07-12-test-board');
    await choose(page, 'Item (optional)', 'Hospital', '2023-07-12-test-board 3 Hospital discharge');
    await page.getByLabel('Made', { exact: true }).fill('2023-07-12');
    await page.getByLabel('Published', { exact: true }).fill('2023-07-13');
    await choose(page, 'Outcome', 'appr', 'approved');
    await typeBody(page, [
      '## Decision',
      '',
      'The Board approved a grant of £20,000 to the carers centre.',
      '',
      '## Reasons',
      '',
      'Carers asked for a place to meet during the summer.',
      '',
      '## Alternative options considered and rejected',
      '',
      'No grant: rejected, as the centre would have closed in August.',
    ]);

    // First as a key decision: saved, and the panel says what validate finds wrong with it.
    const key = page.getByLabel('Key', { exact: true });
    await key.click();
    await expect(key.getAttribute('aria-checked')).resolves.toBe('true');
    let since = new Date().toISOString();
    await publish(page);
    let panel = await panelAfter(page, since);
    const file = join(root, 'decisions', '2023', 'carers-centre-grant-2023.md');
    expect(existsSync(file)).toBe(true);
    await expect(panel.getAttribute('data-state')).resolves.toBe('problems');
    await expect(panel.textContent()).resolves.toContain('decisions/2023/carers-centre-grant-2023.md, forwardPlan');

    // Not a key decision after all: saved again, and nothing is wrong.
    await key.click();
    await expect(key.getAttribute('aria-checked')).resolves.toBe('false');
    since = new Date().toISOString();
    await publish(page);
    panel = await panelAfter(page, since);
    expect(readFileSync(file, 'utf8')).toContain('key: false');
    await expect(panel.getAttribute('data-state')).resolves.toBe('ok');
    await expect(panel.textContent()).resolves.toContain('No problems');
    await context.close();

    expect(readFileSync(file, 'utf8')).toBe(
      [
        '---',
        'title: Carers centre grant 2023',
        'decisionMaker: test-board',
        'meeting: 2023-07-12-test-board',
        'item: 3',
        'made: 2023-07-12',
        'published: 2023-07-13',
        'key: false',
        'outcome: approved',
        '---',
        '',
        '## Decision',
        '',
        'The Board approved a grant of £20,000 to the carers centre.',
        '',
        '## Reasons',
        '',
        'Carers asked for a place to meet during the summer.',
        '',
        '## Alternative options considered and rejected',
        '',
        'No grant: rejected, as the centre would have closed in August.',
        '',
      ].join('\n'),
    );
    expect(otherOrigins).toEqual([]);
  }, 60_000);

  it('leaves a content root that validate passes and the build publishes', async () => {
    const checked = await loadContentRoot(root, '2024-06-10');
    expect(checked.problems).toEqual([]);
    expect(checked.content?.decisions.map((d) => d.id)).toContain('carers-centre-grant-2023');
    const r = build(root, '2024-06-10');
    expect(r.status, r.output).toBe(0);
    const html = readFileSync(join(r.outDir, 'decisions', 'carers-centre-grant-2023', 'index.html'), 'utf8');
    expect(html).toContain('Carers centre grant 2023');
    expect(html).toContain('The Board approved a grant of £20,000 to the carers centre.');
  }, 120_000);
});
