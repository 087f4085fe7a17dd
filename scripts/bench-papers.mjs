#!/usr/bin/env node
// Times the paper check and text extraction: N generated papers (a third each PDF, Word and
// Excel, each a few pages or sheets of text) read cold (an empty cache), then again warm (every
// reading from the cache), against a baseline measured in the same run: reading each file's
// bytes and hashing them, the least any check must do. Prints milliseconds per paper and the
// time for a thousand papers.
// Usage: node scripts/bench-papers.mjs [N]   (default 300)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cachedReading, sha256 } from '../src/papers/cache.ts';
import { pdf, text } from '../test/support/pdf.ts';
import { docx, para, xlsx } from '../test/support/office.ts';

const n = Number(process.argv[2] || 300);
const words = 'the board agreed the plan for carers respite day services and the pooled budget for the year'.split(' ');
const line = (i, k) => Array.from({ length: 12 }, (_, j) => words[(i * 7 + j * 3 + k) % words.length]).join(' ');
function paper(i) {
  if (i % 3 === 0)
    return [
      `p${i}.pdf`,
      pdf(
        Array.from({ length: 4 }, (_, pg) => ({
          content: Array.from({ length: 40 }, (_, l) => text(72, 800 - l * 18, `${i} ${line(i, pg * 40 + l)}`)).join(
            '',
          ),
        })),
        { compress: true },
      ),
    ];
  if (i % 3 === 1) return [`p${i}.docx`, docx(Array.from({ length: 120 }, (_, l) => para(`${i} ${line(i, l)}`)))];
  const cell = (r, c) => `<c r="${c}${r}" t="inlineStr"><is><t>${line(i, r)}</t></is></c>`;
  const rows = Array.from({ length: 200 }, (_, r) => `<row r="${r + 1}">${cell(r + 1, 'A')}${cell(r + 1, 'B')}</row>`);
  return [`p${i}.xlsx`, xlsx([{ name: 'Budget', xml: `<sheetData>${rows.join('')}</sheetData>` }])];
}
const papers = Array.from({ length: n }, (_, i) => paper(i));
const dir = mkdtempSync(join(tmpdir(), 'bench-papers-'));
const time = async (fn) => {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
};
try {
  const baseline = await time(async () => {
    for (const [, bytes] of papers) sha256(bytes);
  });
  // Cold, one format at a time, so each format's cost shows.
  const coldBy = {};
  for (const ext of ['pdf', 'docx', 'xlsx'])
    coldBy[ext] = await time(async () => {
      for (const [name, bytes] of papers) if (name.endsWith(ext)) await cachedReading(name, bytes, dir);
    });
  const cold = coldBy.pdf + coldBy.docx + coldBy.xlsx;
  const warm = await time(async () => {
    for (const [name, bytes] of papers) await cachedReading(name, bytes, dir);
  });
  const kinds = ['pdf', 'docx', 'xlsx'].map((ext) => papers.filter(([name]) => name.endsWith(ext)).length);
  const row = (label, ms) =>
    `${label.padEnd(38)} ${(ms / n).toFixed(2).padStart(8)} ms per paper ${(((ms / n) * 1000) / 1000).toFixed(1).padStart(8)} s per 1000 papers`;
  console.log(`${n} papers (${kinds[0]} PDF of 4 pages, ${kinds[1]} Word, ${kinds[2]} Excel)`);
  console.log(row('baseline: hash the bytes', baseline));
  console.log(row('cold: check and read every paper', cold));
  for (const [ext, k] of [
    ['pdf', 0],
    ['docx', 1],
    ['xlsx', 2],
  ])
    console.log(`  ${ext.padEnd(5)} ${(coldBy[ext] / kinds[k]).toFixed(2).padStart(8)} ms per paper`);
  console.log(row('warm: every reading from the cache', warm));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
