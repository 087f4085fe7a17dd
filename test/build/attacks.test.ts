// Content written as a hostile publisher would: markup in names, titles, venues and item
// titles. It builds, and every such value reaches readers as text: no element, handler or
// script of the publisher's making is in any output file.
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { parse } from 'parse5';
import { XMLParser } from 'fast-xml-parser';
import { sharedBuild, filesOf, fixtures, type BuildResult } from './helpers.ts';

let result: BuildResult;
let files: { path: string; text: string }[];
beforeAll(() => {
  result = sharedBuild(join(fixtures, 'attacks'), '2024-06-10');
  files =
    result.status === 0
      ? filesOf(result.outDir)
          .filter(
            (f) => !f.path.startsWith('pagefind/') && !f.path.startsWith('_astro/') && !f.path.startsWith('documents/'),
          )
          .map((f) => ({ path: f.path, text: f.bytes.toString('utf8') }))
      : [];
});

interface Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
  value?: string;
}

/** Every element of an HTML file, as a browser parses it (parse5 follows the HTML standard). */
function elements(html: string): Node[] {
  const out: Node[] = [];
  const walk = (n: Node) => {
    if (n.tagName) out.push(n);
    for (const c of n.childNodes ?? []) walk(c);
    if (n.content) walk(n.content);
  };
  walk(parse(html) as unknown as Node);
  return out;
}
const text = (n: Node): string => (n.nodeName === '#text' ? n.value! : (n.childNodes ?? []).map(text).join(''));
const attr = (n: Node, name: string) => n.attrs?.find((a) => a.name === name)?.value;

describe('a build of hostile text fields', () => {
  it('succeeds', () => expect(result.status, result.output).toBe(0));

  it('shows the text as text where readers expect it, the "Made by" and "Sub-committees" rows included', () => {
    const page = (p: string) => elements(files.find((f) => f.path === p)!.text);
    expect(
      page('people/cllr-alex-test/index.html')
        .find((n) => n.tagName === 'h1')!
        .childNodes!.map(text)
        .join(''),
    ).toBe('Councillor <img src=x onerror=alert(1)> Test');
    const madeBy = page('decisions/jcb-2023-002/index.html').filter(
      (n) => n.tagName === 'a' && attr(n, 'href')?.startsWith('/board/people/'),
    );
    expect(madeBy.map(text)).toEqual(
      expect.arrayContaining([
        'Councillor <img src=x onerror=alert(1)> Test',
        '</script><script>alert(2)</script> Councillor Chris Test',
      ]),
    );
    const sub = page('bodies/test-board/index.html').find(
      (n) => n.tagName === 'a' && attr(n, 'href') === '/board/bodies/test-sub-panel/',
    );
    expect(text(sub!)).toBe('Sub panel <b onmouseover=alert(4)>x</b>');
  });

  it('has no element, event handler or script address of the publisher in any HTML file', () => {
    const html = files.filter((f) => f.path.endsWith('.html'));
    expect(html.length).toBeGreaterThan(10);
    for (const f of html) {
      for (const n of elements(f.text)) {
        const where = `${f.path} <${n.tagName}>`;
        expect(['iframe', 'object', 'embed', 'form', 'svg', 'b'].includes(n.tagName!) ? n.tagName : '', where).toBe('');
        for (const a of n.attrs ?? []) {
          expect(a.name, where).not.toMatch(/^on/);
          if (['href', 'src', 'action'].includes(a.name))
            expect(a.value, where).not.toMatch(/^\s*(javascript|data|vbscript):/i);
        }
        if (n.tagName === 'img') expect(attr(n, 'src'), where).toMatch(/^\/board\//);
        if (n.tagName === 'script') {
          // The site's own scripts: modules from the base path, JSON data, JSON-LD and the search template.
          const type = attr(n, 'type');
          const src = attr(n, 'src');
          if (src) expect(src, where).toMatch(/^\/board\//);
          else if (!type || type === 'module') expect(text(n), where).not.toMatch(/alert\(/);
          else expect(['application/json', 'application/ld+json', 'text/pagefind-template'], where).toContain(type);
        }
      }
    }
  });

  it('keeps feed descriptions, which readers take as HTML, to text', () => {
    const feeds = files.filter((f) => f.path.startsWith('feeds/'));
    expect(feeds.length).toBe(4);
    let hostile = 0;
    for (const f of feeds) {
      const items = [new XMLParser().parse(f.text).rss.channel.item].flat().filter(Boolean) as {
        description: string;
      }[];
      for (const it of items) {
        if (/alert\(/.test(it.description)) hostile++;
        const html = elements(it.description).filter((n) => !['html', 'head', 'body'].includes(n.tagName!));
        expect(
          html.map((n) => n.tagName),
          `${f.path}: ${it.description}`,
        ).toEqual([]);
      }
    }
    expect(hostile).toBeGreaterThan(0);
  });
});
