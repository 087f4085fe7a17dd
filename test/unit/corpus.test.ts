// The benchmark's corpus (scripts/corpus.mjs) is a valid content root, the same every time.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { CORPUS_BUILD_DATE, writeCorpus } from '../../scripts/corpus.mjs';
import { checkContentRoot } from '../../src/publication/load.ts';

const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const files = (root: string, d = root): string[] =>
  readdirSync(d).flatMap((n) =>
    statSync(join(d, n)).isDirectory() ? files(root, join(d, n)) : [relative(root, join(d, n))],
  );

describe('the corpus generator', () => {
  it('writes a valid content root with the counts it reports, and the same bytes for the same seed', () => {
    const a = writeCorpus({ size: 'small', out: join(dir, 'a') });
    const b = writeCorpus({ size: 'small', out: join(dir, 'b') });
    expect(a.decisions).toBe(40);
    const { problems, model } = checkContentRoot(a.root, CORPUS_BUILD_DATE);
    expect(problems).toEqual([]);
    expect(model!.decisions).toHaveLength(40);
    expect(model!.meetings.length).toBe(a.meetings);
    expect(model!.decisions.some((d) => d.callIn.status === 'open')).toBe(true);
    expect(model!.meetings.some((m) => m.upcoming)).toBe(true);
    const list = files(a.root).sort();
    expect(files(b.root).sort()).toEqual(list);
    for (const f of list) expect(readFileSync(join(b.root, f)).equals(readFileSync(join(a.root, f))), f).toBe(true);
  });

  it('writes decisions from 2001 onwards that the model counts like any other', () => {
    const c = writeCorpus({ size: 'small', out: join(dir, 'early'), from: 2001 });
    const { problems, model } = checkContentRoot(c.root, CORPUS_BUILD_DATE);
    expect(problems).toEqual([]);
    const early = model!.decisions.filter((d) => d.made < '2002-01-01');
    expect(early.length).toBeGreaterThan(0);
    expect(early.every((d) => d.callIn.window?.lastDay)).toBe(true);
  });
});
