/**
 * Markdown bodies to HTML that is safe to put in a resident's browser. Raw HTML in a body
 * is parsed, then everything goes through rehype-sanitize with an allow-list; whatever the
 * sanitiser would remove is reported as a finding, so validation refuses it by name rather
 * than the text vanishing. Images are resolved by the caller (images.ts), which publishes them.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import GithubSlugger from 'github-slugger';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import { digest, memoized } from '../source/memo.ts';

/** Elements a body may hold: what Markdown writes, plus a few inline ones publishers use. */
const ELEMENTS = [
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'code',
  'em',
  'strong',
  'del',
  'a',
  'img',
  'hr',
  'br',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'abbr',
  'sup',
  'sub',
  'section',
  'input',
];

const SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  tagNames: ELEMENTS,
  attributes: {
    // Footnotes: remark-rehype prefixes their ids with user-content-, so a body's own ids cannot clobber the page's.
    a: [
      'href',
      'title',
      'dataFootnoteRef',
      'dataFootnoteBackref',
      'ariaDescribedBy',
      'ariaLabel',
      ['id', /^user-content-/],
      ['className', 'data-footnote-backref'],
    ],
    img: ['src', 'alt', 'title'],
    abbr: ['title'],
    th: ['align'],
    td: ['align'],
    ol: ['start'],
    li: [
      ['id', /^user-content-/],
      ['className', 'task-list-item'],
    ],
    ul: [['className', 'contains-task-list']],
    section: ['dataFootnotes', ['className', 'footnotes']],
    h2: [
      ['id', /^(user-content-|footnote-label$)/],
      ['className', 'sr-only'],
    ],
    code: [['className', /^language-./]],
    input: [['type', 'checkbox'], ['disabled', true], 'checked'],
    sup: [],
  },
  protocols: { href: ['http', 'https', 'mailto', 'tel'], src: [] },
  clobber: [],
  strip: [
    'script',
    'style',
    'template',
    'iframe',
    'object',
    'embed',
    'noscript',
    'textarea',
    'select',
    'option',
    'math',
    'svg',
  ],
};

export interface MarkdownFinding {
  found: string;
  expected: string;
}

export interface RenderOptions {
  /**
   * The published address of an image the body shows, from the source written in it, or a
   * reason it cannot be published.
   */
  image: (src: string) => { href: string } | { refused: string };
}

export interface RenderedMarkdown {
  html: string;
  findings: MarkdownFinding[];
}

type Counts = Map<string, number>;

/** Each element and attribute of a tree, with link and image addresses, counted. */
function census(tree: Root): Counts {
  const counts: Counts = new Map();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  visit(tree, 'element', (node: Element) => {
    add(`<${node.tagName}>`);
    for (const [name, value] of Object.entries(node.properties ?? {})) {
      if (value === undefined || value === null || value === false) continue;
      // The sanitiser rewrites ids (a prefix against clobbering) but keeps them.
      const shown = name === 'href' || name === 'src' ? `${name}="${String(value)}"` : name;
      add(`<${node.tagName}> ${shown}`);
    }
  });
  return counts;
}

const ATTRIBUTE_NAMES: Record<string, string> = { className: 'class', htmlFor: 'for' };
const attributeName = (name: string) =>
  ATTRIBUTE_NAMES[name] ??
  (/^on[A-Z]/.test(name) ? name.toLowerCase() : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));

function describeRemoved(key: string): MarkdownFinding {
  const [element, attribute] = key.split(/ (.*)/s);
  if (!attribute) {
    return {
      found: `the HTML element ${element}`,
      expected:
        'Markdown, or HTML limited to tables, lists, emphasis, links, abbr, sup, sub and br (no scripts, styles, frames or forms)',
    };
  }
  const m = /^(href|src)="(.*)"$/s.exec(attribute);
  if (m?.[1] === 'href')
    return {
      found: `a link to "${m[2]}"`,
      expected: 'links to http:, https:, mailto: or tel: addresses, or to a page of this site',
    };
  return {
    found: `the attribute ${attributeName(attribute)} on ${element}`,
    expected: 'plain elements without event handlers, styles or classes',
  };
}

/** The modules whose code decides what renderMarkdown gives. */
export const MARKDOWN_CODE = ['src/publication/markdown.ts'];

