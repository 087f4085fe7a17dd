// The PDF check on files a real writer makes: Chromium prints a page with a table, shaded cells
// and a dark banner (no findings, text read in order), and the same page with a black box
// placed over a name, as a clerk "redacts" in a word processor (covered text found).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './harness.ts';
import { readPaper } from '../../src/papers/check.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const REPORT = `<!doctype html><html lang="en"><body style="font-family: sans-serif">
<h1 style="background:#0b0c0c;color:#fff;padding:8px">Carers respite report</h1>
<p>The board is asked to agree the respite plan for carers.</p>
<table style="border-collapse:collapse"><tr style="background:#f3f2f1"><th>Scheme</th><th>Budget</th></tr>
<tr><td style="background:#e8f0fe">Short breaks</td><td>£120,000</td></tr></table>
<p style="position:relative">Raised by <span>Mrs Example Resident</span> at the last meeting.BOX</p>
</body></html>`;

async function print(html: string): Promise<Uint8Array> {
  const page = await browser.newPage();
  await page.setContent(html);
  const bytes = await page.pdf({ printBackground: true, format: 'A4' });
  await page.close();
  return bytes;
}

describe('PDFs printed by Chromium', () => {
  it('have no findings when nothing is hidden, and their text is read in order', async () => {
    const r = await readPaper('report.pdf', await print(REPORT.replace('BOX', '')));
    expect(r.findings).toEqual([]);
    expect(r.pages).toBe(1);
    const text = r.text.map((t) => t.text).join('\n');
    expect(text).toContain('Carers respite report');
    expect(text).toContain('The board is asked to agree the respite plan for carers.');
    expect(text).toMatch(/Short breaks\s+£120,000/);
    expect(text).toContain('Raised by Mrs Example Resident at the last meeting.');
  });

  it('are refused when a black box is drawn over words, which are left out of the text', async () => {
    const box = '<span style="position:absolute;left:4.5em;top:-2px;width:11em;height:1.4em;background:#000"></span>';
    const r = await readPaper('report.pdf', await print(REPORT.replace('BOX', box)));
    expect(r.findings.map((f) => f.kind)).toEqual(['covered-text']);
    expect(r.findings[0].found).toMatch(/^text under a box drawn over it \(page 1, \d+ characters/);
    expect(r.text.map((t) => t.text).join('\n')).not.toContain('Example Resident');
  });
});
