/**
 * What an Office Open XML paper (Word .docx, Excel .xlsx/.xlsm) or an OpenDocument one (.odt, .ods) carries that its reader does
 * not see: tracked changes not yet accepted, comments, hidden text, hidden sheets, hidden rows
 * and columns that hold values, links to other workbooks and embedded objects. Councils have
 * published personal data in each of these. The parts are read with fflate and
 * fast-xml-parser; nothing is converted or rendered before it is checked.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import { andList } from '../domain/text.ts';

import type { PaperFinding, TextPart } from './findings.ts';

type Node = Record<string, unknown>;
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  processEntities: false,
  parseTagValue: false,
});

/** The tag of an ordered node, without its namespace prefix. */
const tagOf = (n: Node) => Object.keys(n).find((k) => k !== ':@') ?? '';
const childrenOf = (n: Node): Node[] => {
  const c = n[tagOf(n)];
  return Array.isArray(c) ? (c as Node[]) : [];
};
const attrsOf = (n: Node) => (n[':@'] as Record<string, string> | undefined) ?? {};

function parse(xml: string): Node[] {
  return parser.parse(xml) as Node[];
}

/** Every node below `nodes`, depth first, with the index of the top-level block it sits in. */
function* walk(nodes: Node[], block = -1): Generator<{ node: Node; block: number }> {
  for (const node of nodes) {
    yield { node, block };
    yield* walk(childrenOf(node), block);
  }
}

const textOf = (nodes: Node[]): string =>
  nodes.map((n) => (tagOf(n) === '#text' ? String(n['#text']) : textOf(childrenOf(n)))).join('');

/** "2, 5 and 9" in order, the first five and how many more after that. */
const listOf = (ns: number[]) => {
  const u = [...new Set(ns)].sort((a, b) => a - b);
  return u.length > 5 ? `${u.slice(0, 5).join(', ')} and ${u.length - 5} more` : andList(u);
};
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "paragraph 2", "paragraphs 2 and 5". */
const paragraphs = (blocks: number[]) => {
  const ns = [...new Set(blocks.filter((b) => b >= 0).map((b) => b + 1))];
  return `${ns.length === 1 ? 'paragraph' : 'paragraphs'} ${listOf(ns)}`;
};

/** The entries of a ZIP as text, by name; undefined when it cannot be read. */
function unzip(bytes: Uint8Array): Record<string, Uint8Array> | undefined {
  try {
    return unzipSync(bytes);
  } catch {
    return undefined;
  }
}

