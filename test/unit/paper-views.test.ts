// A paper's page: its address, and its text grouped as the paper is.
import { describe, expect, it } from 'vitest';
import { paperSections } from '../../src/publication/views.ts';
import { paperPath, urls } from '../../src/publication/urls.ts';

describe('a paper’s page', () => {
  it('is at papers/ with the dot before the extension a hyphen, so two papers never share one', () => {
    expect(paperPath('documents/2026-11-12/report.pdf')).toBe('2026-11-12/report-pdf');
    expect(paperPath('documents/2026-11-12/report.docx')).toBe('2026-11-12/report-docx');
    expect(paperPath('documents/a.b.pdf')).not.toBe(paperPath('documents/a-b.pdf'));
    expect(urls('/jcb/').paper('documents/2026/Budget 1.xlsx')).toBe('/jcb/papers/2026/Budget%201-xlsx/');
  });

  it('shows a PDF page by page, a spreadsheet sheet by sheet and other papers paragraph by paragraph', () => {
    expect(
      paperSections([
        { where: 'page 1', text: 'Title\nFirst line' },
        { where: 'page 2', text: 'Second page' },
      ]),
    ).toEqual([
      { heading: 'Page 1', paragraphs: ['Title', 'First line'] },
      { heading: 'Page 2', paragraphs: ['Second page'] },
    ]);
    expect(
      paperSections([
        { where: 'sheet "Budget", cell A1', text: 'Scheme' },
        { where: 'sheet "Budget", cell B1', text: '120000' },
        { where: 'sheet "Notes", cell A1', text: 'Figures in pounds' },
      ]),
    ).toEqual([
      { heading: 'Sheet: Budget', paragraphs: ['A1: Scheme', 'B1: 120000'] },
      { heading: 'Sheet: Notes', paragraphs: ['A1: Figures in pounds'] },
    ]);
    expect(
      paperSections([
        { where: 'paragraph 1', text: 'One' },
        { where: 'paragraph 2', text: ' ' },
        { where: 'paragraph 3', text: '<b>Two</b>' },
      ]),
    ).toEqual([{ heading: undefined, paragraphs: ['One', '<b>Two</b>'] }]);
  });
});
