/**
 * Papers and bodies as the model publishes them: a paper marked exempt is named with its
 * paragraph and never has a file; every other paper names a file the publisher has chosen to
 * publish. A body is rendered (sanitised) for a public entry only, and an image it shows is
 * published with it. Every file published is recorded in the context.
 */
import type { Entry } from '../../domain/content.ts';
import type { DocumentRef } from '../../schemas/index.ts';
import { exemptDescription, exemptWording } from '../../domain/exempt.ts';
import { paperLabel } from '../../papers/type.ts';
import { renderMarkdown } from '../markdown.ts';
import { entryImages } from '../images.ts';
import type { PublishedDocument, Withholding } from '../types.ts';
import type { ModelContext } from './context.ts';

/** "12 KB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** What is withheld, and why, in the words of Schedule 12A. */
export function withholding(paragraphs: number[]): Withholding {
  return { paragraphs, wording: exemptWording(paragraphs), descriptions: exemptDescription(paragraphs) };
}

export function documentsOf(ctx: ModelContext, list: DocumentRef[]): PublishedDocument[] {
  return list.map((d) => {
    const paragraphs = d.exempt?.paragraphs;
    if (paragraphs) return { title: d.title, withheld: exemptWording(paragraphs), paragraphs };
    const file = d.file!;
    const bytes = ctx.content.documents.get(file) ?? 0;
    ctx.published.set(file, { bytes });
    return {
      title: d.title,
      file,
      href: ctx.u.document(file),
      type: paperLabel(file),
      bytes,
      size: formatBytes(bytes),
    };
  });
}

/** The sanitised HTML of a public entry's body; what cannot be published is a problem. */
export function bodyHtml(ctx: ModelContext, e: Entry<unknown>): string | undefined {
  if (!e.body?.trim()) return undefined;
  const rendered = renderMarkdown(e.body, {
    image: entryImages(e.file, ctx.content.documents, (file) => {
      ctx.published.set(file, { bytes: ctx.content.documents.get(file)! });
      return ctx.u.document(file);
    }),
  });
  ctx.bodyProblems.push(...rendered.findings.map((f) => ({ file: e.file, field: 'body', ...f })));
  return rendered.html;
}
