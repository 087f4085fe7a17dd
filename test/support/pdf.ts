/**
 * Small PDF files written by the tests themselves, object by object, so that each finding of
 * the paper check has a file that shows it and nothing else: text (Helvetica, one of the
 * standard fonts every reader has), filled boxes drawn over it, annotations, attachments,
 * JavaScript and incremental saves that keep an earlier version.
 */
import { zlibSync } from 'fflate';

export interface PdfPage {
  /** The page's content stream, e.g. `BT /F1 12 Tf 72 700 Td (Hello) Tj ET`. */
  content: string;
  /** Annotation dictionaries, e.g. `<< /Type /Annot /Subtype /Redact /Rect [70 695 160 712] >>`. */
  annots?: string[];
}

export interface PdfOptions {
  /** Extra entries of the document catalog, e.g. `/OpenAction 9 0 R`. */
  catalog?: string;
  /** Extra objects, numbered from 100 in order, to refer to from the catalog or annotations. */
  objects?: string[];
  /** Extra page resources, e.g. `/ExtGState << /GS1 << /ca 0.3 >> >>`. */
  resources?: string;
  /** Extra entries of the trailer, e.g. `/Info 100 0 R` for a document title. */
  trailer?: string;
  /** Compress the content streams (as most writers do). */
  compress?: boolean;
}

const enc = new TextEncoder();

/** Text drawn at a point: `text(72, 700, 'Hello')`. */
export const text = (x: number, y: number, s: string, size = 12) =>
  `BT /F1 ${size} Tf ${x} ${y} Td (${s.replace(/[\\()]/g, '\\$&')}) Tj ET\n`;

/** A filled rectangle in a colour given as r g b from 0 to 1. */
export const box = (x: number, y: number, w: number, h: number, rgb = '0 0 0') =>
  `${rgb} rg ${x} ${y} ${w} ${h} re f\n`;

/** A content stream holding `data`. */
function stream(data: string, compress: boolean): Uint8Array[] {
  const body = compress ? zlibSync(enc.encode(data)) : enc.encode(data);
  return [
    enc.encode(`<<${compress ? ' /Filter /FlateDecode' : ''} /Length ${body.length} >>\nstream\n`),
    body,
    enc.encode('\nendstream'),
  ];
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A PDF with the given pages. Objects: 1 catalog, 2 pages, 3 font, 10+ pages and contents. */
export function pdf(pages: PdfPage[], opts: PdfOptions = {}): Uint8Array {
  const objects = new Map<number, Uint8Array[]>();
  const put = (n: number, s: string) => objects.set(n, [enc.encode(s)]);
  const kids = pages.map((_, i) => `${10 + i * 10} 0 R`).join(' ');
  put(1, `<< /Type /Catalog /Pages 2 0 R ${opts.catalog ?? ''} >>`);
  put(2, `<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`);
  put(3, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  pages.forEach((p, i) => {
    const n = 10 + i * 10;
    const annots = (p.annots ?? []).map((a, j) => {
      put(n + 2 + j, a);
      return `${n + 2 + j} 0 R`;
    });
    put(
      n,
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> ${opts.resources ?? ''} >> /Contents ${n + 1} 0 R${annots.length ? ` /Annots [${annots.join(' ')}]` : ''} >>`,
    );
    objects.set(n + 1, stream(p.content, opts.compress ?? false));
  });
  (opts.objects ?? []).forEach((o, i) => put(100 + i, o));
  const size = Math.max(...objects.keys()) + 1;
  const head = concat([enc.encode('%PDF-1.7\n%'), Uint8Array.of(0xe2, 0xe3, 0xcf, 0xd3), enc.encode('\n')]);
  return writeFile(head, objects, `<< /Size ${size} /Root 1 0 R ${opts.trailer ?? ''} >>`);
}

/** `head`, then the objects, an xref table and the trailer; offsets count from the start of `head`. */
function writeFile(head: Uint8Array, objects: Map<number, Uint8Array[]>, trailer: string): Uint8Array {
  const parts: Uint8Array[] = [head];
  let at = head.length;
  const offsets: [number, number][] = [];
  for (const [n, body] of [...objects].sort((a, b) => a[0] - b[0])) {
    offsets.push([n, at]);
    const chunk = concat([enc.encode(`${n} 0 obj\n`), ...body, enc.encode('\nendobj\n')]);
    parts.push(chunk);
    at += chunk.length;
  }
  const xref = offsets.map(([n, off]) => `${n} 1\n${String(off).padStart(10, '0')} 00000 n \n`).join('');
  parts.push(enc.encode(`xref\n0 1\n0000000000 65535 f \n${xref}trailer\n${trailer}\nstartxref\n${at}\n%%EOF\n`));
  return concat(parts);
}

/**
 * An incremental save: the file as it was, then new versions of some pages' content streams
 * (page 1's is object 11, page 2's 21, ...), a new xref section and a trailer pointing back.
 */
export function revise(file: Uint8Array, contents: Record<number, string>, compress = false): Uint8Array {
  const tail = new TextDecoder('latin1').decode(file.subarray(-64));
  const prev = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail)?.[1]);
  const size = /\/Size (\d+)/.exec(new TextDecoder('latin1').decode(file))?.[1];
  const objects = new Map<number, Uint8Array[]>();
  for (const [n, c] of Object.entries(contents)) objects.set(Number(n), stream(c, compress));
  return writeFile(file, objects, `<< /Size ${size} /Root 1 0 R /Prev ${prev} >>`);
}
