/**
 * What a paper really is, from its bytes, against what its name says. The site publishes
 * document types only: a web page, an SVG or an XML file served from the site's own address
 * could run script there, and a program renamed .pdf is still a program.
 */

export interface PaperKind {
  /** The name a reader sees, e.g. "PDF". */
  label: string;
  /** Extensions, lower case, that name this kind. */
  extensions: string[];
}

export const PAPER_KINDS = {
  pdf: { label: 'PDF', extensions: ['pdf'] },
  word: { label: 'Word', extensions: ['docx'] },
  excel: { label: 'Excel', extensions: ['xlsx', 'xlsm'] },
  powerpoint: { label: 'PowerPoint', extensions: ['pptx'] },
  odt: { label: 'OpenDocument text', extensions: ['odt'] },
  ods: { label: 'OpenDocument spreadsheet', extensions: ['ods'] },
  odp: { label: 'OpenDocument presentation', extensions: ['odp'] },
  legacyOffice: { label: 'old Office format', extensions: ['doc', 'xls', 'ppt'] },
  csv: { label: 'CSV', extensions: ['csv'] },
  text: { label: 'Text', extensions: ['txt'] },
  png: { label: 'PNG image', extensions: ['png'] },
  jpeg: { label: 'JPEG image', extensions: ['jpg', 'jpeg'] },
  gif: { label: 'GIF image', extensions: ['gif'] },
  webp: { label: 'WebP image', extensions: ['webp'] },
} satisfies Record<string, PaperKind>;

export type PaperKindId = keyof typeof PAPER_KINDS;

const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((x, i) => b[at + i] === x);
const ascii = (b: Uint8Array, from: number, to: number) =>
  String.fromCharCode(...b.subarray(from, Math.min(to, b.length)));

/** Names of the entries of a ZIP file, from its central directory; undefined if it is not a ZIP. */
export function zipEntryNames(b: Uint8Array): string[] | undefined {
  if (!startsWith(b, [0x50, 0x4b, 0x03, 0x04])) return undefined;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  // The end-of-central-directory record is in the last 64 KiB + 22 bytes.
  for (let i = b.length - 22; i >= Math.max(0, b.length - 65557); i--) {
    if (view.getUint32(i, true) !== 0x06054b50) continue;
    const count = view.getUint16(i + 10, true);
    let at = view.getUint32(i + 16, true);
    const names: string[] = [];
    for (let n = 0; n < count; n++) {
      if (at + 46 > b.length || view.getUint32(at, true) !== 0x02014b50) return undefined;
      const nameLength = view.getUint16(at + 28, true);
      const extra = view.getUint16(at + 30, true);
      const comment = view.getUint16(at + 32, true);
      names.push(new TextDecoder().decode(b.subarray(at + 46, at + 46 + nameLength)));
      at += 46 + nameLength + extra + comment;
    }
    return names;
  }
  return undefined;
}

/** The ODF mimetype: the first entry, stored uncompressed, as the standard requires. */
function odfMimetype(b: Uint8Array): string | undefined {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (b.length < 30) return undefined;
  const nameLength = view.getUint16(26, true);
  const extra = view.getUint16(28, true);
  if (ascii(b, 30, 30 + nameLength) !== 'mimetype') return undefined;
  // The longest ODF mimetype is under 64 characters; a larger claimed size is not ODF.
  const size = view.getUint32(18, true);
  if (size > 64) return undefined;
  return ascii(b, 30 + nameLength + extra, 30 + nameLength + extra + size);
}

/** Looks like markup a browser would run: HTML, SVG or XML at the start of a text file. */
const MARKUP = /^\s*<(?:!doctype|html|head|body|script|svg|\?xml|iframe|object|embed|meta|style|a\s|img|div|!--)/i;

function isPlainText(b: Uint8Array): boolean {
  if (b.includes(0)) return false;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(
      b.subarray(0, 65536).subarray(0, lastCompleteChar(b.subarray(0, 65536))),
    );
    return !MARKUP.test(text.replace(/^\uFEFF/, ''));
  } catch {
    return false;
  }
}

