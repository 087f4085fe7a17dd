/**
 * HTML from the web service (agenda text, minutes, decisions: often pasted from Word) as plain
 * Markdown, with unified: rehype-parse reads it, rehype-remark turns it into Markdown's tree and
 * remark-stringify writes it, with remark-gfm for tables and struck-through text. Scripts,
 * styles, images, forms, embedded content, hidden elements and Word's own markup are dropped, and
 * links are kept only when they are http(s), so nothing that could run reaches the content.
 */
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkStringify from 'remark-stringify';
import remarkGfm from 'remark-gfm';
import { visit, SKIP } from 'unist-util-visit';
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { decodeEntities } from './xml.ts';

const DROP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'img',
  'svg',
  'math',
  'video',
  'audio',
  'canvas',
  'head',
  'title',
  'meta',
  'link',
  // Word's document properties, pasted with its HTML.
  'xml',
]);

/** Inline styles that hide an element. */
const HIDDEN = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

const isHidden = (properties: Record<string, unknown>) =>
  properties.hidden !== undefined && properties.hidden !== false
    ? true
    : typeof properties.style === 'string' && HIDDEN.test(properties.style);

/**
 * Drops elements that carry code or media, hidden elements and comments (Word's conditional
 * comments too); Word's namespaced elements (`<o:p>`) give way to what they hold. Entities the
 * source escaped twice (`&amp;lt;` arrives as the text `&lt;`) are decoded once more.
 */
function dropUnsafe() {
  return (tree: HastRoot) => {
    visit(tree, (node, index, parent) => {
      if (node.type === 'text') {
        node.value = decodeEntities(node.value);
        return undefined;
      }
      if (!parent || index === undefined) return;
      if (
        node.type === 'comment' ||
        node.type === 'doctype' ||
        (node.type === 'element' && (DROP.has(node.tagName) || isHidden(node.properties)))
      ) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      if (node.type === 'element' && node.tagName.includes(':')) {
        parent.children.splice(index, 1, ...node.children);
        return [SKIP, index];
      }
      return undefined;
    });
  };
}

/** Keeps links to http(s) addresses as links; any other link becomes its text. */
function safeLinks() {
  return (tree: MdastRoot) => {
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return;
      if (node.type === 'link' && !/^https?:\/\//i.test(node.url)) {
        parent.children.splice(index, 1, ...node.children);
        return [SKIP, index];
      }
      if (node.type === 'link') node.title = null;
      if (node.type === 'image' || node.type === 'html') {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      return undefined;
    });
  };
}

const processor = unified()
  .use(rehypeParse, { fragment: true })
  .use(dropUnsafe)
  .use(rehypeRemark)
  .use(safeLinks)
  .use(remarkGfm)
  .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', rule: '-', fences: true });

/** Elements whose content is not text. */
const NOT_TEXT =
  /<(script|style|noscript|template|xml|head|title|textarea|select|svg|math|object|iframe)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;

/** Elements that end a line of text. */
const BREAK = /<\/?(p|div|br|li|tr|h[1-6]|table|ul|ol|blockquote|section|article)\b[^>]*>/gi;

/** The words of an HTML fragment as plain paragraphs: tags, scripts, styles and comments dropped. */
export function plainText(html: string): string[] {
  const words = html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(NOT_TEXT, ' ')
    .replace(/<(script|style)\b[\s\S]*$/gi, ' ')
    .replace(BREAK, '\n')
    .replace(/<\/?[a-z!?][^>]*(?:>|$)/gi, ' ');
  return decodeEntities(decodeEntities(words))
    .split(/\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line);
}

const writer = unified().use(remarkStringify);

/** The plain text of an HTML fragment as Markdown, every character that Markdown reads escaped. */
export function plainMarkdown(html: string): string {
  const paragraphs = plainText(html);
  const tree: MdastRoot = {
    type: 'root',
    children: paragraphs.map((value) => ({ type: 'paragraph', children: [{ type: 'text', value }] })),
  };
  return writer.stringify(tree);
}

/** Markdown for an HTML fragment; '' when it holds no words. Never throws: odd HTML gives its plain text. */
export function htmlToMarkdown(html: string): string {
  if (!html.trim()) return '';
  let md: string;
  try {
    md = String(processor.processSync(html));
  } catch {
    md = plainMarkdown(html);
  }
  md = md
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return /[\p{L}\p{N}]/u.test(md) ? md : '';
}
