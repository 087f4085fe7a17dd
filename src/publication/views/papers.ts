/** A paper's own page: its facts, and its text as the paper check read it, grouped as the paper is. */
import type { PublicModel, PublicPaper } from '../types.ts';
import type { TextPart } from '../../papers/findings.ts';
import type { SummaryRow } from './common.ts';
import { documentMeta } from '../labels.ts';
import { findBy } from '../lookup.ts';

export interface TextSection {
  /** "Page 2", "Sheet: Budget"; none for a paper read as one run of paragraphs. */
  heading?: string;
  paragraphs: string[];
}

/**
 * The text of a paper for reading as a web page: a PDF page by page, a spreadsheet sheet by
 * sheet (each cell "B4: value"), anything else paragraph by paragraph. Plain text only: it is
 * escaped when shown, never read as HTML.
 */
export function paperSections(parts: TextPart[]): TextSection[] {
  const sections: TextSection[] = [];
  const section = (heading?: string) => {
    const last = sections.at(-1);
    if (last && last.heading === heading) return last;
    const s: TextSection = { heading, paragraphs: [] };
    sections.push(s);
    return s;
  };
  for (const part of parts) {
    const page = /^page (\d+)$/.exec(part.where);
    const cell = /^sheet "(.*)", cell (\S+)$/.exec(part.where);
    if (page) section(`Page ${page[1]}`).paragraphs.push(...part.text.split('\n').filter((l) => l.trim()));
    else if (cell) section(`Sheet: ${cell[1]}`).paragraphs.push(`${cell[2]}: ${part.text}`);
    else if (part.text.trim()) section().paragraphs.push(part.text);
  }
  return sections;
}

/** "PDF, 12 KB, 3 pages": what a search result says of a paper. */
export const paperDetails = (p: PublicPaper, pages?: number) =>
  [documentMeta(p), pages ? `${pages} ${pages === 1 ? 'page' : 'pages'}` : ''].filter(Boolean).join(', ');

/** The facts at the top of a paper's page. */
export function paperFacts(p: PublicPaper, pages?: number): SummaryRow[] {
  return [
    { key: 'Type', value: p.type },
    { key: 'Size', value: p.size },
    ...(pages ? [{ key: 'Pages', value: String(pages) }] : []),
    { key: 'Published with', links: p.uses.map((u) => ({ title: `${u.kind}: ${u.title}`, href: u.href })) },
  ];
}

/** The paper published at `file`, if any. */
export const paperOf = (m: PublicModel, file: string) => findBy(m.papers, 'file', file);
