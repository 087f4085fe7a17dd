// Every bad content root is refused by validation, naming the file and the field
// given in its expect.json; the good roots pass.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContentRoot } from '../../src/publication/load.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const bad = readdirSync(join(fixtures, 'bad')).sort();

describe('good content roots', () => {
  for (const root of ['minimal', 'canary', '../../content']) {
    it(`${root} has no problems`, () => {
      expect(loadContentRoot(join(fixtures, root)).problems).toEqual([]);
    });
  }
});

describe('bad content roots', () => {
  it('there are at least 25 distinct mistakes', () => expect(bad.length).toBeGreaterThanOrEqual(25));
  for (const name of bad) {
    it(`refuses ${name}`, () => {
      const expected = JSON.parse(readFileSync(join(fixtures, 'bad', name, 'expect.json'), 'utf8'));
      const { content, problems } = loadContentRoot(join(fixtures, 'bad', name));
      expect(content).toBeUndefined();
      expect(problems).toContainEqual(expect.objectContaining({ file: expected.file, field: expected.field }));
      for (const p of problems) {
        expect(p.found, `${p.file} ${p.field}`).not.toBe('');
        expect(p.expected, `${p.file} ${p.field}`).not.toBe('');
      }
    });
  }
});
