/** Free pages (about, how to take part): in their order, then by title. */
import type { PublicPage } from '../types.ts';
import type { ModelContext } from './context.ts';
import { bodyHtml } from './documents.ts';

export function buildPages(ctx: ModelContext): PublicPage[] {
  return ctx.pages
    .map((p) => ({
      id: p.id,
      href: ctx.u.page(p.id),
      title: p.data.title,
      description: p.data.description,
      order: p.data.order,
      updated: p.data.updated,
      ...(p.file.endsWith('.mdx') ? { mdx: true as const } : { html: bodyHtml(ctx, p) ?? '' }),
    }))
    .sort((a, b) => (a.order ?? 1e9) - (b.order ?? 1e9) || a.title.localeCompare(b.title));
}
