// The call-in status printed at build time is updated against the reader's clock when
// JavaScript runs, and stands as printed, with its "as at" date, when it does not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { sharedBuild, fixtures } from '../build/helpers.ts';
import { launch, serve } from './harness.ts';

let site: { url: string; close: () => Promise<void> };
let browser: Browser;
beforeAll(async () => {
  // On 15 May 2023 the window for jcb-2023-001 (published 11 May) is open until the end of 18 May.
  const r = sharedBuild(join(fixtures, 'minimal'), '2023-05-15');
  expect(r.status, r.output).toBe(0);
  site = await serve(r.outDir, '/board/');
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the live call-in status', () => {
  it('without JavaScript shows the status as at the build date', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}decisions/jcb-2023-001/`);
    const panel = page.locator('section.call-in');
    await expect(panel.locator('.tag').textContent()).resolves.toBe('Call-in open');
    await expect(panel.textContent()).resolves.toContain('as at Monday 15 May 2023');
    await expect(panel.textContent()).resolves.toContain('Call-in closes at the end of Thursday 18 May 2023.');
    await context.close();
  });

  it('with JavaScript, on a reader clock after the window, says it has closed', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2023-05-19T09:00:00+01:00'));
    await page.goto(`${site.url}decisions/jcb-2023-001/`);
    const panel = page.locator('section.call-in');
    await expect(panel.locator('.tag').textContent()).resolves.toBe('Call-in closed');
    await expect(panel.textContent()).resolves.toContain('as at Friday 19 May 2023');
    await expect(panel.textContent()).resolves.toContain('Call-in closed at the end of Thursday 18 May 2023.');
    await expect(page.locator('a[href$="call-in.ics"]').count()).resolves.toBe(0);
    await context.close();
  });

  it('with JavaScript, on a reader clock inside the window, keeps it open', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2023-05-18T23:30:00+01:00'));
    await page.goto(`${site.url}decisions/jcb-2023-001/`);
    await expect(page.locator('section.call-in .tag').textContent()).resolves.toBe('Call-in open');
    await expect(page.locator('a[href$="call-in.ics"]').count()).resolves.toBe(1);
    await context.close();
  });
});
