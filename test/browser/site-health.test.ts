// The sample site in Chromium as a resident reaches it, under the Content-Security-Policy and the
// other headers the project ships for hosts (served with gzip by the test server): no console
// error, no blocked resource, no request to another origin, no cookie or storage; every page's
// headings present with JavaScript off and no empty chart boxes; axe at WCAG 2.2 AA in the states
// a person reaches (320 px with every `details` open, print media, search with results and filters
// open); keyboard paths; and screenshots of the main page types at 360 and 1280 px, kept under
// test-output/screenshots/ for review.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { sharedBuild, repo } from '../build/helpers.ts';
import { axe, launch, serve, typeSearch, sitemapPaths } from './harness.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/publication/security-headers.ts';

const SHOTS = join(repo, 'test-output', 'screenshots');
let site: { url: string; close: () => Promise<void> };
let browser: Browser;
let pages: string[] = [];
let outDir = '';
beforeAll(async () => {
  const r = sharedBuild(join(repo, 'content'), '2026-11-22');
  expect(r.status, r.output).toBe(0);
  outDir = r.outDir;
  site = await serve(r.outDir, '/jcb/');
  browser = await launch();
  pages = sitemapPaths(r.outDir).paths;
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Every problem the browser reports while `run` goes through pages in `context`. */
function watch(context: BrowserContext, origin: string): string[] {
  const problems: string[] = [];
  context.on('request', (req) => {
    if (!req.url().startsWith(origin) && !req.url().startsWith('data:')) problems.push(`request to ${req.url()}`);
  });
  context.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning')
      problems.push(`${msg.type()} on ${msg.page()?.url() ?? '?'}: ${msg.text()}`);
  });
  context.on('weberror', (e) => problems.push(`script error: ${e.error().message}`));
  context.on('response', (res) => {
    if (res.status() >= 400) problems.push(`${res.status()} for ${res.url()}`);
  });
  return problems;
}

const headings = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('main h1, main h2, main h3')]
      .filter((h) => (h as HTMLElement).offsetParent !== null && !h.closest('pagefind-results, pagefind-filter-pane'))
      .map((h) => (h as HTMLElement).innerText.trim()),
  );