/** Word: tracked changes, comments, hidden text and embedded objects. */
export function wordFindings(bytes: Uint8Array): PaperFinding[] {
  const zip = unzip(bytes);
  if (!zip) return [];
  const out: PaperFinding[] = [];
  // The body, then the headers, footers, footnotes and endnotes, which hold text of their own.
  const parts = Object.keys(zip)
    .filter((k) => /^word\/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$/.test(k))
    .sort((x, y) => (x === 'word/document.xml' ? -1 : y === 'word/document.xml' ? 1 : x.localeCompare(y)));
  const tracked = { ins: 0, del: 0, move: 0 };
  const trackedAt: string[] = [];
  const hiddenAt: string[] = [];
  for (const part of parts) {
    const inBody = part === 'word/document.xml';
    const label = `the ${part.slice('word/'.length, -'.xml'.length).replace(/\d+$/, '')}`;
    const changed: number[] = [];
    const hidden: number[] = [];
    for (const { node, block } of walkBody(parse(strFromU8(zip[part])))) {
      const tag = tagOf(node);
      if (tag === 'ins') tracked.ins++;
      else if (tag === 'del') tracked.del++;
      else if (tag === 'moveFrom' || tag === 'moveTo') tracked.move++;
      else if (tag === 'r') {
        const props = childrenOf(node).find((c) => tagOf(c) === 'rPr');
        const vanish = props && childrenOf(props).some((c) => tagOf(c) === 'vanish' && attrsOf(c).val !== 'false');
        if (vanish && textOf(childrenOf(node).filter((c) => tagOf(c) === 't')).trim()) hidden.push(block);
        continue;
      } else continue;
      changed.push(block);
    }
    const where = (blocks: number[]) => (inBody && blocks.some((b) => b >= 0) ? paragraphs(blocks) : label);
    if (changed.length) trackedAt.push(where(changed));
    if (hidden.length) hiddenAt.push(where(hidden));
  }
  const kinds = [
    tracked.ins && count(tracked.ins, 'insertion'),
    tracked.del && count(tracked.del, 'deletion'),
    tracked.move && count(tracked.move, 'move'),
  ].filter(Boolean);
  if (kinds.length)
    out.push({
      kind: 'tracked-changes',
      found: `tracked changes not yet accepted (${kinds.join(', ')}, in ${trackedAt.join('; ')}), whose deleted words can still be read`,
      fix: 'in Word: Review, Accept all changes (or reject them), then save and publish the file again',
    });
  if (hiddenAt.length)
    out.push({
      kind: 'hidden-text',
      found: `hidden text (in ${hiddenAt.join('; ')}), which anyone can show again`,
      fix: 'in Word: show hidden text (the ¶ button), delete it or clear Hidden in Font, then save and publish again',
    });
  const comments = zip['word/comments.xml'];
  const n = comments ? [...walk(parse(strFromU8(comments)))].filter(({ node }) => tagOf(node) === 'comment').length : 0;
  if (n)
    out.push({
      kind: 'comments',
      found: count(n, 'comment'),
      fix: 'in Word: Review, Delete, Delete all comments in document, then save and publish again',
    });
  const embedded = Object.keys(zip).filter((k) => k.startsWith('word/embeddings/'));
  if (embedded.length)
    out.push({
      kind: 'embedded-objects',
      found: `${count(embedded.length, 'embedded object')} (${embedded.map((k) => k.slice('word/embeddings/'.length)).join(', ')}), a file inside the file`,
      fix: 'remove the embedded object, and publish what it holds as a paper of its own if it may be published',
    });
  return out;
}

/** The body's nodes, each with the index of the top-level paragraph or table it is in. */
function walkBody(root: Node[]): { node: Node; block: number }[] {
  const document = root.find((n) => tagOf(n) === 'document');
  const body = document && childrenOf(document).find((n) => tagOf(n) === 'body');
  if (!body) return [...walk(root)];
  return childrenOf(body).flatMap((block, i) => [...walk([block], i)]);
}

/** A workbook's sheets in order: name, state (visible, hidden, veryHidden) and the part holding its cells. */
function excelSheets(zip: Record<string, Uint8Array>): { name: string; state: string; path?: string }[] {
  const targets = new Map<string, string>();
  const rels = zip['xl/_rels/workbook.xml.rels'];
  if (rels)
    for (const { node } of walk(parse(strFromU8(rels))))
      if (tagOf(node) === 'Relationship')
        targets.set(attrsOf(node).Id, `xl/${attrsOf(node).Target.replace(/^\/?xl\//, '')}`);
  const workbook = zip['xl/workbook.xml'];
  return (workbook ? [...walk(parse(strFromU8(workbook)))] : [])
    .filter(({ node }) => tagOf(node) === 'sheet')
    .map(({ node }) => {
      const a = attrsOf(node);
      return { name: a.name, state: a.state ?? 'visible', path: targets.get(a.id) };
    });
}

