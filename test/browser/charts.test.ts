// Pages with charts draw each chart in Chromium from the embedded figures when it is scrolled
// into view, run under the site's content security policy, read fully without JavaScript (no
// empty chart boxes), and fit their tables, captions and chart labels at 1280 and 360 px.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { sharedBuild, repo } from '../build/helpers.ts';
import { launch, serve } from './harness.ts';

const FUND = 'budgets/better-care-fund/';
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

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

/** A context whose every response carries the site's content security policy, as a host would send it. */
async function withPolicy(options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ reducedMotion: 'reduce', ...options });
  await context.route('**/*', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': CSP } });
  });
  return context;
}

/** For each chart: whether its canvas has been drawn on (an undrawn canvas is blank) and whether it is near the screen. */
const chartState = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('figure[data-chart]')].map((figure) => {
      const c = figure.querySelector('canvas')!;
      const ctx = c.getContext('2d');
      let drawn = false;
      if (ctx && c.width > 0 && c.height > 0) {
        const data = ctx.getImageData(0, 0, c.width, c.height).data;
        for (let i = 3; i < data.length && !drawn; i += 4) drawn = data[i] !== 0;
      }
      const box = figure.getBoundingClientRect();
      return { drawn, top: box.top, bottom: box.bottom, viewport: innerHeight };
    }),
  );