/** Length of a prefix that does not cut a UTF-8 character in two. */
function lastCompleteChar(b: Uint8Array): number {
  const end = b.length;
  for (let k = 1; k <= 3 && end - k >= 0; k++) {
    const c = b[end - k];
    if ((c & 0xc0) === 0x80) continue;
    const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    return need > k ? end - k : end;
  }
  return end;
}

/** What the bytes are, among the kinds the site publishes; undefined for anything else. */
export function detectPaperKind(b: Uint8Array): PaperKindId | undefined {
  // A PDF starts with its header: bytes before it (which readers tolerate) could make a polyglot.
  if (ascii(b, 0, 5) === '%PDF-') return 'pdf';
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a') return 'gif';
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP') return 'webp';
  if (startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'legacyOffice';
  const names = zipEntryNames(b);
  if (names) {
    const mimetype = odfMimetype(b);
    if (mimetype === 'application/vnd.oasis.opendocument.text') return 'odt';
    if (mimetype === 'application/vnd.oasis.opendocument.spreadsheet') return 'ods';
    if (mimetype === 'application/vnd.oasis.opendocument.presentation') return 'odp';
    if (names.includes('[Content_Types].xml')) {
      if (names.some((n) => n.startsWith('word/'))) return 'word';
      if (names.some((n) => n.startsWith('xl/'))) return 'excel';
      if (names.some((n) => n.startsWith('ppt/'))) return 'powerpoint';
    }
    return undefined;
  }
  if (isPlainText(b)) return 'text';
  return undefined;
}

const article = (word: string) => (/^[AEIOU]/.test(word) ? 'an' : 'a');

const kindOfExtension = (ext: string): PaperKindId | undefined =>
  (Object.entries(PAPER_KINDS) as [PaperKindId, PaperKind][]).find(([, k]) => k.extensions.includes(ext))?.[0];

/** The extension of a file name, lower case; empty when it has none. */
export const extensionOf = (file: string) => (file.includes('.') ? file.split('.').pop()!.toLowerCase() : '');

/** The label of a published file's kind, from its name. */
export function paperLabel(file: string): string {
  const ext = file.split('.').pop()?.toLowerCase() ?? '';
  const kind = kindOfExtension(ext);
  return kind ? PAPER_KINDS[kind].label : ext.toUpperCase();
}

/** Why these bytes cannot be published under this name, or undefined when they can. */
export function paperTypeProblem(file: string, bytes: Uint8Array): { found: string; expected: string } | undefined {
  try {
    return typeProblem(file, bytes);
  } catch {
    // A malformed container is no document type the site can vouch for.
    return {
      found: 'a file whose structure cannot be read',
      expected: 'a document that opens in its own program; export it again',
    };
  }
}

function typeProblem(file: string, bytes: Uint8Array): { found: string; expected: string } | undefined {
  const ext = extensionOf(file);
  const named = kindOfExtension(ext);
  const allowed =
    'a document type: PDF, Word (.docx), Excel (.xlsx), PowerPoint (.pptx), OpenDocument, CSV, plain text or an image (PNG, JPEG, GIF, WebP)';
  if (!named)
    return {
      found: `a ${ext ? `.${ext}` : 'extensionless'} file`,
      expected: `${allowed}; web pages, SVG, XML and programs are not published, since they could run script on the site`,
    };
  const actual = detectPaperKind(bytes);
  // CSV is plain text; any text file passes as either.
  const same = actual === named || (actual === 'text' && (named === 'csv' || named === 'text'));
  if (same) return undefined;
  return {
    found: actual
      ? `${article(PAPER_KINDS[actual].label)} ${PAPER_KINDS[actual].label} file named .${ext}`
      : `a file named .${ext} whose contents are not ${PAPER_KINDS[named].label}`,
    expected: `the file's contents to match its name (${allowed}); export the paper again, or give it the right extension`,
  };
}
