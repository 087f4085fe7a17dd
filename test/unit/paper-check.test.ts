// The paper check refuses what a paper's reader does not see: each finding in a generated file.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { paperFindings, visibleText } from '../../src/papers/check.ts';
import { isNhsNumber, personalIdentifiers } from '../../src/papers/identifiers.ts';
import { paperTypeProblem } from '../../src/papers/type.ts';
import { loadContentRoot } from '../../src/publication/load.ts';
import { docx, odf, para, row, xlsx } from '../support/office.ts';

const found = async (file: string, bytes: Uint8Array) => (await paperFindings(file, bytes)).map((f) => f.found);

describe('Word papers', () => {
  it('pass when they hold only what the reader sees', async () => {
    const clean = docx([para('The board approved the plan.'), para('Second paragraph.')]);
    expect(paperTypeProblem('report.docx', clean)).toBeUndefined();
    expect(await found('report.docx', clean)).toEqual([]);
  });

  it('are refused with tracked changes not yet accepted, naming the paragraphs', async () => {
    const tracked = docx([
      para('Opening.'),
      '<w:p><w:del w:id="1" w:author="Clerk"><w:r><w:delText>Mrs A Smith, 12 High Street</w:delText></w:r></w:del></w:p>',
      '<w:p><w:ins w:id="2" w:author="Clerk"><w:r><w:t>A resident</w:t></w:r></w:ins></w:p>',
    ]);
    expect(await found('report.docx', tracked)).toEqual([
      'tracked changes not yet accepted (1 insertion, 1 deletion, in paragraphs 2 and 3), whose deleted words can still be read',
    ]);
    expect((await paperFindings('report.docx', tracked))[0].fix).toMatch(/^in Word: Review, Accept all changes/);
  });

  it('are refused with hidden text, comments or embedded objects', async () => {
    const hidden = docx([
      para('Seen.'),
      '<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>Date of birth 1 May 1950</w:t></w:r></w:p>',
    ]);
    expect(await found('a.docx', hidden)).toEqual(['hidden text (in paragraph 2), which anyone can show again']);
    const switchedOff = docx(['<w:p><w:r><w:rPr><w:vanish w:val="false"/></w:rPr><w:t>Shown</w:t></w:r></w:p>']);
    expect(await found('a.docx', switchedOff)).toEqual([]);
    expect(await found('a.docx', docx([para('x')], { comments: ['Is this the right family?', 'Yes'] }))).toEqual([
      '2 comments',
    ]);
    expect(await found('a.docx', docx([para('x')], { embeddings: ['Microsoft_Excel_Worksheet.xlsx'] }))).toEqual([
      '1 embedded object (Microsoft_Excel_Worksheet.xlsx), a file inside the file',
    ]);
  });
});

describe('Excel papers', () => {
  const data = `<sheetData>${row(1, [
    ['A', 1],
    ['B', 2],
  ])}</sheetData>`;

  it('pass when every sheet, row and column that holds a value is visible', async () => {
    const clean = xlsx([{ name: 'Budget', xml: `<cols><col min="3" max="3" hidden="1"/></cols>${data}` }]);
    expect(paperTypeProblem('budget.xlsx', clean)).toBeUndefined();
    expect(await found('budget.xlsx', clean)).toEqual([]);
  });

  it('are refused with hidden and very hidden sheets, naming them', async () => {
    const book = xlsx([
      { name: 'Budget', xml: data },
      { name: 'Client list', state: 'hidden', xml: data },
      { name: 'Workings', state: 'veryHidden', xml: data },
    ]);
    expect(await found('budget.xlsx', book)).toEqual([
      'a hidden sheet "Client list"',
      'a very hidden sheet (which Excel does not even list under Unhide) "Workings"',
    ]);
    expect((await paperFindings('budget.xlsx', book))[0].fix).toMatch(/unhide the sheet "Client list" and delete it/);
  });

  it('are refused with hidden rows or columns that hold values, naming the sheet and where', async () => {
    const rows = xlsx([
      { name: 'Budget', xml: `<sheetData>${row(1, [['A', 1]])}${row(4, [['A', 9]], ' hidden="1"')}</sheetData>` },
    ]);
    expect(await found('b.xlsx', rows)).toEqual(['hidden rows holding values on sheet "Budget" (row 4)']);
    const cols = xlsx([{ name: 'Budget', xml: `<cols><col min="2" max="2" hidden="1"/></cols>${data}` }]);
    expect(await found('b.xlsm', cols)).toEqual(['hidden columns holding values on sheet "Budget" (column B)']);
    const empty = xlsx([
      { name: 'Budget', xml: `<sheetData>${row(1, [['A', 1]])}<row r="2" hidden="1"/></sheetData>` },
    ]);
    expect(await found('b.xlsx', empty)).toEqual([]);
  });

  it('are refused with comments and notes, or links to other workbooks', async () => {
    expect(await found('b.xlsx', xlsx([{ name: 'S', xml: data }], { comments: true }))).toEqual([
      'cell comments or notes',
    ]);
    expect(await found('b.xlsx', xlsx([{ name: 'S', xml: data }], { externalLinks: 2 }))).toEqual([
      '2 links to another workbook, which names where that workbook is kept and may hold a copy of its values',
    ]);
  });
});

