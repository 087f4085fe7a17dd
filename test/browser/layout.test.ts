// Layout in Chromium: phones at 320 px, agenda numbering, stacked registers, and printing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { sharedBuild, repo } from '../build/helpers.ts';
import { launch, serve, sitemapPaths } from './harness.ts';

let site: { url: string; close: () => Promise<void> };
let browser: Browser;
let pages: string[] = [];
beforeAll(async () => {
  const r = sharedBuild(join(repo, 'content'), '2026-11-22');
  expect(r.status, r.output).toBe(0);
  site = await serve(r.outDir, '/jcb/');
  browser = await launch();
  pages = sitemapPaths(r.outDir).paths;
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('at 320 px', () => {
  it('no page scrolls sideways, and the header leaves most of the screen to the content', async () => {
    expect(pages.length).toBeGreaterThan(100);
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    const wide: string[] = [];
    const tall: string[] = [];
    for (const path of [...pages, 'search/', 'calendar/']) {
      await page.goto(`${site.url}${path}`);
      const { scroll, header } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        header: document.querySelector('.site-header')!.getBoundingClientRect().height,
      }));
      if (scroll > 320) wide.push(`${path}: ${scroll} px`);
      if (header > 170) tall.push(`${path}: ${header} px`);
    }
    await page.close();
    expect(wide).toEqual([]);
    expect(tall).toEqual([]);
  }, 600_000);

  it("shows each decision's outcome and call-in status without a sideways scroll", async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(`${site.url}decisions/`);
    const cells = await page.evaluate(() =>
      [...document.querySelectorAll('td[data-label="Outcome"], td[data-label="Call-in"]')].map((td) => {
        const box = td.getBoundingClientRect();
        return { right: box.right, label: getComputedStyle(td, '::before').content };
      }),
    );
    await page.close();
    expect(cells.length).toBeGreaterThan(20);
    expect(cells.filter((c) => c.right > 320)).toEqual([]);
    expect(cells.every((c) => /Outcome: |Call-in: /.test(c.label))).toBe(true);
  });
});

describe('meeting pages', () => {
  it('number each agenda item once', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}meetings/2024-03-14-joint-commissioning-board/`);
    const items = await page.evaluate(() =>
      [...document.querySelectorAll('ol.agenda > li')].map((li) => ({
        marker: getComputedStyle(li).display === 'list-item' && getComputedStyle(li).listStyleType !== 'none',
        number: li.querySelector('.agenda__number')?.textContent,
      })),
    );
    await page.close();
    expect(items.length).toBeGreaterThan(2);
    expect(items.filter((i) => i.marker)).toEqual([]);
    expect(items.every((i) => /^\d+\.$/.test(i.number ?? ''))).toBe(true);
  });
});

describe('a printed decision', () => {
  it('has no last page of footer alone, keeps dates whole, and gives link targets and its address', async () => {
    const page = await browser.newPage();
    const failures: string[] = [];
    for (const path of pages.filter((p) => /^decisions\/[^/]+\/$/.test(p))) {
      await page.goto(`${site.url}${path}`);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4' });
      const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
      const texts: string[] = [];
      for (let i = 1; i <= doc.numPages; i++) {
        const content = await (await doc.getPage(i)).getTextContent();
        texts.push(content.items.map((it) => ('str' in it ? it.str : '')).join(' '));
      }
      await doc.loadingTask.destroy();
      const last = texts.at(-1)!;
      const all = texts.join(' ');
      if (doc.numPages > 1 && (last.trim() === '' || /^\s*Published by/.test(last)))
        failures.push(`${path}: last page holds only the footer`);
      if (all.includes('Published by')) failures.push(`${path}: footer printed`);
      // A long address wraps where the line ends, so it is looked for with the spaces taken out.
      if (!all.replace(/\s+/g, '').includes(`Thispage:https://democracy.example.org/jcb/${path}`))
        failures.push(`${path}: no page address`);
      if (!/\(\/jcb\/[a-z-]+\/[a-z0-9-]+\/\)/.test(all)) failures.push(`${path}: no link target printed`);
      if (!all.includes('Sunday 22 November 2026')) failures.push(`${path}: build date broken or missing`);
    }
    await page.close();
    expect(failures).toEqual([]);
  }, 600_000);
});
