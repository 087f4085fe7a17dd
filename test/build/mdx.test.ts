// MDX runs code at build, so it is off unless site.yaml sets allowMdx (test/fixtures/bad/mdx-page-off
// is refused). With it on, an MDX page is compiled, and a draft MDX page is still in no output.
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { sharedBuild, filesOf, fixtures, type BuildResult } from './helpers.ts';

let result: BuildResult;
beforeAll(() => {
  result = sharedBuild(join(fixtures, 'mdx-on'), '2024-06-10');
});

describe('a site with allowMdx: true', () => {
  it('builds and runs the MDX page', () => {
    expect(result.status, result.output).toBe(0);
    expect(readFileSync(join(result.outDir, 'made-with-mdx', 'index.html'), 'utf8')).toContain('The answer is 42.');
  });

  it('publishes no draft MDX page anywhere', () => {
    expect(
      filesOf(result.outDir)
        .filter((f) => f.bytes.includes('CANARY-MDX') || f.path.includes('draft-mdx'))
        .map((f) => f.path),
    ).toEqual([]);
  });
});
