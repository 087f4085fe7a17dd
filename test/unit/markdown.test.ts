// Markdown bodies: the allow-list keeps what publishers need, and everything the sanitiser
// removes is a finding, so validation names it rather than the text vanishing.
import { describe, expect, it } from 'vitest';
import { renderMarkdown, resolveImage } from '../../src/publication/markdown.ts';

const documents = new Map([
  ['documents/2024/chart.png', 10],
  ['documents/2024/report.pdf', 10],
]);
const render = (md: string, file = 'decisions/2024/jcb-2024-001.md') =>
  renderMarkdown(md, {
    image: (src) => {
      const r = resolveImage(src, file, documents);
      return 'refused' in r ? r : { href: `/jcb/${r.file}` };
    },
  });

describe('allowed markup', () => {
  it('keeps headings with ids, tables, lists, emphasis, links, abbr, sup, sub and br', () => {
    const md =
      '## Decision\n\nThe *Board* **agreed** [the plan](https://example.org/plan) and [mail](mailto:a@example.org), [call](tel:+442380000000), [page](../about/).\n\n| Scheme | £ |\n|:-|-:|\n| Carers | 1,240 |\n\n- one\n- two\n\n1. first\n\nH<sub>2</sub>O, 10<sup>3</sup>, <abbr title="Better Care Fund">BCF</abbr><br>next';
    const { html, findings } = render(md);
    expect(findings).toEqual([]);
    for (const part of [
      '<h2 id="decision">Decision</h2>',
      '<em>Board</em>',
      '<strong>agreed</strong>',
      '<a href="https://example.org/plan">',
      'href="mailto:a@example.org"',
      'href="tel:+442380000000"',
      'href="../about/"',
      '<div class="table-scroll" role="region" tabindex="0" aria-label="Table: Scheme, £"><table>',
      '<th class="align-left">Scheme</th>',
      '<td class="align-right">1,240</td>',
      '<ul>',
      '<ol>',
      '<sub>2</sub>',
      '<sup>3</sup>',
      '<abbr title="Better Care Fund">BCF</abbr>',
      '<br>',
    ]) {
      expect(html, part).toContain(part);
    }
  });

  it('shows an image from documents/, relative to the entry or from the root', () => {
    for (const src of [
      '../../documents/2024/chart.png',
      '/documents/2024/chart.png',
      '/documents/2024/chart.png?x=1',
    ]) {
      const { html, findings } = render(`![Spend by scheme](${src})`);
      expect(findings, src).toEqual([]);
      expect(html, src).toContain('<img src="/jcb/documents/2024/chart.png" alt="Spend by scheme">');
    }
  });
});

describe('refused markup', () => {
  const cases: [string, string][] = [
    ['<script>alert(1)</script>', 'the HTML element <script>'],
    ['<p onclick="steal()">x</p>', 'the attribute onclick on <p>'],
    ['<img src="/documents/2024/chart.png" onerror="alert(1)">', 'the attribute onerror on <img>'],
    ['<iframe src="https://example.org"></iframe>', 'the HTML element <iframe>'],
    ['<style>body{display:none}</style>', 'the HTML element <style>'],
    ['<form action="https://example.org"><button>Go</button></form>', 'the HTML element <form>'],
    ['<svg><script>alert(1)</script></svg>', 'the HTML element <svg>'],
    ['<object data="x.swf"></object>', 'the HTML element <object>'],
    ['<span style="color:red">x</span>', 'the HTML element <span>'],
    ['[x](javascript:alert(1))', 'a link to "javascript:alert(1)"'],
    ['<a href="JaVaScRiPt:alert(1)">x</a>', 'a link to "JaVaScRiPt:alert(1)"'],
    ['<a href="&#106;avascript:alert(1)">x</a>', 'a link to "javascript:alert(1)"'],
    ['[x](data:text/html;base64,PHNjcmlwdD4=)', 'a link to "data:text/html;base64,PHNjcmlwdD4="'],
    ['[x](vbscript:msgbox)', 'a link to "vbscript:msgbox"'],
    ['<a href="https://x.org" id="location">x</a>', 'the attribute id on <a>'],
  ];
  for (const [md, found] of cases) {
    it(`${md} is refused as ${found}, and removed`, () => {
      const { html, findings } = render(md);
      expect(findings.map((f) => f.found)).toContain(found);
      expect(html).not.toMatch(
        /<script|onclick|onerror|<iframe|<style|<form|<svg|<object|javascript:|vbscript:|data:text|style=/i,
      );
    });
  }

  for (const src of [
    'https://tracker.example.com/p.gif',
    '//tracker.example.com/p.gif',
    'data:image/png;base64,AAAA',
    '../../_notes/secret.png',
    '../../../../etc/passwd.png',
    '../../documents/2024/report.pdf',
    '../../documents/2024/missing.png',
    '',
  ]) {
    it(`an image "${src}" is refused and not shown`, () => {
      const { html, findings } = render(`![x](${src})`);
      expect(findings).toHaveLength(1);
      expect(findings[0].found).toBe(`an image "${src}"`);
      expect(html).not.toContain('src=');
    });
  }
});

describe('resolveImage', () => {
  it('resolves relative to the entry file and normalises the path', () => {
    expect(resolveImage('../../documents/2024/chart.png', 'decisions/2024/a.md', documents)).toEqual({
      file: 'documents/2024/chart.png',
    });
    expect(resolveImage('../documents/2024/./x/../chart.png', 'pages/about.md', documents)).toEqual({
      file: 'documents/2024/chart.png',
    });
    expect(resolveImage('/documents/2024/chart%2Epng', 'pages/about.md', documents)).toEqual({
      file: 'documents/2024/chart.png',
    });
  });
});

describe('pathological Markdown', () => {
  it('is a finding, not a crash, when nested thousands of levels deep', () => {
    const { findings } = render('>'.repeat(20_000));
    expect(findings.map((f) => f.found)).toEqual([
      'Markdown nested too deeply to read (quotes, lists or emphasis thousands of levels deep)',
    ]);
  });
});