describe('charts', () => {
  for (const path of [FUND, `${FUND}2024-25/`]) {
    it(`on ${path}, are drawn when scrolled into view and not before, under the content security policy`, async () => {
      const context = await withPolicy({ viewport: { width: 1280, height: 600 } });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push(m.text());
      });
      await page.goto(`${site.url}${path}`);
      await page.waitForLoadState('networkidle');
      const atLoad = await chartState(page);
      expect(atLoad.length).toBeGreaterThanOrEqual(3);
      // Those on the screen are drawn; those well below it (past the script's 200 px margin) are not, yet.
      for (const c of atLoad.filter((x) => x.top < x.viewport && x.bottom > 0)) expect(c.drawn).toBe(true);
      const below = atLoad.filter((x) => x.top > x.viewport + 300);
      expect(below.length).toBeGreaterThan(0);
      for (const c of below) expect(c.drawn).toBe(false);
      // Scrolled to, each is drawn.
      for (const figure of await page.locator('figure[data-chart]').all()) {
        await figure.scrollIntoViewIfNeeded();
        await page.waitForTimeout(100);
      }
      expect((await chartState(page)).map((c) => c.drawn)).toEqual(atLoad.map(() => true));
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('at 360 px, wrap long scheme names rather than cut them off', async () => {
    const context = await withPolicy({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${site.url}${FUND}2024-25/`);
    for (const figure of await page.locator('figure[data-chart]').all()) {
      await figure.scrollIntoViewIfNeeded();
      await page.waitForTimeout(100);
    }
    // Chart.js gives the axis of scheme names at most half the chart and cuts off a longer label.
    // Where the bars begin is the axis's edge, the first column of pixels inked from top to bottom
    // by the zero line: at half the width, the axis is at its limit and a label was cut.
    const edges = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLCanvasElement>('figure[data-chart] canvas')].map((c) => {
        const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        const from = Math.floor(c.height * 0.05);
        const to = Math.floor(c.height * 0.6);
        for (let x = 0; x < c.width; x++) {
          let inked = 0;
          for (let y = from; y < to; y++) if (d[(y * c.width + x) * 4 + 3] !== 0) inked++;
          if (inked >= 0.95 * (to - from)) return x / c.width;
        }
        return undefined;
      }),
    );
    const titles = await page.locator('figure[data-chart] figcaption strong').allTextContents();
    const schemeCharts = titles.flatMap((t, i) => (/for each scheme/.test(t) ? [edges[i]] : []));
    expect(schemeCharts).toHaveLength(2);
    for (const edge of schemeCharts) {
      expect(edge).toBeGreaterThan(0.2);
      expect(edge).toBeLessThan(0.47);
    }
    await context.close();
  });
});

describe('without JavaScript', () => {
  for (const path of [FUND, `${FUND}2017-18/`, `${FUND}2024-25/`]) {
    it(`${path} shows no chart box, and every figure in a table with each chart's summary`, async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${site.url}${path}`);
      const boxes = page.locator('figure[data-chart] .chart__canvas');
      expect(await boxes.count()).toBeGreaterThan(0);
      for (const box of await boxes.all()) expect(await box.isVisible()).toBe(false);
      const captions = await page.locator('figure[data-chart] figcaption').allTextContents();
      expect(captions.length).toBeGreaterThanOrEqual(2);
      for (const c of captions) expect(c).toMatch(/£/);
      expect(await page.locator('table caption', { hasText: ', in pounds' }).count()).toBeGreaterThan(0);
      await context.close();
    });
  }

  it('the 2017-18 page holds the whole table and links every other year', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}${FUND}2017-18/`);
    expect(await page.locator('table caption', { hasText: '2017-18, in pounds' }).count()).toBe(1);
    expect(await page.locator('text=£105,196,000').count()).toBeGreaterThan(0);
    const nav = page.getByRole('navigation', { name: 'Years of this fund' });
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      '2026-27',
      '2025-26',
      '2024-25',
      '2023-24',
      '2017-18',
    ]);
    expect(await nav.locator('[aria-current="page"]').textContent()).toBe('2017-18');
    await nav.getByRole('link', { name: '2024-25' }).click();
    expect(new URL(page.url()).pathname).toBe(`/jcb/${FUND}2024-25/`);
    expect(await page.getByRole('link', { name: 'Better Care Fund plan 2023-25' }).count()).toBe(1);
    await context.close();
  });
});

describe('budget tables', () => {
  it('at 1280 px, the 2024-25 outturn fits without a sideways scroll, Variance in view, each total under its heading', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${site.url}${FUND}2024-25/`);
    const t = await page.evaluate(() => {
      const table = document.querySelector<HTMLTableElement>('#table-2024-25')!;
      const wrapper = table.closest<HTMLElement>('.table-scroll')!;
      const headers = [...table.tHead!.rows[0].cells];
      const variance = headers.find((h) => h.textContent === 'Variance')!.getBoundingClientRect();
      const total = [...table.querySelectorAll<HTMLTableRowElement>('tr.table__row--total')][0];
      return {
        scrollWidth: wrapper.scrollWidth,
        clientWidth: wrapper.clientWidth,
        varianceInView: variance.right <= wrapper.getBoundingClientRect().right,
        headers: headers.map((h) => h.textContent),
        total: [...total.cells].map((c) => c.textContent),
        columns: headers.map((_, i) => [...table.tBodies[0].rows].map((r) => r.cells[i]?.textContent).join('|')),
      };
    });
    expect(t.scrollWidth).toBeLessThanOrEqual(t.clientWidth);
    expect(t.varianceInView).toBe(true);
    expect(Object.fromEntries(t.headers.map((h, i) => [h, t.total[i]]))).toEqual({
      Scheme: 'Total pooled',
      'NHS Hampshire and Isle of Wight Integrated Care Board': '£83,250,000',
      'Southampton City Council': '£44,288,000',
      'Total budget': '£127,538,000',
      Outturn: '£127,967,000',
      Variance: '+£429,000 (+0.3%)',
    });
    // No column repeats another.
    expect(new Set(t.columns).size).toBe(t.columns.length);
    await page.close();
  });

  it('at 360 px, captions wrap within the screen instead of being cut off with the scrolling columns', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    for (const path of [FUND, `${FUND}2024-25/`, `${FUND}2017-18/`]) {
      await page.goto(`${site.url}${path}`);
      const captions = await page.evaluate(() =>
        [...document.querySelectorAll('.table-scroll')].map((w) => {
          const caption = w.querySelector('caption')!.getBoundingClientRect();
          const region = w.getBoundingClientRect();
          return {
            left: caption.left >= region.left - 0.5,
            right: caption.right <= region.right + 0.5,
            wide: w.scrollWidth > w.clientWidth,
          };
        }),
      );
      expect(captions.length, path).toBeGreaterThan(0);
      // The tables are wider than the screen and scroll in their own region; their captions are not.
      expect(
        captions.some((c) => c.wide),
        path,
      ).toBe(true);
      for (const c of captions) expect([c.left, c.right], path).toEqual([true, true]);
    }
    await page.close();
  });
});
