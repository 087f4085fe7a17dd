/**
 * What a PDF paper carries that its reader does not see, and the text the reader does see,
 * read with Mozilla's pdf.js (pdfjs-dist). Nothing is rendered: the page's drawing operations
 * are followed in order, placing each character and each filled box on the page, so that text
 * drawn first and then covered by a box (a "redaction" that only hides the words) is found.
 * Also found: redaction marks not yet applied, embedded files, JavaScript, a password that
 * residents would need, and earlier versions kept by incremental saves that hold words the
 * final version does not.
 */
import { unzlibSync } from 'fflate';
import type { PaperFinding, TextPart } from './findings.ts';
import { andList } from '../domain/text.ts';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
type Matrix = [number, number, number, number, number, number];

let pdfjs: Promise<PdfJs> | undefined;
/** pdf.js, with its worker run in this thread (as it does in Node), loaded once. */
function load(): Promise<PdfJs> {
  pdfjs ??= (async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return pdfjs;
}

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [
  m[0] * x + m[2] * y + m[4],
  m[1] * x + m[3] * y + m[5],
];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** A matrix from pdf.js, which gives some as arrays and some as typed arrays. */
function matrixOf(x: unknown): Matrix | undefined {
  if (!x || typeof x !== 'object' || (x as ArrayLike<number>).length !== 6) return undefined;
  const m = Array.from(x as ArrayLike<number>) as Matrix;
  return m.every(Number.isFinite) ? m : undefined;
}

/** [minX, minY, maxX, maxY] of a box in user space, on the page. */
function pageBox(m: Matrix, x0: number, y0: number, x1: number, y1: number): [number, number, number, number] {
  const pts = [apply(m, x0, y0), apply(m, x1, y0), apply(m, x0, y1), apply(m, x1, y1)];
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

interface Glyph {
  text: string;
  /** Centre of the character on the page. */
  x: number;
  y: number;
  /** Height of the text on the page, to tell a new line from the same one. */
  size: number;
  /** A new drawing of text starts here (a word gap may fall before it). */
  run: boolean;
  /** Drawn with a large gap before it within one run: a space the file does not write. */
  gap: boolean;
  covered: boolean;
}

interface Glyphish {
  unicode?: string;
  width?: number;
  isSpace?: boolean;
}

interface State {
  ctm: Matrix;
  fillAlpha: number;
  fillNone: boolean;
  fontSize: number;
  fontMatrix0: number;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  rise: number;
  renderMode: number;
}

const FILLS = new Set<number>();
const TEXT_SHOWS = new Set<number>();

/**
 * Follows a page's drawing operations: the characters in the order drawn, each marked covered
 * when an opaque filled box or stencil drawn after it covers its centre.
 */
function placeGlyphs(
  OPS: PdfJs['OPS'],
  fnArray: number[],
  argsArray: unknown[][],
  fontMatrixOf: (name: string) => number,
): Glyph[] {
  if (!FILLS.size) {
    for (const op of [
      OPS.fill,
      OPS.eoFill,
      OPS.fillStroke,
      OPS.eoFillStroke,
      OPS.closeFillStroke,
      OPS.closeEOFillStroke,
    ])
      FILLS.add(op);
    for (const op of [OPS.showText, OPS.showSpacedText, OPS.nextLineShowText, OPS.nextLineSetSpacingShowText])
      TEXT_SHOWS.add(op);
  }
  const glyphs: Glyph[] = [];
  let s: State = {
    ctm: IDENTITY,
    fillAlpha: 1,
    fillNone: false,
    fontSize: 0,
    fontMatrix0: 0.001,
    charSpacing: 0,
    wordSpacing: 0,
    hScale: 1,
    leading: 0,
    rise: 0,
    renderMode: 0,
  };
  const stack: State[] = [];
  let tm: Matrix = IDENTITY;
  let lineX = 0;
  let lineY = 0;
  let x = 0;
  let y = 0;

  const cover = (box: [number, number, number, number]) => {
    if (s.fillAlpha < 0.99 || s.fillNone) return;
    const [x0, y0, x1, y1] = box;
    // A hairline is a rule, not a box over words.
    if (x1 - x0 < 2 || y1 - y0 < 2) return;
    for (const g of glyphs) if (!g.covered && g.x > x0 && g.x < x1 && g.y > y0 && g.y < y1) g.covered = true;
  };
  const show = (items: unknown[]) => {
    const size = s.fontSize;
    const scale = size * s.fontMatrix0;
    let dx = 0;
    let run = true;
    let gap = false;
    for (const item of items) {
      if (typeof item === 'number') {
        dx -= (item * size) / 1000;
        if (item > 200) gap = true;
        continue;
      }
      const glyph = item as Glyphish;
      const width = (glyph.width ?? 0) * scale;
      const spacing = (glyph.isSpace ? s.wordSpacing : 0) + s.charSpacing;
      if (glyph.unicode && s.renderMode !== 3 && s.renderMode !== 7) {
        const m = multiply(s.ctm, tm);
        const [cx, cy] = apply(m, x + (dx + width / 2) * s.hScale, y + s.rise + size * 0.35);
        const [bx0, by0, bx1, by1] = pageBox(m, 0, 0, size, size);
        glyphs.push({
          text: glyph.unicode,
          x: cx,
          y: cy,
          size: Math.max(bx1 - bx0, by1 - by0),
          run,
          gap,
          covered: false,
        });
        run = false;
        gap = false;
      }
      dx += width + spacing;
    }
    x += dx * s.hScale;
  };

  for (let i = 0; i < fnArray.length; i++) {
    const op = fnArray[i];
    const args = argsArray[i] ?? [];
    switch (op) {
      // Each of these saves the state (a form, group or annotation also sets a matrix) ...
      case OPS.save:
      case OPS.paintFormXObjectBegin:
      case OPS.beginGroup:
      case OPS.beginAnnotation: {
        stack.push({ ...s });
        if (op === OPS.paintFormXObjectBegin) s.ctm = multiply(s.ctm, matrixOf(args[0]) ?? IDENTITY);
        if (op === OPS.beginGroup)
          s.ctm = multiply(s.ctm, matrixOf((args[0] as { matrix?: unknown } | undefined)?.matrix) ?? IDENTITY);
        // An annotation's appearance is placed on the page afresh, whatever the page's state.
        if (op === OPS.beginAnnotation)
          s = {
            ...s,
            ctm: multiply(matrixOf(args[2]) ?? IDENTITY, matrixOf(args[3]) ?? IDENTITY),
            fillAlpha: 1,
            fillNone: false,
          };
        break;
      }
      // ... and each of these goes back to it.
      case OPS.restore:
      case OPS.paintFormXObjectEnd:
      case OPS.endGroup:
      case OPS.endAnnotation:
        s = stack.pop() ?? s;
        break;
      case OPS.transform:
        s.ctm = multiply(s.ctm, matrixOf(args) ?? IDENTITY);
        break;
      case OPS.setGState:
        for (const [key, value] of (args[0] as [string, unknown][]) ?? [])
          if (key === 'ca' && typeof value === 'number') s.fillAlpha = value;
        break;
      case OPS.setFillRGBColor:
      case OPS.setFillGray:
      case OPS.setFillCMYKColor:
      case OPS.setFillColor:
      case OPS.setFillColorN:
        s.fillNone = false;
        break;
      case OPS.setFillTransparent:
        s.fillNone = true;
        break;
      case OPS.constructPath: {
        const [pathOp, , minMax] = args as [number, unknown, number[] | null];
        if (FILLS.has(pathOp) && minMax && minMax.length === 4 && minMax.every(Number.isFinite))
          cover(pageBox(s.ctm, minMax[0], minMax[1], minMax[2], minMax[3]));
        break;
      }
      case OPS.paintImageMaskXObject:
      case OPS.paintSolidColorImageMask:
        cover(pageBox(s.ctm, 0, 0, 1, 1));
        break;
      case OPS.beginText:
        tm = IDENTITY;
        x = y = lineX = lineY = 0;
        break;
      case OPS.setFont:
        s.fontSize = Math.abs(Number(args[1]) || 0);
        s.fontMatrix0 = fontMatrixOf(String(args[0]));
        break;
      case OPS.setCharSpacing:
        s.charSpacing = Number(args[0]) || 0;
        break;
      case OPS.setWordSpacing:
        s.wordSpacing = Number(args[0]) || 0;
        break;
      case OPS.setHScale:
        s.hScale = (Number(args[0]) || 100) / 100;
        break;
      case OPS.setLeading:
        s.leading = -(Number(args[0]) || 0);
        break;
      case OPS.setTextRise:
        s.rise = Number(args[0]) || 0;
        break;
      case OPS.setTextRenderingMode:
        s.renderMode = Number(args[0]) || 0;
        break;
      case OPS.setTextMatrix:
        tm = matrixOf(args[0]) ?? matrixOf(args) ?? IDENTITY;
        x = y = lineX = lineY = 0;
        break;
      case OPS.moveText:
        x = lineX += Number(args[0]) || 0;
        y = lineY += Number(args[1]) || 0;
        break;
      case OPS.setLeadingMoveText:
        s.leading = Number(args[1]) || 0;
        x = lineX += Number(args[0]) || 0;
        y = lineY += Number(args[1]) || 0;
        break;
      case OPS.nextLine:
        x = lineX;
        y = lineY += s.leading;
        break;
      default:
        if (TEXT_SHOWS.has(op)) {
          if (op === OPS.nextLineShowText || op === OPS.nextLineSetSpacingShowText) {
            x = lineX;
            y = lineY += s.leading;
          }
          const items = args.find(Array.isArray);
          if (items) show(items as unknown[]);
        }
    }
  }
  return glyphs;
}

/** The page's characters joined into lines, leaving out those `keep` refuses. */
function joinGlyphs(glyphs: Glyph[], keep: (g: Glyph) => boolean): string {
  let out = '';
  let last: Glyph | undefined;
  let skipped = false;
  for (const g of glyphs) {
    if (!keep(g)) {
      skipped = true;
      continue;
    }
    if (last) {
      if (Math.abs(g.y - last.y) > Math.min(g.size, last.size) * 0.5) out += '\n';
      else if (skipped || g.gap || (g.run && g.x - last.x > last.size * 0.6)) out += ' ';
    }
    out += g.text;
    last = g;
    skipped = false;
  }
  return out
    .normalize('NFKC')
    .replace(/[ \t]+/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
}

interface PageReading {
  glyphs: Glyph[];
  annotations: { subtype?: string; file?: { filename?: string }; actions?: unknown; action?: unknown }[];
  js: boolean;
}

async function readPage(lib: PdfJs, doc: PdfDocument, n: number, annotations: boolean): Promise<PageReading> {
  const page = await doc.getPage(n);
  const ops = await page.getOperatorList();
  const fontMatrixOf = (name: string) => {
    try {
      const font = page.commonObjs.get(name) as { fontMatrix?: number[] } | null;
      return font?.fontMatrix?.[0] || 0.001;
    } catch {
      return 0.001;
    }
  };
  const glyphs = placeGlyphs(lib.OPS, ops.fnArray, ops.argsArray as unknown[][], fontMatrixOf);
  const read: PageReading = { glyphs, annotations: [], js: false };
  if (annotations) {
    read.annotations = (await page.getAnnotations()) as PageReading['annotations'];
    read.js = !!(await page.getJSActions());
  }
  page.cleanup();
  return read;
}

async function open(lib: PdfJs, data: Uint8Array): Promise<PdfDocument> {
  return lib.getDocument({
    data: new Uint8Array(data),
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    verbosity: 0,
    stopAtErrors: false,
  }).promise;
}

/** The ends of each version an incremental save kept: where each "%%EOF" but the last ends. */
function earlierVersionEnds(bytes: Uint8Array): number[] {
  const ends: number[] = [];
  const marker = [0x25, 0x25, 0x45, 0x4f, 0x46];
  for (let i = bytes.indexOf(0x25); i >= 0 && i + 5 <= bytes.length; i = bytes.indexOf(0x25, i + 1))
    if (marker.every((c, k) => bytes[i + k] === c)) ends.push(i + 5);
  // The last marker ends the file as readers see it; anything after it is only whitespace.
  const last = ends.pop();
  return last === undefined ? [] : ends.filter((e) => e < last).slice(-20);
}

const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]{2,}/gu) ?? []);

