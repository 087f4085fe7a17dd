import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  civilFromUk,
  decodeEntities,
  flag,
  parseAnswer,
  text,
  timeOfDay,
  NotModernGov,
} from '../../src/import/moderngov/xml.ts';
import { htmlToMarkdown } from '../../src/import/moderngov/html.ts';
import { councillors, itemNumber, outcomeOf, paragraphOf, personId, slug } from '../../src/import/moderngov/map.ts';
import { readHeader, render } from '../../src/import/moderngov/render.ts';

const recorded = join(import.meta.dirname, '..', 'fixtures', 'moderngov', 'recorded');

describe('ModernGov XML', () => {
  it('reads dd/mm/yyyy dates and the times the source writes', () => {
    expect(civilFromUk('10/02/2026')).toBe('2026-02-10');
    expect(civilFromUk('10/03/2026 10:30')).toBe('2026-03-10');
    expect(civilFromUk('unspecified')).toBeUndefined();
    expect(civilFromUk('31/02/2026')).toBeUndefined();
    expect(timeOfDay('10.00 am')).toBe('10:00');
    expect(timeOfDay('2.30pm')).toBe('14:30');
    expect(timeOfDay('12.15 pm')).toBe('12:15');
    expect(timeOfDay('10/03/2026 10:30')).toBe('10:30');
    expect(timeOfDay('')).toBeUndefined();
  });

  it('decodes entities escaped twice and reads True/False', () => {
    const root = parseAnswer(readFileSync(join(recorded, 'GetCommittees.xml'), 'utf8'), 'committees', 'GetCommittees');
    const [c] = (root.committee as Record<string, unknown>[]).slice(0, 1);
    expect(text(c, 'committeetitle')).toBe('Health & Wellbeing Board');
    expect(flag(c, 'committeeexpired')).toBe(false);
    expect(decodeEntities('Chair&#39;s')).toBe("Chair's");
  });

  it('refuses an answer that is not ModernGov XML', () => {
    expect(() =>
      parseAnswer('<!DOCTYPE html><html><body>Blocked</body></html>', 'committees', 'GetCommittees'),
    ).toThrow(NotModernGov);
    expect(() => parseAnswer('<other/>', 'committees', 'GetCommittees')).toThrow(/found <other> where a ModernGov/);
  });
});

describe('ModernGov mapping', () => {
  it('turns raw HTML into Markdown without scripts or styles', () => {
    const md = htmlToMarkdown(
      '<p>One <b>two</b></p><script>bad()</script><style>p{}</style><a href="javascript:x">link</a>',
    );
    expect(md).toBe('One **two**\n\nlink');
  });

  it('reads item numbers, Schedule 12A paragraphs and outcomes', () => {
    expect(itemNumber('3.')).toBe(3);
    expect(itemNumber('3(a)')).toBe('3a');
    expect(itemNumber('PART B')).toBeUndefined();
    expect(paragraphOf('Paragraph 3')).toBe(3);
    expect(paragraphOf('Exempt under paragraph 3 of Part 1 of Schedule 12A')).toBe(3);
    expect(paragraphOf('Confidential')).toBeUndefined();
    expect(outcomeOf('RESOLVED that the plan be approved')).toBe('approved');
    expect(outcomeOf('The Board noted the report.')).toBe('noted');
    expect(outcomeOf('The application was refused.')).toBe('rejected');
  });

  it('makes ids of letters, digits and hyphens', () => {
    expect(slug('Health &amp; Wellbeing Board'.replace('&amp;', '&'))).toBe('health-and-wellbeing-board');
    expect(personId("Councillor Ann O'Hara", '205', new Set())).toBe('cllr-ann-o-hara');
    expect(personId('Councillor Ann Hara', '9', new Set(['cllr-ann-hara']))).toBe('cllr-ann-hara-9');
  });

  it('takes name, party, ward and posts from the councillor feed, never addresses or phones', () => {
    const root = parseAnswer(
      readFileSync(join(recorded, 'GetCouncillorsByWard.xml'), 'utf8'),
      'councillorsbyward',
      'x',
    );
    const people = councillors(root);
    expect(people).toEqual([
      {
        memberId: '192',
        name: 'Councillor Basil Curley',
        party: 'Labour',
        ward: 'Charlestown',
        title: 'Chair of the Health & Wellbeing Board',
      },
      {
        memberId: '205',
        name: "Councillor Ann O'Hara",
        party: 'Liberal Democrats',
        ward: 'Didsbury West',
        title: undefined,
      },
    ]);
    expect(JSON.stringify(people)).not.toMatch(/CANARY|canary/);
  });

  it('renders the same bytes for the same entry, with a header naming the source', () => {
    const e = {
      collection: 'people' as const,
      id: 'cllr-a',
      file: 'people/cllr-a.yaml',
      data: { name: 'Councillor A' },
      source: {},
    };
    const a = render('https://democracy.example.gov.uk', e);
    expect(a).toBe(render('https://democracy.example.gov.uk', e));
    expect(readHeader(a)?.site).toBe('https://democracy.example.gov.uk');
    expect(readHeader('name: Someone\n')).toBeUndefined();
    const m = render('https://x.example', {
      ...e,
      collection: 'meetings',
      file: 'meetings/m.md',
      body: 'Text',
      source: { committee: '1', meeting: '2', date: '2026-01-01' },
    });
    expect(readHeader(m)).toEqual({ site: 'https://x.example', committee: '1', meeting: '2', date: '2026-01-01' });
  });
});
