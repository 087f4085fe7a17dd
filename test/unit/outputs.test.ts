// Small pure pieces of the structured data, search index and open data (feeds: feeds.test.ts).
import { describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { withOffset } from '../../src/domain/local-time.ts';
import { separateCells } from '../../src/integrations/pagefind.ts';
import { toCsv } from '../../src/publication/data-files.ts';
import { csvCell, csvText, fundYearCsv } from '../../src/publication/open-data.ts';
import type { PublicFund, PublicFundYear, PublicModel } from '../../src/publication/model.ts';

describe('schema.org times', () => {
  it('carry the London offset of the day', () => {
    expect(withOffset('2024-07-18T14:00')).toBe('2024-07-18T14:00:00+01:00');
    expect(withOffset('2024-03-14T14:00')).toBe('2024-03-14T14:00:00+00:00');
  });
});

describe('the search index', () => {
  it('sees adjacent table cells as separate words', () => {
    expect(separateCells('<tr><th>Member</th><th>Role</th></tr><tr><td>a</td><td>b</td></tr>')).toBe(
      '<tr><th>Member</th> <th>Role</th></tr><tr><td>a</td> <td>b</td></tr>',
    );
  });
});

describe('CSV', () => {
  it('quotes commas, quotes and line breaks (RFC 4180) and joins lists with "; "', () => {
    const record = {
      id: 'fp-1',
      reference: 'KD 2024/1',
      url: 'https://example.org/fp-1/',
      title: 'Carers, "respite"\nand more',
      kind: 'key-decision',
      decisionMaker: 'board',
      published: '2024-01-01',
      expected: '2024-03-01',
      expectedTo: null,
      status: 'planned',
      decision: null,
      meeting: null,
      private: { paragraphs: [1, 3] },
      notice: { published: '2024-01-01', clearDays: 59, required: 28, count: 'calendar', met: true },
      revisions: [{ date: '2024-01-05', change: 'Moved' }],
      documents: [
        { title: 'Report', url: 'https://example.org/documents/report.pdf', type: 'PDF', bytes: 10 },
        { title: 'Report of the Director of Commissioning', url: null },
        { title: 'Prices', withheld: [3] },
      ],
      documentsFrom: 'Democratic Services, Town Hall',
      otherDocuments: 'Write to Democratic Services.',
    };
    const text = toCsv('forward-plan.json', [record]);
    expect(text.split('\r\n')[0]).toBe(
      'id,reference,url,title,kind,decisionMaker,published,expected,expectedTo,status,decision,meeting,private.paragraphs,notice.published,notice.clearDays,notice.required,notice.count,notice.met,revisions,documents,documentsFrom,otherDocuments',
    );
    const [row] = parseCsv(text, { columns: true });
    expect(row).toMatchObject({
      reference: 'KD 2024/1',
      title: 'Carers, "respite"\nand more',
      'private.paragraphs': '1; 3',
      'notice.met': 'true',
      expectedTo: '',
      revisions: '2024-01-05: Moved',
      documents:
        'Report <https://example.org/documents/report.pdf>; Report of the Director of Commissioning (not yet published); Prices (withheld)',
    });
  });
});

describe('CSV cells a spreadsheet could run', () => {
  it('prefix text that starts like a formula with a single quote', () => {
    for (const text of [
      '=HYPERLINK("https://evil.example/","Click")',
      '+44 20 7946 0000',
      '-Reablement',
      '@SUM(A1:A2)',
      '\tTabbed',
      '\rReturn',
      '\u0000Null',
    ]) {
      expect(csvCell(text), JSON.stringify(text)).toBe(`'${text}`);
    }
  });

  it('leave other text, and numbers held as numbers, as they are', () => {
    expect(csvCell('Carers support')).toBe('Carers support');
    expect(csvCell(' =not at the start')).toBe(' =not at the start');
    expect(csvCell("'quoted already")).toBe("'quoted already");
    expect(csvCell(-1200)).toBe('-1200');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(375000)).toBe('375000');
  });

  it('treat text that looks like a negative number as text', () => {
    expect(csvCell('-1200')).toBe("'-1200");
  });

  it('survive CSV quoting: a parsed cell starts with the quote, and numbers parse as numbers', () => {
    const [row] = parseCsv(csvText([['=1+2, "x"', -42, '\t']]), { cast: true });
    expect(row).toEqual(['\'=1+2, "x"', -42, "'\t"]);
  });

  it('are neutralised in the open data CSVs, while a negative amount stays a number', () => {
    const record = {
      id: 'fp-1',
      url: 'https://example.org/fp-1/',
      title: '=HYPERLINK("https://evil.example/")',
      kind: 'key-decision',
      decisionMaker: 'board',
      published: '2024-01-01',
      expected: '2024-03-01',
      expectedTo: null,
      status: 'planned',
      decision: null,
      meeting: null,
      private: null,
      notice: { published: '2024-01-01', clearDays: -3, required: 28, count: 'calendar', met: false },
      revisions: [{ date: '2024-01-05', change: 'Moved' }],
    };
    const [row]: Record<string, string>[] = parseCsv(toCsv('forward-plan.json', [record]), { columns: true });
    expect(row.title).toBe(`'${record.title}`);
    expect(row['notice.clearDays']).toBe('-3');
  });

  it('are neutralised in a budget table download, while underspends stay numbers', () => {
    const line = (scheme: string, council: number, budget: number, outturn: number) => ({
      scheme,
      slug: scheme,
      kind: 'pooled',
      contributions: { council },
      total: council,
      budget,
      outturn,
      variance: { amount: outturn - budget },
    });
    const year = {
      table: {
        partners: ['council'],
        schemes: [line('+Falls service', 1000, 1000, 900), line('@Contingency', -200, -200, -200)],
        hasOutturn: true,
      },
    } as unknown as PublicFundYear;
    const rows = parseCsv(fundYearCsv({} as PublicModel, {} as PublicFund, year), { columns: true });
    expect(rows).toEqual([
      {
        scheme: "'+Falls service",
        kind: 'pooled',
        council: '1000',
        total: '1000',
        budget: '1000',
        outturn: '900',
        variance: '-100',
      },
      {
        scheme: "'@Contingency",
        kind: 'pooled',
        council: '-200',
        total: '-200',
        budget: '-200',
        outturn: '-200',
        variance: '0',
      },
    ]);
  });
});