describe('the site under its security headers', () => {
  it('every page loads with no error, no blocked resource, no other origin, no cookie or storage', async () => {
    expect(pages.length).toBeGreaterThan(100);
    const context = await browser.newContext();
    const origin = new URL(site.url).origin;
    const problems = watch(context, origin);
    const page = await context.newPage();
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP blocked ${e.blockedURI || 'inline'} (${e.violatedDirective})`),
      );
    });
    const unsafe: string[] = [];
    for (const path of [...pages, 'search/']) {
      const res = await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
      if (res?.headers()['content-security-policy'] !== CONTENT_SECURITY_POLICY) unsafe.push(`${path}: no CSP header`);
      if (res?.headers()['content-encoding'] !== 'gzip') unsafe.push(`${path}: not compressed`);
      // Charts are drawn when scrolled into view: scroll to the end so every one is drawn.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForTimeout(50);
      const stored = await page.evaluate(() => localStorage.length + sessionStorage.length);
      if (stored) unsafe.push(`${path}: ${stored} items in storage`);
    }
    await page.goto(`${site.url}search/`);
    await typeSearch(page, 'carers');
    expect(await page.locator('pagefind-results a').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    expect(await context.cookies()).toEqual([]);
    await context.close();
    expect([...problems, ...unsafe]).toEqual([]);
  }, 600_000);

  it('a script from another origin, or an inline one, is blocked by the policy (the check can fail)', async () => {
    const context = await browser.newContext();
    const problems = watch(context, new URL(site.url).origin);
    const page = await context.newPage();
    await page.goto(`${site.url}`);
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.ran = true';
      document.head.append(s);
    });
    expect(await page.evaluate(() => 'ran' in window)).toBe(false);
    expect(problems.join('\n')).toMatch(/Content Security Policy/);
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('every page shows the headings it shows with JavaScript, and no empty chart box', async () => {
    const on = await browser.newPage();
    const context = await browser.newContext({ javaScriptEnabled: false });
    const off = await context.newPage();
    const missing: string[] = [];
    for (const path of pages) {
      await on.goto(`${site.url}${path}`);
      await off.goto(`${site.url}${path}`);
      const withJs = await headings(on);
      const withoutJs = new Set(await headings(off));
      for (const h of withJs) if (!withoutJs.has(h)) missing.push(`${path}: "${h}"`);
      const boxes = await off.evaluate(
        () =>
          [...document.querySelectorAll('canvas, [data-chart] .chart__canvas')].filter(
            (c) => c.getBoundingClientRect().height > 0,
          ).length,
      );
      if (boxes) missing.push(`${path}: ${boxes} empty chart boxes`);
      if (!(await off.locator('main h1').innerText()).trim()) missing.push(`${path}: no heading`);
    }
    await on.close();
    await context.close();
    expect(missing).toEqual([]);
  }, 600_000);
});

describe('axe in the states a person reaches', () => {
  it('at 320 px with every details element open, and in print media', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const failures: string[] = [];
    for (const path of pages) {
      await page.goto(`${site.url}${path}`);
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      for (const v of await axe(page)) failures.push(`${path} (320 px, details open): ${v}`);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ media: 'print' });
    const kinds = new Map<string, string>();
    for (const path of pages) kinds.set(path.split('/')[0] || 'home', kinds.get(path.split('/')[0] || 'home') ?? path);
    for (const path of kinds.values()) {
      await page.goto(`${site.url}${path}`);
      for (const v of await axe(page)) failures.push(`${path} (print): ${v}`);
    }
    await context.close();
    expect(failures).toEqual([]);
  }, 600_000);

  it('search with results and every filter open, at 320 and 1280 px', async () => {
    const failures: string[] = [];
    for (const width of [320, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(`${site.url}search/`);
      await typeSearch(page, 'care');
      await page.waitForSelector('pagefind-filter-pane details');
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      await page.locator('pagefind-filter-pane input[type=checkbox]').first().check();
      await page.waitForTimeout(300);
      for (const v of await axe(page)) failures.push(`search (${width} px): ${v}`);
      await page.close();
    }
    expect(failures).toEqual([]);
  });
});

/** Whether the focused element shows a focus indicator: an outline, a ring or the focus colour. */
const focusShown = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'body', shown: false };
    const s = getComputedStyle(el);
    const shown =
      (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) ||
      s.boxShadow !== 'none' ||
      s.backgroundColor === 'rgb(255, 221, 0)';
    return { tag: `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}`, shown };
  });

describe('by keyboard', () => {
  it('the skip link comes first and moves focus to the content', async () => {
    const page = await browser.newPage();
    await page.goto(site.url);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toMatch(/^Skip to/);
    expect((await focusShown(page)).shown).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
    await page.close();
  });

  it('every focusable element of each kind of page shows its focus, and tabbing reaches the footer (charts are no trap)', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const kinds = new Map<string, string>();
    for (const path of pages) kinds.set(path.split('/')[0] || 'home', kinds.get(path.split('/')[0] || 'home') ?? path);
    const hidden: string[] = [];
    const trapped: string[] = [];
    for (const path of [...kinds.values(), 'budgets/better-care-fund/']) {
      await page.goto(`${site.url}${path}`);
      const total = await page.evaluate(
        () =>
          [...document.querySelectorAll('a[href], button, input, select, summary, [tabindex="0"]')].filter(
            (e) => (e as HTMLElement).offsetParent !== null,
          ).length,
      );
      let reachedFooter = false;
      for (let i = 0; i < Math.min(total + 5, 300); i++) {
        await page.keyboard.press('Tab');
        const f = await focusShown(page);
        if (!f.shown) hidden.push(`${path}: ${f.tag}`);
        if (await page.evaluate(() => document.activeElement?.closest('footer') !== null)) {
          reachedFooter = true;
          break;
        }
      }
      if (!reachedFooter) trapped.push(path);
    }
    await page.close();
    expect([...new Set(hidden)]).toEqual([]);
    expect(trapped).toEqual([]);
  }, 300_000);

  it('search: the box has focus on arrival, typing searches, and results are reached by Tab with the site focus', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}search/`);
    await page.waitForSelector('pagefind-input input');
    await page.waitForFunction(() => document.activeElement?.matches('pagefind-input input'));
    await page.keyboard.type('carers');
    await page.waitForFunction(() =>
      /results? for/i.test(document.querySelector('pagefind-summary')?.textContent ?? ''),
    );
    // Pagefind fills in each result as it scrolls into view; at 720 px the list starts below the fold.
    await page.locator('pagefind-results').scrollIntoViewIfNeeded();
    await page.waitForSelector('pagefind-results a.pf-result-link');
    let onResult = false;
    for (let i = 0; i < 40 && !onResult; i++) {
      await page.keyboard.press('Tab');
      onResult = await page.evaluate(() => document.activeElement?.matches('a.pf-result-link') ?? false);
    }
    expect(onResult).toBe(true);
    const look = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return { bg: s.backgroundColor, outline: s.outlineWidth };
    });
    expect(look).toEqual({ bg: 'rgb(255, 221, 0)', outline: '3px' });
    await page.close();
  });
});

describe('screenshots', () => {
  it('home, a decision, a meeting, a fund page and search at 360 and 1280 px', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const decision = pages.find((p) => /^decisions\/[^/]+\/$/.test(p) && !/^decisions\/\d{4}\//.test(p))!;
    const meeting = pages.find((p) => /^meetings\/\d{4}-\d\d-\d\d/.test(p))!;
    const shots = { home: '', decision, meeting, fund: 'budgets/better-care-fund/', search: 'search/' };
    for (const width of [360, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      for (const [name, path] of Object.entries(shots)) {
        await page.goto(`${site.url}${path}`);
        if (name === 'search') await typeSearch(page, 'carers');
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await page.waitForTimeout(100);
        await page.evaluate(() => window.scrollTo(0, 0));
        const file = join(SHOTS, `${name}-${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        expect(readFileSync(file).length).toBeGreaterThan(5_000);
      }
      await page.close();
    }
    expect(outDir).not.toBe('');
  }, 120_000);
});
