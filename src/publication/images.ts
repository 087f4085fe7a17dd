/** Images in bodies: which content-root file an image names, and whether it may be shown. */
import { posix } from 'node:path';
import type { RenderOptions } from './markdown.ts';

const IMAGE_TYPES = /\.(png|jpe?g|gif|webp)$/i;

/**
 * The content-root file an image in a body names: relative to the entry's own file (as any
 * Markdown preview shows it), or from the content root when it starts with `/`. Only image
 * files the reader listed under documents/ qualify, so nothing outside the root, no `_` file
 * and nothing from another web address is ever shown.
 */
export function resolveImage(
  src: string,
  entryFile: string,
  documents: ReadonlyMap<string, number>,
): { file: string } | { refused: string } {
  const expected =
    'an image file (PNG, JPEG, GIF or WebP) under documents/ in the content root, written relative to this file or from the root, e.g. /documents/2024/chart.png';
  if (!src.trim()) return { refused: `${expected}; this image has no address` };
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//'))
    return {
      refused: `${expected}; images from other web addresses are not shown, so the site makes no third-party requests`,
    };
  let path: string;
  try {
    path = decodeURI(src.replace(/[?#].*$/, ''));
  } catch {
    return { refused: expected };
  }
  const from = path.startsWith('/') ? path.slice(1) : posix.join(posix.dirname(entryFile), path);
  const file = posix.normalize(from);
  if (!IMAGE_TYPES.test(file)) return { refused: expected };
  if (!documents.has(file))
    return {
      refused: `${expected}; ${file.startsWith('..') ? 'it points outside the content root' : `there is no file ${file}`}`,
    };
  return { file };
}

/**
 * The image option for renderMarkdown on one entry: resolves each image with resolveImage and
 * hands a publishable file to `publish`, which returns its address.
 */
export function entryImages(
  entryFile: string,
  documents: ReadonlyMap<string, number>,
  publish: (file: string) => string,
): RenderOptions['image'] {
  return (src) => {
    const found = resolveImage(src, entryFile, documents);
    return 'refused' in found ? found : { href: publish(found.file) };
  };
}
