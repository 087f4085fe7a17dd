/**
 * HTML from the web service (agenda text, minutes, decisions: often pasted from Word) as plain
 * Markdown, with unified: rehype-parse reads it, rehype-remark turns it into Markdown's tree and
 * remark-stringify writes it. Scripts, styles, images, forms and embedded content are dropped,
 * and links are kept only when they are http(s), so nothing that could run reaches the content.
 */
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkStringify from 'remark-stringify';
import { visit, SKIP } from 'unist-util-visit';
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';

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
]);

/** Drops elements that carry code or media, and comments (Word's conditional comments too). */
function dropUnsafe() {
  return (tree: HastRoot) => {
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return;
      if (node.type === 'comment' || (node.type === 'element' && DROP.has(node.tagName))) {
        parent.children.splice(index, 1);
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
  .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', rule: '-', fences: true });

/** Markdown for an HTML fragment; '' when it holds no words. */
export function htmlToMarkdown(html: string): string {
  if (!html.trim()) return '';
  const md = String(processor.processSync(html))
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return /[\p{L}\p{N}]/u.test(md) ? md : '';
}
