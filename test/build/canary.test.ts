// Builds the canary fixture and reads every file under dist/: withheld text is nowhere,
// public parts are there.
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { build, filesOf, fixtures, type BuildResult } from './helpers.ts';

let result: BuildResult;
let files: { path: string; bytes: Buffer }[];
beforeAll(() => {
  result = build(join(fixtures, 'canary'), '2024-06-10');
  files = result.status === 0 ? filesOf(result.outDir) : [];
});

describe('a build with draft, embargoed and exempt content', () => {
  it('succeeds', () => expect(result.status, result.output).toBe(0));

  it('writes no canary into any file under dist/', () => {
    expect(files.length).toBeGreaterThan(10);
    const leaks = files.filter((f) => f.bytes.includes('CANARY-')).map((f) => f.path);
    expect(leaks).toEqual([]);
  });

  it('publishes the public parts of exempt entries and the entry embargoed until today', () => {
    const all = Buffer.concat(files.map((f) => f.bytes)).toString('utf8');
    for (const marker of ['PUBLIC-EXEMPT-TITLE', 'PUBLIC-EXEMPT-SUMMARY', 'PUBLIC-EXEMPT-ITEM', 'PUBLIC-EXEMPT-DOC-TITLE', 'PUBLIC-EMBARGO-TODAY']) {
      expect(all, marker).toContain(marker);
    }
    expect(all).toContain('Not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.');
  });

  it('does not publish the file named only by a draft', () => {
    expect(files.map((f) => f.path)).not.toContain('documents/canary-draft.pdf');
  });
});