/** Whether the file holds a JavaScript action, in its compressed object streams or as plain text. */
function hasJavaScriptAction(bytes: Uint8Array): boolean {
  const text = new TextDecoder('latin1').decode(bytes);
  for (const m of text.matchAll(/\/Type\s*\/ObjStm[^]*?stream\r?\n/g)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) continue;
    try {
      const data = new TextDecoder('latin1').decode(unzlibSync(bytes.subarray(start, end)));
      if (/\/S\s*\/JavaScript\b|\/JS\s*[(<\d]/.test(data)) return true;
    } catch {
      // Not a Flate stream: pdf.js reads it below.
    }
  }
  return /\/S\s*\/JavaScript\b/.test(text);
}

/** Pages as "page 2" or "pages 2 and 5". */
const pagesList = (pages: number[]) => `${pages.length === 1 ? 'page' : 'pages'} ${andList(pages.slice(0, 10))}`;

/**
 * What a PDF says of itself that assistive technology relies on: a structure of tags (headings,
 * lists, tables, reading order), a document title, and the language it is written in.
 */
export interface PdfStructure {
  tagged: boolean;
  title: boolean;
  language: boolean;
}

export interface PdfReading {
  findings: PaperFinding[];
  /** What a reader sees, page by page ("page 1"). */
  text: TextPart[];
  pages: number;
  /** Absent when the PDF could not be opened. */
  structure?: PdfStructure;
}

