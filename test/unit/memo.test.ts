// What a build keeps for the next (src/source/memo.ts): the same input gives the same result
// from the memo as worked out afresh, a changed file is read again, and nothing is kept when
// the memo is turned off.
import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readContentRoot } from '../../src/source/read.ts';
import { renderMarkdown } from '../../src/publication/markdown.ts';
import { memoized, saveMemos, useMemo } from '../../src/source/memo.ts';

const fixture = join(import.meta.dirname, '..', 'fixtures', 'minimal');
const made: string[] = [];
const temp = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
};
afterEach(() => {
  delete process.env.MEMO_DIR;
  delete process.env.JCB_MEMO;
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the memo', () => {
  it('gives what the reader works out afresh, and reads a changed file again', () => {
    process.env.MEMO_DIR = temp('memo-');
    const root = temp('root-');
    cpSync(fixture, root, { recursive: true });
    const first = readContentRoot(root);
    saveMemos();
    expect(readdirSync(readdirSync(process.env.MEMO_DIR).map((d) => join(process.env.MEMO_DIR!, d))[0])).toContain(
      'entries.v8',
    );
    process.env.JCB_MEMO = 'off';
    const fresh = readContentRoot(root);
    delete process.env.JCB_MEMO;
    expect(readContentRoot(root).entries).toEqual(fresh.entries);
    expect(first.entries).toEqual(fresh.entries);

    writeFileSync(
      join(root, 'people', 'cllr-alex-test.yaml'),
      'name: Councillor Alex Changed\npartner: test-council\n',
    );
    const changed = readContentRoot(root).entries.people.find((p) => p.id === 'cllr-alex-test')!;
    expect(changed.data.name).toBe('Councillor Alex Changed');
    // A problem found in a file is kept with it, and given again.
    writeFileSync(join(root, 'people', 'cllr-chris-test.yaml'), 'name: [unclosed\n');
    const bad = readContentRoot(root).problems;
    expect(bad.map((p) => p.file)).toContain('people/cllr-chris-test.yaml');
    expect(readContentRoot(root).problems).toEqual(bad);
  });

  it('keeps a rendered body without images, and renders one with an image each time', () => {
    process.env.MEMO_DIR = temp('memo-');
    useMemo(temp('root-'));
    let asked = 0;
    const image = () => (asked++, { href: '/x.png' });
    const plain = renderMarkdown('Plain **text**.', { image });
    expect(renderMarkdown('Plain **text**.', { image })).toBe(plain);
    renderMarkdown('![A chart](chart.png)', { image });
    renderMarkdown('![A chart](chart.png)', { image });
    expect(asked).toBe(2);
    // The HTML parser reads <image> as <img>: such a body is not kept either.
    renderMarkdown('<image src="chart.png">', { image });
    renderMarkdown('<image src="chart.png">', { image });
    expect(asked).toBe(4);
  });

  it('works everything out when turned off, and keeps each result under its own key', () => {
    process.env.JCB_MEMO = 'off';
    useMemo(temp('root-'));
    let runs = 0;
    memoized('test', ['package.json'], 'a', () => ++runs);
    memoized('test', ['package.json'], 'a', () => ++runs);
    expect(runs).toBe(2);
    delete process.env.JCB_MEMO;
    process.env.MEMO_DIR = temp('memo-');
    useMemo(temp('root-'));
    expect(memoized('test', ['package.json'], 'a', () => 'first')).toBe('first');
    expect(memoized('test', ['package.json'], 'a', () => 'again')).toBe('first');
    expect(memoized('test', ['package.json'], 'b', () => 'other')).toBe('other');
  });
});
