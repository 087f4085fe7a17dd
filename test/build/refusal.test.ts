// Bad content is refused by npm run build (every fixture) and by astro build itself
// (a sample of each kind of check), and a refused build leaves the last good site in place.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuild, build, fixtures } from './helpers.ts';

const bad = readdirSync(join(fixtures, 'bad')).sort();
const expectOf = (name: string) =>
  JSON.parse(readFileSync(join(fixtures, 'bad', name, 'expect.json'), 'utf8')) as { file: string; field: string };

describe('npm run build refuses every bad content root', () => {
  for (const name of bad) {
    it(name, () => {
      const { file, field } = expectOf(name);
      const r = build(join(fixtures, 'bad', name), '2024-06-10');
      expect(r.status).toBe(1);
      expect(r.output).toContain(`${file}${field ? `: ${field}` : ''}: found`);
    });
  }
});

describe('astro build on its own refuses bad content', () => {
  for (const name of [
    'unknown-body-reference',
    'budget-total-mismatch',
    'duplicate-id-two-folders',
    'impossible-date',
    'missing-decision-heading',
  ]) {
    it(name, () => {
      const { file } = expectOf(name);
      const r = astroBuild(join(fixtures, 'bad', name), '2024-06-10');
      expect(r.status).not.toBe(0);
      expect(r.output).toContain(file.split('/').pop());
    });
  }
});

describe('a refused build', () => {
  it('leaves the last good site in place', () => {
    const good = build(join(fixtures, 'minimal'), '2024-06-10');
    expect(good.status, good.output).toBe(0);
    const before = readFileSync(join(good.outDir, 'index.html'), 'utf8');
    const refused = build(join(fixtures, 'bad', 'unknown-body-reference'), '2024-06-10', good.outDir);
    expect(refused.status).toBe(1);
    expect(readFileSync(join(good.outDir, 'index.html'), 'utf8')).toBe(before);
  });
});