describe('validate and build', () => {
  /** The minimal fixture with its agenda pack replaced by `paper`, named `name`. */
  const withPaper = (name: string, paper: Uint8Array) => {
    const root = join(mkdtempSync(join(tmpdir(), 'papers-')), 'root');
    cpSync(join(import.meta.dirname, '..', 'fixtures', 'minimal'), root, { recursive: true });
    writeFileSync(join(root, 'documents', '2023-05-10', name), paper);
    for (const f of ['meetings/2023-05-10-test-board.md', 'decisions/2023/jcb-2023-002.md']) {
      const path = join(root, f);
      writeFileSync(path, readFileSync(path, 'utf8').replaceAll('agenda-pack.pdf', name));
    }
    return root;
  };

  it('refuse a published paper with a finding, naming the file, what was found and how to fix it', async () => {
    const root = withPaper(
      'pack.xlsx',
      xlsx([
        { name: 'Budget', xml: '' },
        { name: 'CANARY-hidden-sheet', state: 'hidden', xml: '' },
      ]),
    );
    const { content, problems } = await loadContentRoot(root, '2024-06-10');
    expect(content).toBeUndefined();
    expect(problems).toEqual([
      {
        file: 'documents/2023-05-10/pack.xlsx',
        field: '',
        found: 'a hidden sheet "CANARY-hidden-sheet"',
        expected: expect.stringMatching(
          /^a paper that carries nothing its reader cannot see and no personal identifiers: in Excel: unhide the sheet/,
        ),
      },
    ]);
  });

  it('publish a clean Word paper', async () => {
    const root = withPaper('pack.docx', docx([para('Agenda pack')]));
    expect((await loadContentRoot(root, '2024-06-10')).problems).toEqual([]);
  });
});

describe('OpenDocument papers', () => {
  const p = (t: string) => `<text:p>${t}</text:p>`;
  it('pass when they hold only what the reader sees', async () => {
    const text = odf('text', p('The board approved the plan.'));
    expect(paperTypeProblem('report.odt', text)).toBeUndefined();
    expect(await found('report.odt', text)).toEqual([]);
    const sheet = odf(
      'spreadsheet',
      '<table:table table:name="Budget"><table:table-row><table:table-cell office:value-type="float" office:value="1"/></table:table-row></table:table>',
    );
    expect(paperTypeProblem('budget.ods', sheet)).toBeUndefined();
    expect(await found('budget.ods', sheet)).toEqual([]);
  });

  it('are refused with tracked changes, comments, hidden text or embedded objects', async () => {
    const tracked = odf(
      'text',
      `<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><office:change-info><dc:creator>Clerk</dc:creator></office:change-info>${p('Mrs A Smith')}</text:deletion></text:changed-region></text:tracked-changes>${p('A resident')}`,
    );
    expect(await found('a.odt', tracked)).toEqual([
      'tracked changes not yet accepted (1 deletion), whose deleted words can still be read',
    ]);
    expect(
      await found(
        'a.odt',
        odf('text', `<text:p>Seen<office:annotation>${p('Check the name')}</office:annotation></text:p>`),
      ),
    ).toEqual(['1 comment']);
    expect(
      await found(
        'a.odt',
        odf('text', `${p('Seen')}<text:section text:name="S" text:display="none">${p('Hidden')}</text:section>`),
      ),
    ).toEqual(['hidden text (1 hidden section), which anyone can show again']);
    expect(await found('a.odt', odf('text', p('x'), { objects: 1 }))).toEqual([
      '1 embedded object, a file inside the file',
    ]);
  });

  it('are refused with hidden sheets, or hidden rows and columns that hold values', async () => {
    const styles =
      '<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>';
    const cell = '<table:table-cell office:value-type="float" office:value="9"/>';
    const book = odf(
      'spreadsheet',
      `<table:table table:name="Budget"><table:table-row>${cell}</table:table-row></table:table><table:table table:name="CANARY clients" table:style-name="ta2"><table:table-row>${cell}</table:table-row></table:table>`,
      { styles },
    );
    expect(await found('b.ods', book)).toEqual(['a hidden sheet "CANARY clients"']);
    const rows = odf(
      'spreadsheet',
      `<table:table table:name="Budget"><table:table-row>${cell}</table:table-row><table:table-row table:visibility="collapse">${cell}</table:table-row></table:table>`,
    );
    expect(await found('b.ods', rows)).toEqual(['hidden rows holding values on sheet "Budget" (1 row)']);
    const cols = odf(
      'spreadsheet',
      `<table:table table:name="Budget"><table:table-column/><table:table-column table:visibility="collapse"/><table:table-row>${cell}${cell}</table:table-row></table:table>`,
    );
    expect(await found('b.ods', cols)).toEqual(['hidden columns holding values on sheet "Budget"']);
    const emptyCol = odf(
      'spreadsheet',
      `<table:table table:name="Budget"><table:table-column/><table:table-column table:visibility="collapse"/><table:table-row>${cell}<table:table-cell/></table:table-row></table:table>`,
    );
    expect(await found('b.ods', emptyCol)).toEqual([]);
  });
});

