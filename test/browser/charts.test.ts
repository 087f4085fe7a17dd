// A page with charts draws them in Chromium from the embedded figures, and reads fully without JavaScript.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { sharedBuild, repo } from '../build/helpers.ts';
import { launch, serve } from './harness.ts';

let site: { url: string; close: () => Promise<void> };
let browser: Browser;
beforeAll(async () => {
  const r = sharedBuild(join(repo, 'content'), '2026-11-22');
  expect(r.status, r.output).toBe(0);
  site = await serve(r.outDir, '/jcb/');
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the Better Care Fund page', () => {
  it('draws every chart with JavaScript', async () => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.url}budgets/better-care-fund/`);
    const charts = await page.locator('figure[data-chart] canvas').count();
    expect(charts).toBeGreaterThanOrEqual(5);
    // A drawn canvas has coloured pixels; an undrawn one is blank.
    const drawn = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLCanvasElement>('figure[data-chart] canvas')].map((c) => {
        const ctx = c.getContext('2d');
        if (!ctx || c.width === 0) return false;
        const data = ctx.getImageData(0, 0, c.width, c.height).data;
        for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return true;
        return false;
      }),
    );
    expect(drawn.every(Boolean)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reads fully without JavaScript: every figure is in a table, every chart has its summary', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}budgets/better-care-fund/`);
    await expect(page.locator('table caption', { hasText: '2017-18, in pounds' }).count()).resolves.toBe(1);
    await expect(page.locator('text=£105,196,000').count()).resolves.toBeGreaterThan(0);
    const captions = await page.locator('figure[data-chart] figcaption').allTextContents();
    expect(captions.length).toBeGreaterThanOrEqual(5);
    for (const c of captions) expect(c).toMatch(/£/);
    await context.close();
  });
});
