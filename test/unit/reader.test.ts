// The reader: front matter closes only at a line that is exactly ---, links never leave the
// content root, text must be UTF-8, and oversized or oddly named files are problems, not crashes.
import { describe, expect, it } from 'vitest';
import {
  mkdirSync,
  mkdtempSync,
  writeFileSync,
  symlinkSync,
  openSync,
  ftruncateSync,
  closeSync,
  cpSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  invalidUtf8At,
  readContentRoot,
  splitFrontMatter,
  unsafeName,
  MAX_DOCUMENT_BYTES,
} from '../../src/source/read.ts';
import { checkContentRoot } from '../../src/publication/load.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures');

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let s = seed >>> 0;
  const next = () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  return {
    next,
    pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)],
    int: (n: number) => Math.floor(next() * n),
  };
}

const DASHY_FRONT = [
  '# ------ publication control ------',
  '#---',
  '# ---',
  'title: "A --- B"',
  'note: ---x',
  "summary: 'ends with ---'",
  '  - ---item',
  '----',
  '--- ',
  'x: ---',
  '--',
  '---a',
  'a---',
];
const DASHY_BODY = ['---', '----', '--- x', '## Decision', 'Text --- with dashes', '', '***', '---\t'];

describe('splitFrontMatter', () => {
  it('closes at the first line that is exactly --- (property: 2,000 random files)', () => {
    for (let seed = 1; seed <= 2000; seed++) {
      const r = random(seed);
      // Front-matter lines never equal "---" (trailing spaces allowed): that would close the block.
      const front = Array.from({ length: r.int(8) }, () => r.pick(DASHY_FRONT)).filter((l) => !/^---[ \t]*$/.test(l));
      const body = Array.from({ length: r.int(8) }, () => r.pick(DASHY_BODY)).join('\n');
      const eol = r.pick(['\n', '\r\n']);
      const close = r.pick(['---', '---  ', '---\t']);
      const text = `${r.pick(['', '\uFEFF'])}---${eol}${front.join(eol)}${front.length ? eol : ''}${close}${eol}${body}`;
      const split = splitFrontMatter(text);
      expect(split, `seed ${seed}`).toBeDefined();
      expect(split!.front, `seed ${seed}`).toBe(front.join('\n'));
      expect(split!.body.replace(/\r/g, ''), `seed ${seed}`).toBe(body);
    }
  });

  it('does not open at a first line that only starts with ---', () => {
    expect(splitFrontMatter('--- title\ntitle: x\n---\n')).toBeUndefined();
    expect(splitFrontMatter('---\ntitle: x\n')).toBeUndefined();
  });

  it('keeps draft: true after a dashed comment inside the front matter', () => {
    const root = mkdtempSync(join(tmpdir(), 'front-'));
    cpSync(join(fixtures, 'minimal'), root, { recursive: true });
    writeFileSync(
      join(root, 'pages', 'later.md'),
      '---\ntitle: Later\n# ------ publication control ------\ndraft: true\n---\n\nNot yet.\n',
    );
    const page = readContentRoot(root).entries.pages.find((p) => p.id === 'later')!;
    expect(page.data.draft).toBe(true);
    expect(page.body).toBe('\nNot yet.\n');
  });
});

describe('invalidUtf8At', () => {
  it('accepts UTF-8 and finds the first byte that is not', () => {
    expect(invalidUtf8At(Buffer.from('Plain £ text – ’ 🙂'))).toBe(-1);
    expect(invalidUtf8At(Buffer.from([0x41, 0x92, 0x73]))).toBe(1);
    expect(invalidUtf8At(Buffer.from([0xc0, 0xaf]))).toBe(0);
    expect(invalidUtf8At(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0);
    expect(invalidUtf8At(Buffer.from([0x41, 0xe2, 0x82]))).toBe(1);
  });
});

describe('names a web address cannot carry', () => {
  it('flags %, ?, #, backslashes and control characters', () => {
    for (const name of ['%2e%2e', 'a?.pdf', 'report#1.pdf', 'a\\b.pdf', 'tab\tname'])
      expect(unsafeName(name), name).toBeDefined();
    for (const name of ['Report 1 (final).pdf', 'agenda-pack.pdf', 'plan_2024.v2.xlsx'])
      expect(unsafeName(name), name).toBeUndefined();
  });
});

describe('links and sizes', () => {
  const root = () => {
    const dir = mkdtempSync(join(tmpdir(), 'reader-'));
    cpSync(join(fixtures, 'minimal'), dir, { recursive: true });
    return dir;
  };

  it('follows a link that stays inside the content root, once, even in a cycle', () => {
    const dir = root();
    mkdirSync(join(dir, 'shared'));
    writeFileSync(join(dir, 'shared', 'chart.pdf'), '%PDF-1.4\n');
    symlinkSync('../shared', join(dir, 'documents', 'linked'));
    symlinkSync('..', join(dir, 'shared', 'loop'));
    const src = readContentRoot(dir);
    expect(src.problems).toEqual([]);
    expect([...src.documents.keys()]).toContain('documents/linked/chart.pdf');
  });

  it('refuses a link to what the site ignores: _ notes and dot folders', () => {
    const dir = root();
    mkdirSync(join(dir, '_private'));
    writeFileSync(join(dir, '_private', 'notes.txt'), 'Private notes\n');
    symlinkSync('../_private/notes.txt', join(dir, 'documents', 'notes.txt'));
    const { problems, documents } = readContentRoot(dir);
    expect(problems).toEqual([
      expect.objectContaining({ file: 'documents/notes.txt', found: expect.stringContaining('inside _private') }),
    ]);
    expect(documents.has('documents/notes.txt')).toBe(false);
  });

  it('refuses a paper over the size limit without reading it', () => {
    const dir = root();
    const fd = openSync(join(dir, 'documents', 'huge.pdf'), 'w');
    ftruncateSync(fd, 2 * 1024 ** 3 + 1); // sparse: takes no disk
    closeSync(fd);
    const { problems } = readContentRoot(dir);
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'documents/huge.pdf',
        expected: expect.stringContaining(`${MAX_DOCUMENT_BYTES / 1024 / 1024} MB`),
      }),
    ]);
  });
});

describe('BUILD_DATE', () => {
  it('is a problem naming the setting when it is not a real date', () => {
    const previous = process.env.BUILD_DATE;
    process.env.BUILD_DATE = '2024-13-01';
    try {
      expect(checkContentRoot(join(fixtures, 'minimal')).problems).toEqual([
        expect.objectContaining({ file: 'BUILD_DATE', found: '"2024-13-01"' }),
      ]);
    } finally {
      if (previous === undefined) delete process.env.BUILD_DATE;
      else process.env.BUILD_DATE = previous;
    }
  });
});