/** Excel: hidden sheets, hidden rows and columns that hold values, comments, links to other workbooks. */
export function excelFindings(bytes: Uint8Array): PaperFinding[] {
  const zip = unzip(bytes);
  if (!zip) return [];
  const out: PaperFinding[] = [];
  const sheets = excelSheets(zip);
  for (const s of sheets.filter((x) => x.state === 'hidden' || x.state === 'veryHidden'))
    out.push({
      kind: 'hidden-sheets',
      found: `a ${s.state === 'veryHidden' ? 'very hidden sheet (which Excel does not even list under Unhide)' : 'hidden sheet'} "${s.name}"`,
      fix: `in Excel: unhide the sheet "${s.name}" and delete it (a very hidden sheet needs the Visual Basic editor, or copy the visible sheets to a new workbook), or publish a copy without it`,
    });
  for (const s of sheets.filter((x) => x.state === 'visible' && x.path && zip[x.path])) {
    const nodes = [...walk(parse(strFromU8(zip[s.path!])))].map((w) => w.node);
    const hiddenCols: [number, number][] = nodes
      .filter((n) => tagOf(n) === 'col' && ['1', 'true'].includes(attrsOf(n).hidden))
      .map((n) => [Number(attrsOf(n).min), Number(attrsOf(n).max)]);
    const rows: string[] = [];
    const cols = new Set<string>();
    for (const row of nodes.filter((n) => tagOf(n) === 'row')) {
      const rowHidden = ['1', 'true'].includes(attrsOf(row).hidden);
      for (const c of childrenOf(row).filter((x) => tagOf(x) === 'c')) {
        if (!childrenOf(c).some((x) => ['v', 'is', 'f'].includes(tagOf(x)))) continue;
        const ref = attrsOf(c).r ?? '';
        const col = columnNumber(ref);
        if (rowHidden) {
          if (!rows.includes(attrsOf(row).r)) rows.push(attrsOf(row).r);
        } else if (hiddenCols.some(([a, b]) => col >= a && col <= b)) cols.add(ref.replace(/\d+$/, ''));
      }
    }
    if (rows.length)
      out.push({
        kind: 'hidden-rows-columns',
        found: `hidden rows holding values on sheet "${s.name}" (${rows.length === 1 ? 'row' : 'rows'} ${listOf(rows.map(Number))})`,
        fix: `in Excel: on "${s.name}", unhide the rows and delete what may not be published, or publish a copy without them`,
      });
    if (cols.size)
      out.push({
        kind: 'hidden-rows-columns',
        found: `hidden columns holding values on sheet "${s.name}" (column ${[...cols].join(', ')})`,
        fix: `in Excel: on "${s.name}", unhide the columns and delete what may not be published, or publish a copy without them`,
      });
  }
  const notes = Object.keys(zip).filter((k) => /^xl\/(comments\d*\.xml|threadedComments\/)/.test(k));
  if (notes.length)
    out.push({
      kind: 'comments',
      found: 'cell comments or notes',
      fix: 'in Excel: Review, delete every comment and note, then save and publish again',
    });
  const external = Object.keys(zip).filter((k) => k.startsWith('xl/externalLinks/') && k.endsWith('.xml'));
  if (external.length)
    out.push({
      kind: 'external-links',
      found: `${count(external.length, 'link')} to another workbook, which names where that workbook is kept and may hold a copy of its values`,
      fix: 'in Excel: Data, Edit Links, Break Link, then save and publish again',
    });
  return out;
}

