// Bad content is refused by npm run build and by astro build itself, and a refused build leaves
// the last good site in place. Every bad fixture stops at the check npm run build makes before
// Astro starts (checkContentRoot, as npm run validate does): test/unit/validate.test.ts runs that
// check on each of them in-process; here one real build shows the refusal end to end, and astro
// build on its own refuses at each of its stages: the reader, the collection schemas and the
// cross-entry checks of the model.
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuild, build, repo, scratch, sharedBuild } from './helpers.ts';
import { badExpectation, badRoot } from '../support/bad-fixtures.ts';

describe('npm run build', () => {
  it('refuses a bad content root before Astro starts, naming the file and the field, and writes nothing', () => {
    const { file, field } = badExpectation('unknown-body-reference');
    const root = badRoot('unknown-body-reference', scratch('bad'));
    const r = build(root, '2024-06-10');
    expect(r.status).toBe(1);
    expect(r.output).toMatch(new RegExp(`Build refused: .*unknown-body-reference has \\d+ problems?`));
    expect(r.output).toContain(`  ${file}: ${field}: found `);
    expect(r.output).toContain(`${r.outDir} was left as it was.`);
    expect(r.output).not.toContain('[build]');
    expect(existsSync(r.outDir)).toBe(false);
  });
});

describe('astro build on its own refuses bad content', () => {
  for (const [stage, name] of [
    ['the reader (a duplicate id)', 'duplicate-id-two-folders'],
    ['the collection schemas (an impossible date)', 'impossible-date'],
    ['the cross-entry checks (a reference to no body)', 'unknown-body-reference'],
    ['the ids YAML read as numbers (0123 would pass as 123)', 'unquoted-id-leading-zero'],
  ]) {
    it(`at ${stage}: ${name}`, () => {
      const { file } = badExpectation(name);
      const r = astroBuild(badRoot(name, scratch('bad')), '2024-06-10');
      expect(r.status).not.toBe(0);
      expect(r.output).toContain(file.split('/').pop());
      expect(existsSync(join(r.outDir, 'index.html'))).toBe(false);
      // Refused for what was typed, not later as a reference to a decision 123 that does not exist.
      if (name === 'unquoted-id-leading-zero') expect(r.output).toContain('write the id in quotes: "0123"');
    });
  }
});

describe('a refused build', () => {
  it('leaves the last good site in place', () => {
    const good = sharedBuild(join(repo, 'content'), '2026-11-22');
    expect(good.status, good.output).toBe(0);
    // A copy: the shared build is read by other test files.
    const outDir = join(scratch('site'), 'dist');
    cpSync(good.outDir, outDir, { recursive: true });
    const before = readdirSync(outDir, { recursive: true }).length;
    const index = readFileSync(join(outDir, 'index.html'), 'utf8');
    const refused = build(badRoot('unknown-body-reference', scratch('bad')), '2024-06-10', outDir);
    expect(refused.status, refused.output).toBe(1);
    expect(refused.output).toContain('Build refused: ');
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe(index);
    expect(readdirSync(outDir, { recursive: true }).length).toBe(before);
  });
});