describe('personal identifiers in what a paper shows', () => {
  it('knows an NHS number by its check digit', () => {
    expect(isNhsNumber('9434765919')).toBe(true);
    expect(isNhsNumber('9434765918')).toBe(false);
    expect(isNhsNumber('1111111111')).toBe(false);
  });

  it('finds NHS and National Insurance numbers, written as people write them, and nothing else', () => {
    expect(personalIdentifiers('NHS no. 943 476 5919, NI AB 12 34 56 C.')).toEqual([
      { kind: 'NHS number', ending: '5919' },
      { kind: 'National Insurance number', ending: '456C' },
    ]);
    expect(
      personalIdentifiers('Call 023 8083 2000, budget 1,234,567,890, ref 943-476-5918, BG123456A, QQ123456C.'),
    ).toEqual([]);
  });

  it('refuses them in Word, Excel, OpenDocument, CSV and text papers, saying where, not repeating the number', async () => {
    expect(await found('a.docx', docx([para('Fine.'), para('Patient 943 476 5919 was moved.')]))).toEqual([
      'an NHS number (ending 5919, in paragraph 2)',
    ]);
    const book = xlsx([
      {
        name: 'Clients',
        xml: '<sheetData><row r="2"><c r="B2" t="inlineStr"><is><t>AB123456C</t></is></c></row></sheetData>',
      },
    ]);
    expect(await found('a.xlsx', book)).toEqual([
      'a National Insurance number (ending 456C, in sheet "Clients", cell B2)',
    ]);
    expect(
      await found(
        'a.ods',
        odf(
          'spreadsheet',
          '<table:table table:name="S"><table:table-row><table:table-cell><text:p>9434765919</text:p></table:table-cell></table:table-row></table:table>',
        ),
      ),
    ).toEqual(['an NHS number (ending 5919, in paragraph 1)']);
    expect(await found('a.csv', new TextEncoder().encode('name,nhs\nA,9434765919\nB,4010232137\n'))).toEqual([
      '2 NHS numbers (ending 5919, in line 2; ending 2137, in line 3)',
    ]);
    expect(await found('a.txt', new TextEncoder().encode('Nothing personal here: 023 8083 2000.'))).toEqual([]);
  });

  it('reads headers, footers and footnotes too', async () => {
    const paper = docx([para('Body.')], {
      parts: {
        'header1.xml': '<w:p><w:del w:id="1"><w:r><w:delText>Draft for Mrs Smith</w:delText></w:r></w:del></w:p>',
        'footnotes.xml': `<w:footnote w:id="1">${para('Patient 943 476 5919.')}</w:footnote>`,
      },
    });
    expect(await found('a.docx', paper)).toEqual([
      'tracked changes not yet accepted (1 deletion, in the header), whose deleted words can still be read',
      'an NHS number (ending 5919, in the footnotes)',
    ]);
  });

  it('does not read what a tracked deletion or hidden text holds as visible text', async () => {
    const deleted = docx(['<w:p><w:del w:id="1"><w:r><w:delText>943 476 5919</w:delText></w:r></w:del></w:p>']);
    expect((await visibleText('a.docx', deleted)).map((p) => p.text.trim())).toEqual(['']);
  });
});