/** "AB12" → 28. */
function columnNumber(ref: string): number {
  let n = 0;
  for (const ch of ref.replace(/\d+$/, '').toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** OpenDocument text and spreadsheets: tracked changes, comments, hidden text, hidden sheets, rows and columns, embedded objects. */
export function odfFindings(bytes: Uint8Array): PaperFinding[] {
  const zip = unzip(bytes);
  const content = zip?.['content.xml'];
  if (!zip || !content) return [];
  const out: PaperFinding[] = [];
  const nodes = [...walk(parse(strFromU8(content)))].map((w) => w.node);
  const named = (tag: string) => nodes.filter((n) => tagOf(n) === tag);
  const regions = named('changed-region');
  if (regions.length) {
    const kinds = regions
      .flatMap((r) => childrenOf(r).map(tagOf))
      .filter((t) => ['insertion', 'deletion', 'format-change'].includes(t));
    const by = (t: string) => kinds.filter((k) => k === t).length;
    const parts = [
      by('insertion') && count(by('insertion'), 'insertion'),
      by('deletion') && count(by('deletion'), 'deletion'),
      by('format-change') && count(by('format-change'), 'formatting change'),
    ].filter(Boolean);
    out.push({
      kind: 'tracked-changes',
      found: `tracked changes not yet accepted (${parts.join(', ') || count(regions.length, 'change')}), whose deleted words can still be read`,
      fix: 'in LibreOffice: Edit, Track Changes, Manage, Accept All (or Reject All), then save and publish the file again',
    });
  }
  const notes = named('annotation').length;
  if (notes)
    out.push({
      kind: 'comments',
      found: count(notes, 'comment'),
      fix: 'in LibreOffice: right-click a comment, Delete All Comments, then save and publish again',
    });
  const hidden = [...named('hidden-text'), ...named('hidden-paragraph')].filter(
    (n) => textOf(childrenOf(n)).trim() || attrsOf(n)['string-value'],
  );
  const hiddenSections = named('section').filter(
    (n) => attrsOf(n).display === 'none' || attrsOf(n).display === 'condition',
  );
  if (hidden.length || hiddenSections.length)
    out.push({
      kind: 'hidden-text',
      found: `hidden text (${[hidden.length && count(hidden.length, 'hidden field or paragraph', 'hidden fields or paragraphs'), hiddenSections.length && count(hiddenSections.length, 'hidden section')].filter(Boolean).join(', ')}), which anyone can show again`,
      fix: 'in LibreOffice: show hidden paragraphs and sections (View, Field Hidden Paragraphs), delete what may not be published, then save and publish again',
    });
  const embedded = Object.keys(zip).filter((k) => /^Object \d+\//.test(k) || k.startsWith('ObjectReplacements/'));
  const objects = new Set(embedded.map((k) => k.split('/')[0]).filter((k) => k !== 'ObjectReplacements'));
  if (objects.size)
    out.push({
      kind: 'embedded-objects',
      found: `${count(objects.size, 'embedded object')}, a file inside the file`,
      fix: 'remove the embedded object, and publish what it holds as a paper of its own if it may be published',
    });
  // Spreadsheets: a sheet is hidden by its table style; rows and columns by their visibility.
  const hiddenStyles = new Set(
    named('style')
      .filter((s) => childrenOf(s).some((p) => tagOf(p) === 'table-properties' && attrsOf(p).display === 'false'))
      .map((s) => attrsOf(s).name),
  );
  for (const table of named('table')) {
    const name = attrsOf(table).name ?? '';
    if (hiddenStyles.has(attrsOf(table)['style-name'])) {
      out.push({
        kind: 'hidden-sheets',
        found: `a hidden sheet "${name}"`,
        fix: `in LibreOffice: Sheet, Show Sheet, "${name}", then delete it, or publish a copy without it`,
      });
      continue;
    }
    const tableNodes = [...walk(childrenOf(table))].map((w) => w.node);
    const holds = (cell: Node) => attrsOf(cell)['value-type'] !== undefined || textOf(childrenOf(cell)).trim() !== '';
    const hiddenRows = tableNodes
      .filter((n) => tagOf(n) === 'table-row' && ['collapse', 'filter'].includes(attrsOf(n).visibility))
      .filter((r) => childrenOf(r).some((c) => tagOf(c) === 'table-cell' && holds(c)));
    if (hiddenRows.length)
      out.push({
        kind: 'hidden-rows-columns',
        found: `hidden rows holding values on sheet "${name}" (${count(hiddenRows.length, 'row')})`,
        fix: `in LibreOffice: on "${name}", select all, Format, Rows, Show, delete what may not be published, or publish a copy without them`,
      });
    // Column positions, counting repeats, of the hidden columns.
    const hiddenCols = new Set<number>();
    let at = 0;
    for (const col of tableNodes.filter((n) => tagOf(n) === 'table-column')) {
      const repeat = Number(attrsOf(col)['number-columns-repeated'] ?? 1);
      if (attrsOf(col).visibility === 'collapse')
        for (let i = 0; i < Math.min(repeat, 1024); i++) hiddenCols.add(at + i);
      at += repeat;
    }
    if (hiddenCols.size) {
      const used = tableNodes
        .filter((n) => tagOf(n) === 'table-row')
        .some((r) => {
          let c = 0;
          return childrenOf(r)
            .filter((x) => tagOf(x) === 'table-cell' || tagOf(x) === 'covered-table-cell')
            .some((cell) => {
              const repeat = Number(attrsOf(cell)['number-columns-repeated'] ?? 1);
              const hit = holds(cell) && [...Array(Math.min(repeat, 1024)).keys()].some((i) => hiddenCols.has(c + i));
              c += repeat;
              return hit;
            });
        });
      if (used)
        out.push({
          kind: 'hidden-rows-columns',
          found: `hidden columns holding values on sheet "${name}"`,
          fix: `in LibreOffice: on "${name}", select all, Format, Columns, Show, delete what may not be published, or publish a copy without them`,
        });
    }
  }
  return out;
}

const SKIP_WORD = new Set(['del', 'moveFrom', 'delText', 'instrText']);

/** The text a reader of a Word paper sees, paragraph by paragraph (tracked deletions and hidden runs left out). */
export function wordText(bytes: Uint8Array): TextPart[] {
  const zip = unzip(bytes);
  const doc = zip?.['word/document.xml'];
  if (!zip || !doc) return [];
  const document = parse(strFromU8(doc)).find((n) => tagOf(n) === 'document');
  const body = document && childrenOf(document).find((n) => tagOf(n) === 'body');
  const visible = (nodes: Node[]): string =>
    nodes
      .map((n) => {
        const tag = tagOf(n);
        if (tag === '#text') return String(n['#text']);
        if (SKIP_WORD.has(tag)) return '';
        if (tag === 'r') {
          const props = childrenOf(n).find((c) => tagOf(c) === 'rPr');
          if (props && childrenOf(props).some((c) => tagOf(c) === 'vanish' && attrsOf(c).val !== 'false')) return '';
        }
        if (tag === 'tab') return '\t';
        const inner = visible(childrenOf(n));
        return tag === 'p' ? `${inner}\n` : inner;
      })
      .join('');
  const others = Object.keys(zip)
    .filter((k) => /^word\/(header\d*|footer\d*|footnotes|endnotes)\.xml$/.test(k))
    .sort()
    .map((k) => ({
      where: `the ${k.slice('word/'.length, -'.xml'.length).replace(/\d+$/, '')}`,
      text: visible(parse(strFromU8(zip[k]))),
    }));
  return [
    ...(body ? childrenOf(body) : []).map((block, i) => ({ where: `paragraph ${i + 1}`, text: visible([block]) })),
    ...others,
  ];
}

/** The values of an Excel paper's visible sheets, cell by cell. */
export function excelText(bytes: Uint8Array): TextPart[] {
  const zip = unzip(bytes);
  if (!zip) return [];
  const shared = zip['xl/sharedStrings.xml']
    ? parse(strFromU8(zip['xl/sharedStrings.xml']))
        .flatMap((n) => childrenOf(n))
        .filter((n) => tagOf(n) === 'si')
        .map((si) => textOf(childrenOf(si).filter((c) => tagOf(c) !== 'rPh')))
    : [];
  const out: TextPart[] = [];
  for (const { name, state, path } of excelSheets(zip)) {
    const sheet = path ? zip[path] : undefined;
    if (state !== 'visible' || !sheet) continue;
    for (const { node: c } of walk(parse(strFromU8(sheet)))) {
      if (tagOf(c) !== 'c') continue;
      const a = attrsOf(c);
      const v = childrenOf(c).find((x) => tagOf(x) === 'v');
      const text =
        a.t === 's' && v
          ? (shared[Number(textOf(childrenOf(v)))] ?? '')
          : a.t === 'inlineStr'
            ? textOf(childrenOf(c).filter((x) => tagOf(x) === 'is'))
            : v
              ? textOf(childrenOf(v))
              : '';
      if (text) out.push({ where: `sheet "${name}", cell ${a.r ?? '?'}`, text });
    }
  }
  return out;
}

const SKIP_ODF = new Set(['tracked-changes', 'annotation', 'hidden-text', 'hidden-paragraph']);

/** The text of an OpenDocument paper, paragraph by paragraph (tracked changes, comments and hidden fields left out). */
export function odfText(bytes: Uint8Array): TextPart[] {
  const content = unzip(bytes)?.['content.xml'];
  if (!content) return [];
  const out: TextPart[] = [];
  const visit = (nodes: Node[]) => {
    for (const n of nodes) {
      const tag = tagOf(n);
      if (SKIP_ODF.has(tag)) continue;
      if (tag === 'p' || tag === 'h') {
        const text = (function t(xs: Node[]): string {
          return xs
            .map((x) => (tagOf(x) === '#text' ? String(x['#text']) : SKIP_ODF.has(tagOf(x)) ? '' : t(childrenOf(x))))
            .join('');
        })(childrenOf(n));
        out.push({ where: `paragraph ${out.length + 1}`, text });
      } else visit(childrenOf(n));
    }
  };
  visit(parse(strFromU8(content)));
  return out;
}
