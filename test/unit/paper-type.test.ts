// A paper's real type comes from its bytes: only document types are published, and the
// contents must match the name.
import { describe, expect, it } from 'vitest';
import { deflateRawSync } from 'node:zlib';
import { detectPaperKind, paperTypeProblem, zipEntryNames } from '../../src/papers/type.ts';

/** A ZIP file with these entries (the first stored, as ODF requires for mimetype; the rest deflated). */
function zip(entries: [string, string][]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  entries.forEach(([name, text], i) => {
    const raw = Buffer.from(text);
    const data = i === 0 ? raw : deflateRawSync(raw);
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(i === 0 ? 0 : 8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(i === 0 ? 0 : 8, 10);
    dir.writeUInt32LE(data.length, 20);
    dir.writeUInt32LE(raw.length, 24);
    dir.writeUInt16LE(nameBytes.length, 28);
    dir.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    central.push(dir, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  });
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const docx = zip([
  ['[Content_Types].xml', '<Types/>'],
  ['word/document.xml', '<w:document/>'],
]);
const xlsx = zip([
  ['[Content_Types].xml', '<Types/>'],
  ['xl/workbook.xml', '<workbook/>'],
]);
const pptx = zip([
  ['[Content_Types].xml', '<Types/>'],
  ['ppt/presentation.xml', '<p/>'],
]);
const odt = zip([
  ['mimetype', 'application/vnd.oasis.opendocument.text'],
  ['content.xml', '<office:document-content/>'],
]);
const ods = zip([
  ['mimetype', 'application/vnd.oasis.opendocument.spreadsheet'],
  ['content.xml', '<x/>'],
]);
const plainZip = zip([
  ['readme.txt', 'hello'],
  ['run.exe', 'MZ'],
]);

describe('detectPaperKind', () => {
  it('recognises each document type from its bytes', () => {
    expect(detectPaperKind(Buffer.from('%PDF-1.7\n%âãÏÓ\n'))).toBe('pdf');
    expect(detectPaperKind(docx)).toBe('word');
    expect(detectPaperKind(xlsx)).toBe('excel');
    expect(detectPaperKind(pptx)).toBe('powerpoint');
    expect(detectPaperKind(odt)).toBe('odt');
    expect(detectPaperKind(ods)).toBe('ods');
    expect(detectPaperKind(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toBe('legacyOffice');
    expect(detectPaperKind(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('png');
    expect(detectPaperKind(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(detectPaperKind(Buffer.from('GIF89a...'))).toBe('gif');
    expect(detectPaperKind(Buffer.from('RIFF\0\0\0\0WEBPVP8 '))).toBe('webp');
    expect(detectPaperKind(Buffer.from('scheme,amount\nCarers,"1,240"\n'))).toBe('text');
  });

  it('lists ZIP entries from the central directory', () => {
    expect(zipEntryNames(plainZip)).toEqual(['readme.txt', 'run.exe']);
  });

  it('knows no web page, SVG, XML, program or plain ZIP', () => {
    for (const bytes of [
      Buffer.from('<!DOCTYPE html><script>alert(1)</script>'),
      Buffer.from('  <svg onload="alert(1)"/>'),
      Buffer.from('<?xml version="1.0"?><x/>'),
      Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0]),
      plainZip,
    ]) {
      expect(detectPaperKind(bytes)).toBeUndefined();
    }
  });
});

describe('paperTypeProblem', () => {
  it('publishes a file whose contents match its name', () => {
    expect(paperTypeProblem('documents/a.pdf', Buffer.from('%PDF-1.4'))).toBeUndefined();
    expect(paperTypeProblem('documents/a.DOCX', docx)).toBeUndefined();
    expect(paperTypeProblem('documents/a.xlsm', xlsx)).toBeUndefined();
    expect(paperTypeProblem('documents/a.csv', Buffer.from('a,b\n1,2\n'))).toBeUndefined();
    expect(paperTypeProblem('documents/a.txt', Buffer.from('Minutes £ ’\n'))).toBeUndefined();
  });

  it('refuses active types by name, whatever they hold', () => {
    for (const file of [
      'documents/a.html',
      'documents/a.htm',
      'documents/a.svg',
      'documents/a.xml',
      'documents/a.js',
      'documents/a.zip',
      'documents/noextension',
    ]) {
      expect(paperTypeProblem(file, Buffer.from('%PDF-1.4'))?.expected, file).toContain('could run script');
    }
  });

  it('refuses contents that do not match the name', () => {
    expect(paperTypeProblem('documents/report.pdf', Buffer.from('#!/bin/sh\nrm -rf ~\n'))?.found).toBe(
      'a Text file named .pdf',
    );
    expect(paperTypeProblem('documents/report.pdf', Buffer.from([0x4d, 0x5a, 0x90, 0]))?.found).toBe(
      'a file named .pdf whose contents are not PDF',
    );
    expect(paperTypeProblem('documents/report.docx', xlsx)?.found).toBe('an Excel file named .docx');
    expect(
      paperTypeProblem('documents/notes.txt', Buffer.from('<html><script>alert(1)</script></html>')),
    ).toBeDefined();
    expect(paperTypeProblem('documents/photo.png', Buffer.from('<svg onload="alert(1)"/>'))).toBeDefined();
  });
});

describe('malformed and polyglot papers', () => {
  it('refuses a PDF header that does not start the file, so HTML cannot come first', () => {
    expect(
      paperTypeProblem('documents/a.pdf', Buffer.from('<html><script>alert(1)</script><!-- %PDF-1.4 -->')),
    ).toBeDefined();
    expect(
      paperTypeProblem('documents/a.pdf', Buffer.from([0x1f, 0x8b, 0x20, ...Buffer.from('%PDF-1.4')])),
    ).toBeDefined();
  });

  it('gives a problem, not a crash, for a ZIP whose mimetype entry claims 4 GB', () => {
    const odt = zip([
      ['mimetype', 'application/vnd.oasis.opendocument.text'],
      ['content.xml', '<x/>'],
    ]);
    odt.writeUInt32LE(0xffffffff, 18);
    const padded = Buffer.concat([odt.subarray(0, 30 + 8), Buffer.alloc(200_000, 0x41), odt.subarray(30 + 8)]);
    expect(() => paperTypeProblem('documents/a.odt', padded)).not.toThrow();
    expect(paperTypeProblem('documents/a.odt', padded)).toBeDefined();
  });
});
