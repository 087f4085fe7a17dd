// Office Open XML papers made by the tests: the smallest Word and Excel files that open, with
// whatever a test asks for hidden inside them. Made with fflate, as the checker reads them.
import { strToU8, zipSync } from 'fflate';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const S = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** A paragraph of plain text. */
export const para = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;

/** A .docx whose body holds `paragraphs` (WordprocessingML), with optional comments and embedded files. */
export function docx(
  paragraphs: string[],
  extra: { comments?: string[]; embeddings?: string[]; parts?: Record<string, string> } = {},
): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0"?><w:document ${W}><w:body>${paragraphs.join('')}</w:body></w:document>`,
    ),
  };
  if (extra.comments)
    files['word/comments.xml'] = strToU8(
      `<?xml version="1.0"?><w:comments ${W}>${extra.comments.map((c, i) => `<w:comment w:id="${i}"><w:p><w:r><w:t>${c}</w:t></w:r></w:p></w:comment>`).join('')}</w:comments>`,
    );
  for (const name of extra.embeddings ?? []) files[`word/embeddings/${name}`] = strToU8('embedded');
  for (const [name, xml] of Object.entries(extra.parts ?? {}))
    files[`word/${name}`] = strToU8(`<?xml version="1.0"?><w:root ${W}>${xml}</w:root>`);
  return zipSync(files);
}

export interface Sheet {
  name: string;
  state?: 'hidden' | 'veryHidden';
  /** The sheet's XML inside <worksheet>, e.g. <cols/> and <sheetData/>. */
  xml: string;
}

/** An .xlsx with these sheets, and optionally comments and links to other workbooks. */
export function xlsx(sheets: Sheet[], extra: { comments?: boolean; externalLinks?: number } = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0"?><workbook ${S} ${R}><sheets>${sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`,
    ),
  };
  sheets.forEach((s, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(`<?xml version="1.0"?><worksheet ${S}>${s.xml}</worksheet>`);
  });
  if (extra.comments) files['xl/comments1.xml'] = strToU8(`<?xml version="1.0"?><comments ${S}/>`);
  for (let i = 1; i <= (extra.externalLinks ?? 0); i++)
    files[`xl/externalLinks/externalLink${i}.xml`] = strToU8(`<?xml version="1.0"?><externalLink ${S}/>`);
  return zipSync(files);
}

/** A row of number cells: row(3, ['A', 1], ['B', 2]). */
export const row = (r: number, cells: [string, number][], attrs = '') =>
  `<row r="${r}"${attrs}>${cells.map(([c, v]) => `<c r="${c}${r}"><v>${v}</v></c>`).join('')}</row>`;

const ODF_NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"';

/** An OpenDocument text (.odt) or spreadsheet (.ods) whose body is `body`, with optional automatic styles and embedded objects. */
export function odf(
  kind: 'text' | 'spreadsheet',
  body: string,
  extra: { styles?: string; objects?: number } = {},
): Uint8Array {
  const files: Record<string, Uint8Array | [Uint8Array, { level: 0 }]> = {
    mimetype: [strToU8(`application/vnd.oasis.opendocument.${kind}`), { level: 0 }],
    'content.xml': strToU8(
      `<?xml version="1.0"?><office:document-content ${ODF_NS}><office:automatic-styles>${extra.styles ?? ''}</office:automatic-styles><office:body><office:${kind}>${body}</office:${kind}></office:body></office:document-content>`,
    ),
    'META-INF/manifest.xml': strToU8('<?xml version="1.0"?><manifest/>'),
  };
  for (let i = 1; i <= (extra.objects ?? 0); i++) files[`Object ${i}/content.xml`] = strToU8('<x/>');
  return zipSync(files);
}
