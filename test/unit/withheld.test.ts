// The second lock on the door: withheld text is recognised in any output format, and public
// wording is not mistaken for it.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { checkContentRoot } from '../../src/publication/load.ts';
import type { Content } from '../../src/domain/content.ts';
import {
  outputViews,
  withheldFinder,
  withheldTexts,
  words,
  type WithheldText,
} from '../../src/publication/withheld.ts';

const canary = checkContentRoot(join(import.meta.dirname, '..', 'fixtures', 'canary'), '2024-06-10').content as Content;

describe('withheldTexts on the canary fixture', () => {
  const { withheld, public: pub } = withheldTexts(canary, '2024-06-10');
  const where = withheld.map((w) => `${w.file} ${w.field}`);

  it('holds exempt bodies, exempt items, and every field and body of drafts and embargoed entries', () => {
    expect(where).toEqual(
      expect.arrayContaining([
        'decisions/2024/jcb-2024-001.md body',
        'meetings/2024-05-15-test-board.md agenda.1.summary',
        'meetings/2024-05-15-test-board.md agenda.1.minute',
        'decisions/2024/jcb-2024-002.md title',
        'decisions/2024/jcb-2024-002.md documents.0.title',
        'decisions/2024/jcb-2024-002.md body',
        'decisions/2024/jcb-2024-003.md body',
        'decisions/2024/jcb-2024-005.md title',
        'forward-plan/fp-2024-099.md body',
        'meetings/2024-07-10-test-board.md venue',
        'meetings/2024-07-10-test-board.md agenda.0.summary',
      ]),
    );
    expect(pub.filter((t) => t.includes('CANARY-'))).toEqual([]);
  });

  it('treats the public parts of exempt entries, and the entry embargoed until the build date, as public', () => {
    for (const marker of [
      'PUBLIC-EXEMPT-TITLE',
      'PUBLIC-EXEMPT-SUMMARY',
      'PUBLIC-EXEMPT-ITEM',
      'PUBLIC-EXEMPT-DOC-TITLE',
      'PUBLIC-EMBARGO-TODAY',
      'PUBLIC-MEETING-BODY',
    ]) {
      expect(
        pub.some((t) => t.includes(marker)),
        marker,
      ).toBe(true);
    }
    expect(where.some((w) => w.startsWith('decisions/2024/jcb-2024-004.md'))).toBe(false);
  });

  it('withholds the entry embargoed until tomorrow only until then', () => {
    const tomorrow = withheldTexts(canary, '2024-06-11').withheld.map((w) => w.file);
    expect(tomorrow).not.toContain('decisions/2024/jcb-2024-005.md');
  });
});

// A small seeded generator, so a failure can be repeated.
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(next: () => number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyzéü';
  const word = () =>
    Array.from({ length: 3 + Math.floor(next() * 7) }, () => letters[Math.floor(next() * letters.length)]).join('');
  const joins = [' ', ', ', ' & ', "'", ' "', '" ', ' – ', '; ', ' < ', ' > '];
  const n = 8 + Math.floor(next() * 10);
  return (
    Array.from(
      { length: n },
      (_, i) => (i ? joins[Math.floor(next() * joins.length)] : '') + (next() < 0.2 ? word().toUpperCase() : word()),
    ).join('') + '.'
  );
}

function html(text: string, next: () => number): string {
  const entities: Record<string, string[]> = {
    '&': ['&amp;', '&#38;'],
    '<': ['&lt;', '&#60;'],
    '>': ['&gt;', '&#x3e;'],
    '"': ['&quot;', '&#34;'],
    "'": ['&#39;', '&apos;', '&#x27;'],
    '–': ['&ndash;', '&#8211;'],
    é: ['é', '&#233;', '&#xe9;'],
    ' ': [' ', ' ', '&nbsp;', '\n  '],
  };
  const escaped = [...text]
    .map((c) => (entities[c] ? entities[c][Math.floor(next() * entities[c].length)] : c))
    .join('');
  // Inline markup around a word, as Markdown emphasis would render it.
  return `<main><h1>Item</h1><p>${escaped.replace(/(\s)([a-zé]{3,})/i, '$1<strong>$2</strong>')}</p></main>`;
}

function ics(text: string): string {
  const escaped = text.replace(/\\/g, '\\\\').replace(/[,;]/g, (c) => `\\${c}`);
  const line = `DESCRIPTION:${escaped}`;
  const folded = line.match(/.{1,40}/gu)!.join('\r\n ');
  return `BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Meeting\r\n${folded}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`;
}

