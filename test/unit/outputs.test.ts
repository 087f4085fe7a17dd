// Small pure pieces of the feeds, calendars, search index and open data.
import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import { meetingPublished, rfc822, rss, type Feed } from '../../src/publication/feeds.ts';
import { withOffset } from '../../src/domain/local-time.ts';
import { separateCells } from '../../src/integrations/pagefind.ts';
import { toCsv } from '../../src/publication/data-files.ts';
import { csvCell, csvText, fundYearCsv } from '../../src/publication/open-data.ts';
import type { PublicFund, PublicFundYear, PublicModel } from '../../src/publication/model.ts';

describe('feed dates', () => {
  it('write the start of a civil date in London, in winter and in summer time', () => {
    expect(rfc822('2026-11-13')).toBe('Fri, 13 Nov 2026 00:00:00 +0000');
    expect(rfc822('2024-07-05')).toBe('Fri, 05 Jul 2024 00:00:00 +0100');
    expect(new Date(rfc822('2024-07-05')).toISOString()).toBe('2024-07-04T23:00:00.000Z');
  });

  it('date a meeting by its agenda, or by its day, never after the build date', () => {
    expect(meetingPublished({ agendaPublished: '2026-11-04', date: '2026-11-12' }, '2026-11-22')).toBe('2026-11-04');
    expect(meetingPublished({ date: '2020-03-26' }, '2026-11-22')).toBe('2020-03-26');
    expect(meetingPublished({ date: '2027-02-11' }, '2026-11-22')).toBe('2026-11-22');
  });
});

describe('an RSS feed', () => {
  it('escapes titles and drops characters XML forbids', () => {
    const m = {
      site: { title: 'A & B <Board>', url: 'https://example.org/x/', base: '/x/' },
    } as unknown as PublicModel;
    const feed: Feed = {
      name: 'decisions',
      title: 'A & B <Board>: decisions',
      description: 'd',
      href: '/x/decisions/',
      items: [
        {
          id: 'a-1',
          title: 'Fish & chips "<b>" \u0001',
          href: '/x/decisions/a-1/',
          published: '2024-01-02',
          description: "It's < 5",
          category: 'Decision',
        },
      ],
    };
    const xml = rss(m, feed);
    expect(XMLValidator.validate(xml)).toBe(true);
    const item = new XMLParser({ ignoreAttributes: false }).parse(xml).rss.channel.item;
    expect(item.title).toBe('Fish & chips "<b>"');
    expect(xml).toContain('<title>Fish &amp; chips &quot;&lt;b&gt;&quot; </title>');
    expect(item.link).toBe('https://example.org/x/decisions/a-1/');
  });
});

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
    };
    const text = toCsv('forward-plan.json', [record]);
    expect(text.split('\r\n')[0]).toBe(
      'id,url,title,kind,decisionMaker,published,expected,expectedTo,status,decision,meeting,private.paragraphs,notice.published,notice.clearDays,notice.required,notice.count,notice.met,revisions',
    );
    const [row] = parseCsv(text, { columns: true });
    expect(row).toMatchObject({
      title: 'Carers, "respite"\nand more',
      'private.paragraphs': '1; 3',
      'notice.met': 'true',
      expectedTo: '',
      revisions: '2024-01-05: Moved',
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