/** Whether the PDF is tagged, titled and says its language (in its Info dictionary, XMP or catalog). */
async function structureOf(doc: PdfDocument): Promise<PdfStructure> {
  const { info, metadata, hasStructTree } = (await doc.getMetadata()) as {
    info: { Title?: unknown; Language?: unknown };
    metadata: { get(name: string): unknown } | null;
    hasStructTree?: boolean;
  };
  const filled = (v: unknown) => typeof v === 'string' && v.trim() !== '';
  return {
    tagged: hasStructTree === true,
    title: filled(info.Title) || filled(metadata?.get('dc:title')),
    language: filled(info.Language),
  };
}

/** Reads a PDF paper: what it hides, and the text a reader sees. */
export async function readPdf(bytes: Uint8Array): Promise<PdfReading> {
  const lib = await load();
  let doc: PdfDocument;
  try {
    doc = await open(lib, bytes);
  } catch (e) {
    const name = (e as Error).name;
    if (name === 'PasswordException')
      return {
        findings: [
          {
            kind: 'password',
            found: 'a password is needed to open it, so residents cannot read it and it cannot be checked',
            fix: 'publish a copy saved without a password',
          },
        ],
        text: [],
        pages: 0,
      };
    return {
      findings: [
        {
          kind: 'unreadable',
          found: `a PDF that cannot be read (${(e as Error).message})`,
          fix: 'save or export the PDF again from the program that made it',
        },
      ],
      text: [],
      pages: 0,
    };
  }
  const findings: PaperFinding[] = [];
  const text: TextPart[] = [];
  const pages = doc.numPages;
  const covered: { page: number; chars: number; at: number }[] = [];
  const redactions: number[] = [];
  const attached: string[] = [];
  let js = false;
  const allText: string[] = [];
  let structure: PdfStructure | undefined;
  try {
    structure = await structureOf(doc);
    for (let n = 1; n <= pages; n++) {
      const page = await readPage(lib, doc, n, true);
      const visible = joinGlyphs(page.glyphs, (g) => !g.covered);
      if (visible) text.push({ where: `page ${n}`, text: visible });
      allText.push(joinGlyphs(page.glyphs, () => true));
      const hidden = page.glyphs.filter((g) => g.covered && g.text.trim());
      if (hidden.length) {
        const view = (await doc.getPage(n)).view;
        const height = view[3] - view[1] || 1;
        const top = Math.max(...hidden.map((g) => g.y));
        covered.push({ page: n, chars: hidden.length, at: Math.round(((view[3] - top) / height) * 10) * 10 });
      }
      for (const a of page.annotations) {
        if (a.subtype === 'Redact') redactions.push(n);
        if (a.subtype === 'FileAttachment') attached.push(a.file?.filename ?? `an attachment on page ${n}`);
        if (a.actions && JSON.stringify(a.actions).length > 2) js = true;
      }
      js ||= page.js;
    }
    const files = await doc.getAttachments();
    for (const f of files?.values() ?? []) attached.push(f.filename);
    js ||= !!(await doc.getJSActions()) || hasJavaScriptAction(bytes);
  } finally {
    await doc.loadingTask.destroy();
  }

  if (covered.length)
    findings.push({
      kind: 'covered-text',
      found: `text under a box drawn over it (${covered
        .slice(0, 5)
        .map((c) => `page ${c.page}, ${c.chars} characters about ${c.at}% down the page`)
        .join('; ')}${covered.length > 5 ? '; ...' : ''}), which anyone can still copy or search`,
      fix: 'a box drawn over words only hides them on screen: delete the words in the document the PDF was made from and make the PDF again, or use a redaction tool that removes them (in Acrobat: Redact, then Apply)',
    });
  if (redactions.length)
    findings.push({
      kind: 'redaction-marks',
      found: `${redactions.length === 1 ? 'a redaction mark' : `${redactions.length} redaction marks`} not yet applied (${pagesList([...new Set(redactions)])}), under which the words are still in the file`,
      fix: 'in Acrobat: Redact, Apply, then save; search the saved file for the words to check that they are gone',
    });
  if (attached.length)
    findings.push({
      kind: 'embedded-files',
      found: `${attached.length === 1 ? 'an embedded file' : `${attached.length} embedded files`} (${attached.slice(0, 5).join(', ')}), a file inside the file`,
      fix: 'remove the attachment (in Acrobat: Attachments, Delete), and publish what it holds as a paper of its own if it may be published',
    });
  if (js)
    findings.push({
      kind: 'javascript',
      found: 'JavaScript, which a reader would run on opening or using it',
      fix: 'publish a copy without scripts: print or export it to a new PDF (in Acrobat: remove it under JavaScript, Document JavaScripts)',
    });

  const final = words(allText.join('\n'));
  const earlier: { words: number; pages: number[] }[] = [];
  for (const end of earlierVersionEnds(bytes)) {
    let old: PdfDocument;
    try {
      old = await open(lib, bytes.subarray(0, end));
    } catch {
      continue;
    }
    try {
      const lost = new Set<string>();
      const pages: number[] = [];
      for (let n = 1; n <= old.numPages; n++) {
        const page = await readPage(lib, old, n, false);
        const gone = [...words(joinGlyphs(page.glyphs, () => true))].filter((w) => !final.has(w));
        if (gone.length) pages.push(n);
        for (const w of gone) lost.add(w);
      }
      if (lost.size) earlier.push({ words: lost.size, pages });
    } catch {
      // An earlier version pdf.js cannot read is no version a reader could recover either.
    } finally {
      await old.loadingTask.destroy();
    }
  }
  if (earlier.length)
    findings.push({
      kind: 'earlier-versions',
      found: `${earlier.length === 1 ? 'an earlier version' : `${earlier.length} earlier versions`} kept in the file by incremental saves, holding words the final version does not (${earlier
        .map((e) => `${e.words} ${e.words === 1 ? 'word' : 'words'} on ${pagesList(e.pages)}`)
        .join('; ')})`,
      fix: 'save a clean copy that keeps only the final version: in Acrobat, File, Save As Other, Optimized PDF (or Sanitize Document); elsewhere, export or print the final version to a new PDF',
    });
  return { findings, text, pages, structure };
}