function fragment(text: string): Uint8Array {
  const json = JSON.stringify({
    url: '/board/meetings/x/',
    content: `Agenda. ${text}`,
    meta: { title: 'A meeting' },
  }).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return gzipSync(Buffer.from(`pagefind_dcd${json}`));
}

// An RSS description holds the page's HTML escaped once more.
const feed = (page: string) =>
  `<rss><channel><item><description>${page.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</description></item></channel></rss>`;

const outputs = (text: string, next: () => number): [string, Uint8Array][] => [
  ['meetings/x/index.html', Buffer.from(html(text, next))],
  ['feeds/meetings.xml', Buffer.from(feed(html(text, next)))],
  ['meetings/x/meeting.ics', Buffer.from(ics(text))],
  ['pagefind/fragment/en_1.pf_fragment', fragment(text)],
];

describe('withheldFinder', () => {
  it('finds a withheld sentence in HTML with entities, a feed, a folded ICS line and a gzipped Pagefind fragment, and no public sentence', () => {
    const next = random(20240610);
    for (let round = 0; round < 50; round++) {
      const secret = sentence(next);
      const open = sentence(next);
      const withheld: WithheldText[] = [{ file: 'decisions/jcb-1.md', field: 'body', text: secret }];
      const find = withheldFinder(withheld, [open]);
      for (const [path, bytes] of outputs(secret, next)) {
        expect(find(path, outputViews(path, bytes)), `${path} with ${JSON.stringify(secret)}`).toEqual([
          { file: 'decisions/jcb-1.md', field: 'body', output: path },
        ]);
      }
      for (const [path, bytes] of outputs(open, next))
        expect(find(path, outputViews(path, bytes)), `${path} with ${JSON.stringify(open)}`).toEqual([]);
    }
  });

  it('finds a run of a long withheld text, not only the whole of it', () => {
    const body =
      'The contract was awarded to Bidder C at 48,000 pounds a year because Bidder C offered the lowest price and the best plan for carers.';
    const find = withheldFinder([{ file: 'd.md', field: 'body', text: body }], []);
    expect(
      find(
        'a.html',
        outputViews('a.html', Buffer.from('<p>… because Bidder C offered the lowest price and the best …</p>')),
      ),
    ).toHaveLength(1);
    expect(find('a.html', outputViews('a.html', Buffer.from('<p>Bidder C offered the lowest price.</p>')))).toEqual([]);
  });

  it('drops wording the withheld text shares with public content', () => {
    const find = withheldFinder(
      [
        { file: 'm.md', field: 'agenda.2.minute', text: 'RESOLVED that the minutes be approved.' },
        { file: 'd.md', field: 'body', text: 'Award of the carers support contract to Bidder C for three years.' },
      ],
      ['RESOLVED that the minutes be approved.', 'Award of the carers support contract'],
    );
    const page = Buffer.from(
      '<h2>Award of the carers support contract</h2><p>RESOLVED that the minutes be approved.</p>',
    );
    expect(find('m/index.html', outputViews('m/index.html', page))).toEqual([]);
    expect(
      find(
        'd/index.html',
        outputViews('d/index.html', Buffer.from('<p>support contract to Bidder C for three years</p>')),
      ),
    ).toEqual([{ file: 'd.md', field: 'body', output: 'd/index.html' }]);
  });

  it('ignores withheld fields shorter than four words', () => {
    const find = withheldFinder([{ file: 'd.md', field: 'body', text: 'Reasons. None.' }], []);
    expect(find('a.html', outputViews('a.html', Buffer.from('<p>Reasons. None.</p>')))).toEqual([]);
  });

  it('looks in attribute values as well as text', () => {
    const find = withheldFinder([{ file: 'd.md', field: 'title', text: 'Closure of the day centre' }], []);
    expect(
      find(
        'a.html',
        outputViews('a.html', Buffer.from('<meta name="description" content="Closure of the day centre">')),
      ),
    ).toHaveLength(1);
  });
});

describe('words', () => {
  it('lower-cases and splits on anything but letters and digits', () =>
    expect(words('O’Brien & Sons: £48,000 (Café)')).toEqual(['o', 'brien', 'sons', '48', '000', 'café']));
});

describe('outputViews on bytes that only look compressed', () => {
  it('reads a broken gzip stream as it is rather than crashing', () => {
    expect(() =>
      outputViews('documents/a.pdf', Buffer.from([0x1f, 0x8b, 0x20, ...Buffer.from('%PDF-1.4 text')])),
    ).not.toThrow();
  });
});
