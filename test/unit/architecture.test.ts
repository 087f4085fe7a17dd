// Only the publication model queries the content collections; every output reads the model.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const src = join(import.meta.dirname, '..', '..', 'src');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );

describe('the publication gate', () => {
  it('is the only module that reads astro:content', () => {
    const readers = files(src)
      .filter((f) => /\.(ts|astro|mdx?|js|mjs)$/.test(f))
      .filter((f) => /from\s+['"]astro:content['"]|import\(\s*['"]astro:content['"]\s*\)/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(src, f))
      .sort();
    expect(readers).toEqual(['content.config.ts', 'publication/index.ts']);
  });
  it('leaves nothing in public/ that could bypass it', () => {
    const pub = join(src, '..', 'public');
    const present = (() => {
      try {
        return files(pub).map((f) => relative(pub, f));
      } catch {
        return [];
      }
    })();
    expect(present.filter((f) => !/^(favicon\.svg|robots\.txt)$/.test(f))).toEqual([]);
  });
});

describe('the layers', () => {
  const importsOf = (dir: string) =>
    files(join(src, dir))
      .filter((f) => /\.(ts|astro)$/.test(f))
      .flatMap((f) =>
        [...readFileSync(f, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => ({
          file: relative(src, f),
          spec: m[1],
        })),
      );
  it('keeps the rules in domain/ free of the reader, the publication layer and Astro', () => {
    const bad = importsOf('domain').filter(({ spec }) => /\/(source|publication)\/|^astro/.test(spec));
    expect(bad).toEqual([]);
  });
  it('keeps the editor out of everything the site is built from', () => {
    const outside = [
      'domain',
      'source',
      'publication',
      'schemas',
      'pages',
      'components',
      'layouts',
      'scripts',
      'papers',
      'integrations',
    ];
    const bad = outside.flatMap((dir) => importsOf(dir)).filter(({ spec }) => /(^|\/)editor\//.test(spec));
    expect(bad).toEqual([]);
  });
  it('keeps the reader in source/ free of the publication layer and Astro', () => {
    const bad = importsOf('source').filter(({ spec }) => /\/publication\/|^astro/.test(spec));
    expect(bad).toEqual([]);
  });
});
