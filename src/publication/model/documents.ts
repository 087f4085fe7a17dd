/**
 * Papers and bodies as the model publishes them: a paper marked exempt is named with its
 * paragraph and never has a file; every other paper names a file the publisher has chosen to
 * publish. A body is rendered (sanitised) for a public entry only, and an image it shows is
 * published with it. Every file published is recorded in the context.
 */
import type { Entry } from '../../domain/content.ts';
import type { BackgroundPaperRef, DocumentRef } from '../../schemas/index.ts';
import type { CivilDate } from '../../domain/dates.ts';
import { inspectionUntil } from '../../domain/meeting-record.ts';
import { exemptDescription, exemptWording } from '../../domain/exempt.ts';
import { paperLabel } from '../../papers/type.ts';
import { readsText } from '../../papers/check.ts';
import { renderMarkdown } from '../markdown.ts';
import { entryImages } from '../images.ts';
import type {
  PaperUse,
  PublicBackgroundPaper,
  PublicPaper,
  PublishedDocument,
  PublishedFile,
  Withholding,
} from '../types.ts';
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

/** The record of a published file, made on first use. */
function publish(ctx: ModelContext, file: string): PublishedFile {
  let p = ctx.published.get(file);
  if (!p) ctx.published.set(file, (p = { bytes: ctx.content.documents.get(file) ?? 0, uses: [], reviews: [] }));
  return p;
}

/** The papers of an entry's list; `use` says where they belong, for each public paper's page. */
export function documentsOf(
  ctx: ModelContext,
  list: DocumentRef[],
  use: Omit<PaperUse, 'paperTitle'>,
  /** Where the list is in the entry, for messages: "documents" or "agenda.2.documents". */
  field = 'documents',
): PublishedDocument[] {
  return list.map((d, i) => paperOf(ctx, d, use, `${field}.${i}`));
}

/** One paper: withheld with its paragraphs, or its file published (and so checked) where `use` says; `field` is its place, for messages. */
function paperOf(
  ctx: ModelContext,
  d: DocumentRef | BackgroundPaperRef,
  use: Omit<PaperUse, 'paperTitle'>,
  field: string,
): PublishedDocument {
  const paragraphs = d.exempt?.paragraphs;
  if (paragraphs) return { title: d.title, withheld: exemptWording(paragraphs), paragraphs };
  // A paper a key decision notice lists before it is published: its title alone. Elsewhere the
  // schemas require a file on every paper that is not withheld and is not open to inspection.
  if (!d.file) return { title: d.title };
  const file = d.file;
  const published = publish(ctx, file);
  published.uses.push({ ...use, paperTitle: d.title });
  if (d.reviewed) published.reviews.push({ entry: use.entry, field: `${field}.reviewed`, review: d.reviewed });
  return {
    title: d.title,
    file,
    href: ctx.u.document(file),
    page: ctx.u.paper(file),
    readable: readsText(file),
    type: paperLabel(file),
    bytes: published.bytes,
    size: formatBytes(published.bytes),
  };
}

/**
 * A report's background papers (s.100D): a paper with a file is published like any other, an
 * exempt one is named with its paragraphs and never has a file, and the rest are open to
 * inspection for four years from `date`, the day of the meeting or decision.
 */
export function backgroundPapersOf(
  ctx: ModelContext,
  list: BackgroundPaperRef[] | undefined,
  use: Omit<PaperUse, 'paperTitle'>,
  field: string,
  date: CivilDate,
): PublicBackgroundPaper[] | undefined {
  return list?.map((d, i) =>
    d.file || d.exempt
      ? paperOf(ctx, d, use, `${field}.${i}`)
      : { title: d.title, inspectionUntil: inspectionUntil(date) },
  );
}

/** Every published paper (files that document lists name, not images in bodies), newest first. */
export function papersOf(ctx: ModelContext): PublicPaper[] {
  return [...ctx.published]
    .filter(([, p]) => p.uses.length)
    .map(([file, p]) => {
      const uses = [...p.uses].sort((a, b) => a.date.localeCompare(b.date) || a.href.localeCompare(b.href));
      const first = uses[0];
      return {
        file,
        href: ctx.u.paper(file),
        download: ctx.u.document(file),
        title: `${first.paperTitle}: ${first.title}`,
        type: paperLabel(file),
        bytes: p.bytes,
        size: formatBytes(p.bytes),
        uses,
        date: first.date,
      };
    })
    .sort((a, b) => b.date.localeCompare(a.date) || a.file.localeCompare(b.file));
}

/** The sanitised HTML of a public entry's body; what cannot be published is a problem. */
export function bodyHtml(ctx: ModelContext, e: Entry<unknown>): string | undefined {
  if (!e.body?.trim()) return undefined;
  const rendered = renderMarkdown(e.body, {
    image: entryImages(e.file, ctx.content.documents, (file) => {
      publish(ctx, file);
      return ctx.u.document(file);
    }),
  });
  ctx.bodyProblems.push(...rendered.findings.map((f) => ({ file: e.file, field: 'body', ...f })));
  return rendered.html;
}