/** Whether a body shows no image, so its HTML is the same wherever it is (and can be kept). */
// The HTML parser reads <image> as <img>, so both spellings count.
export const imageFree = (body: string) => !/!\[|<im(?:g|age)\b/i.test(body);

/** Renders a body that shows no image: pure, so it can run in a worker thread (pool.ts). */
export const renderImageFree = (body: string): RenderedMarkdown =>
  renderFresh(body, { image: () => ({ refused: 'no image expected' }) });

/**
 * Renders a Markdown body to sanitised HTML, with every finding a publisher must fix. A body
 * with no image gives the same HTML wherever it is, so it is rendered once and kept (see
 * source/memo.ts); a body with an image depends on its entry's place and the files beside it.
 */
export function renderMarkdown(body: string, options: RenderOptions): RenderedMarkdown {
  if (!imageFree(body)) return renderFresh(body, options);
  return memoized('markdown', MARKDOWN_CODE, digest(body), () => renderFresh(body, options));
}

function renderFresh(body: string, options: RenderOptions): RenderedMarkdown {
  try {
    return render(body, options);
  } catch (err) {
    if (!(err instanceof RangeError)) throw err;
    return {
      html: '',
      findings: [
        {
          found: 'Markdown nested too deeply to read (quotes, lists or emphasis thousands of levels deep)',
          expected: 'ordinary Markdown: a few levels of lists and quotes',
        },
      ],
    };
  }
}

function render(body: string, options: RenderOptions): RenderedMarkdown {
  const findings: MarkdownFinding[] = [];
  let before: Counts = new Map();
  const html = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(() => (tree: Root) => {
      visit(tree, 'element', (node: Element) => {
        if (node.tagName !== 'img') return;
        const src = String(node.properties?.src ?? '');
        const resolved = options.image(src);
        if ('href' in resolved) node.properties.src = resolved.href;
        else {
          findings.push({ found: `an image "${src}"`, expected: resolved.refused });
          delete node.properties.src;
        }
      });
      before = census(tree);
    })
    .use(rehypeSanitize, SCHEMA)
    .use(() => (tree: Root) => {
      const after = census(tree);
      const removed = [...before].filter(([key, n]) => (after.get(key) ?? 0) < n).map(([key]) => key);
      // An element removed whole is one finding, not one per attribute as well.
      const gone = new Set(removed.filter((key) => !key.includes(' ')));
      for (const key of removed)
        if (!key.includes(' ') || !gone.has(key.split(' ')[0])) findings.push(describeRemoved(key));
      // Headings get ids after sanitising, so search results and links can point at sections.
      const slugger = new GithubSlugger();
      visit(tree, 'element', (node: Element) => {
        if (/^h[1-6]$/.test(node.tagName) && !node.properties.id) node.properties.id = slugger.slug(textOf(node));
        // A table column's alignment (| :-- | --: |) as a class of the site's stylesheet: HTML's
        // align attribute is obsolete.
        if ((node.tagName === 'th' || node.tagName === 'td') && typeof node.properties.align === 'string') {
          node.properties.className = [`align-${node.properties.align}`];
          delete node.properties.align;
        }
      });
      // A table scrolls inside a named region of its own on a narrow screen, as the site's
      // registers do, instead of widening the page; the region is focusable so a keyboard can
      // scroll it.
      visit(tree, 'element', (node: Element, index, parent) => {
        if (node.tagName !== 'table' || !parent || index === undefined) return;
        const heads: string[] = [];
        visit(node, 'element', (cell: Element) => {
          if (cell.tagName === 'th' && heads.length < 3) heads.push(textOf(cell).trim());
        });
        const label = heads.filter(Boolean).join(', ');
        parent.children[index] = {
          type: 'element',
          tagName: 'div',
          properties: {
            className: ['table-scroll'],
            role: 'region',
            tabIndex: 0,
            ariaLabel: label ? `Table: ${label}` : 'Table',
          },
          children: [node],
        };
        return 'skip';
      });
    })
    .use(rehypeStringify)
    .processSync(body)
    .toString();
  return { html, findings };
}

function textOf(node: Element | Root): string {
  let text = '';
  visit(node, 'text', (t: { value: string }) => {
    text += t.value;
  });
  return text;
}

export { entryImages, resolveImage } from './images.ts';
