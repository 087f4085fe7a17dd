import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  civilFromUk,
  decodeEntities,
  attr,
  flag,
  flagValue,
  list,
  parseAnswer,
  rawText,
  text,
  timeOfDay,
  NotModernGov,
} from '../../src/import/moderngov/xml.ts';
import { htmlToMarkdown, plainMarkdown, plainText } from '../../src/import/moderngov/html.ts';
import {
  attendanceOf,
  councillors,
  itemNumber,
  outcomeOf,
  paragraphOf,
  paragraphsOf,
  personId,
  slug,
} from '../../src/import/moderngov/map.ts';
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

  it('reads the times clerks write, and nothing else', () => {
    const times: [string, string | undefined][] = [
      ['12.00 noon', '12:00'],
      ['12 noon', '12:00'],
      ['noon', '12:00'],
      ['10.00 a.m', '10:00'],
      ['1.30 p.m', '13:30'],
      ['19:00 hrs', '19:00'],
      ['19.00hrs', '19:00'],
      ['6.30 pm - 8.30 pm', '18:30'],
      ['6.30 - 8.30 pm', '18:30'],
      ['10.00 am – 12 noon', '10:00'],
      ['10.00am', '10:00'],
      ['2.00 p.m.', '14:00'],
      ['14:00', '14:00'],
      ['10:00:00', '10:00'],
      ['7pm', '19:00'],
      ['10/03/2026 10:30', '10:30'],
      ['To be confirmed', undefined],
      ['7', undefined],
      ['13.00 pm', undefined],
      ['11 noon', undefined],
      ['25:00', undefined],
    ];
    expect(times.map(([t]) => [t, timeOfDay(t)])).toEqual(times);
  });

  it('reads element and attribute names in any case', () => {
    const root = parseAnswer(
      '<GetMeeting><Meeting><MeetingID>7</MeetingID><AgendaItems><AgendaItem><IsRestricted>True</IsRestricted>' +
        '<RestrictionsRef>Para 3</RestrictionsRef><AgendaText>&lt;p&gt;Hi&lt;/p&gt;</AgendaText></AgendaItem></AgendaItems>' +
        '<Attendees><Attendee Name="Cllr X" MemberID="4"/></Attendees></Meeting></GetMeeting>',
      'getmeeting',
      'GetMeeting',
    );
    const [m] = list(root, 'meeting');
    expect(text(m, 'meetingid')).toBe('7');
    const [item] = list(m, 'agendaItems', 'agendaItem');
    expect(flag(item, 'isrestricted')).toBe(true);
    expect(flag(item, 'IsRestricted')).toBe(true);
    expect(text(item, 'restrictionsRef')).toBe('Para 3');
    expect(rawText(item, 'agendatext')).toBe('<p>Hi</p>');
    const [at] = list(m, 'attendees', 'attendee');
    expect(attr(at, 'name')).toBe('Cllr X');
    expect(attr(at, 'memberid')).toBe('4');
  });

  it('reads flags written as True/False, 1/0 or yes/no, and says when a flag is missing or unreadable', () => {
    const node = { a: ' TRUE ', b: '0', c: 'Yes', d: 'no', e: 'false', f: '1', g: 'maybe', h: '' };
    expect(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'missing'].map((k) => flagValue(node, k))).toEqual([
      true,
      false,
      true,
      false,
      false,
      true,
      undefined,
      undefined,
      undefined,
    ]);
    expect(flag(node, 'f')).toBe(true);
    expect(flag(node, 'g', true)).toBe(true);
    expect(flag(node, 'missing')).toBe(false);
  });

  it('decodes every named entity of HTML once', () => {
    expect(decodeEntities('Caf&eacute;&nbsp;&rsquo;s &#x27;x&#39; &amp;lt;')).toBe("Café\u00a0’s 'x' &lt;");
    expect(decodeEntities('R&D and A&E; &notanentity;')).toBe('R&D and A&E; &notanentity;');
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

  it('keeps tables and struck-through text', () => {
    expect(
      htmlToMarkdown(
        '<table><tr><th>Scheme</th><th>£k</th></tr><tr><td>Falls</td><td><del>40</del> 45</td></tr></table>',
      ),
    ).toBe('| Scheme | £k        |\n| ------ | --------- |\n| Falls  | ~~40~~ 45 |');
    expect(htmlToMarkdown('<p><s>Old</s> and <strike>older</strike> text</p>')).toBe('~~Old~~ and ~~older~~ text');
  });

  it('drops link titles, hidden elements and Word markup, and reads entities escaped twice', () => {
    expect(htmlToMarkdown('<p><a href="https://x.example/a" title="Opens a new window">Report</a></p>')).toBe(
      '[Report](https://x.example/a)',
    );
    expect(
      htmlToMarkdown(
        '<p class="MsoNormal">Shown<o:p>&nbsp;</o:p></p><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml>' +
          '<p style="display: none">CANARY-HIDDEN-1</p><span style="mso-hide:all; visibility:hidden">CANARY-HIDDEN-2</span>' +
          '<div hidden>CANARY-HIDDEN-3</div>',
      ),
    ).toBe('Shown');
    expect(htmlToMarkdown('<p>Fewer than 5 &amp;lt; 10 &amp;#39;x&amp;#39; Caf&eacute;&nbsp;&rsquo;</p>')).toBe(
      "Fewer than 5 < 10 'x' Café ’",
    );
    expect(htmlToMarkdown('<p>&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;</p>')).toBe(
      '\\<script>alert(1)\\</script>',
    );
  });

  it('falls back to plain text, never raw HTML, when HTML cannot be converted', () => {
    expect(
      plainText('<p>One &amp;lt;two&amp;gt;</p><script>x()</script><style>p{}</style><!-- c --><div>Three'),
    ).toEqual(['One <two>', 'Three']);
    expect(plainMarkdown('<p>*Not* &lt;b&gt;bold&lt;/b&gt; [x](javascript:y)</p>')).toBe(
      '\\*Not\\* \\<b>bold\\</b> \\[x]\\(javascript:y)\n',
    );
    for (const odd of [
      '<table><tr><td><table><tr><td>in</td></tr></table><ul><li>x</li></ul></td></tr></table>',
      '<p',
      '<<>>&&;;',
      '<frameset><frame src=x></frameset>',
      '<svg><script>x</script></svg>',
      '<ruby>a<rt>b</rt></ruby><details><summary>s</summary>d</details>',
    ])
      expect(() => htmlToMarkdown(odd)).not.toThrow();
  });

  it('reads item numbers, Schedule 12A paragraphs and outcomes', () => {
    expect(itemNumber('3.')).toBe(3);
    expect(itemNumber('3(a)')).toBe('3a');
    expect(itemNumber('PART B')).toBeUndefined();
    expect(paragraphOf('Paragraph 3')).toBe(3);
    expect(paragraphOf('Exempt under paragraph 3 of Part 1 of Schedule 12A')).toBe(3);
    expect(paragraphOf('Confidential')).toBeUndefined();
    expect(itemNumber('5.')).toBe(5);
    expect(itemNumber('5a')).toBe('5a');
    expect(itemNumber('5(a)')).toBe('5a');
    expect(itemNumber('3.1')).toBe('3a');
    expect(itemNumber('10.1')).toBe('10a');
    expect(itemNumber('4.26')).toBe('4z');
    expect(itemNumber('4.27')).toBeUndefined();
    expect(itemNumber('5(a)(i)')).toBeUndefined();
    expect(itemNumber('5.1.2')).toBeUndefined();
    expect(outcomeOf('RESOLVED that the plan be approved')).toBe('approved');
    expect(outcomeOf('The Board noted the report.')).toBe('noted');
    expect(outcomeOf('The application was refused.')).toBe('rejected');
  });

  it('reads every Schedule 12A paragraph a restriction names, 1 to 7 only', () => {
    const refs: [string, number[]][] = [
      ['Paragraph 3', [3]],
      ['Exempt - 3 & 5', [3, 5]],
      ['12A(3)', [3]],
      ['Paragraphs 1 and 2', [1, 2]],
      ['paras 1, 2 and 3', [1, 2, 3]],
      ['Schedule 12A para 3', [3]],
      ['Exempt under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972', [3]],
      ['Paragraph 5, 3', [3, 5]],
      ['3', [3]],
      ['Schedule 12A', []],
      ['Paragraph 9', []],
      ['Confidential', []],
      ['', []],
    ];
    expect(refs.map(([r]) => [r, paragraphsOf(r)])).toEqual(refs);
    expect(paragraphOf('Exempt - 5 & 3')).toBe(3);
  });

  it('reads the outcome of the decision wordings clerks use', () => {
    const wordings: [string, string][] = [
      ['RESOLVED that the plan be approved', 'approved'],
      ['RESOLVED – That the recommendations set out in the report be approved.', 'approved'],
      ['The Board agreed the recommendations.', 'approved'],
      ['Agreed.', 'approved'],
      ['RESOLVED: That the contract be awarded to Acme Care Ltd.', 'approved'],
      ['The Board noted the report.', 'noted'],
      ['The Board agreed to note the report.', 'noted'],
      ['RESOLVED that the report be noted.', 'noted'],
      ['RESOLVED to note the update and the progress made.', 'noted'],
      ['RESOLVED to recommend to Council that the budget be approved.', 'recommended'],
      ['RECOMMENDED to Cabinet that the strategy be adopted.', 'recommended'],
      ['The Committee recommends to the Board that the policy be adopted.', 'recommended'],
      ['Agreed to defer the decision to the next meeting.', 'deferred'],
      ['Consideration of the item was deferred.', 'deferred'],
      ['RESOLVED that the item be deferred pending further information.', 'deferred'],
      ['The application was refused.', 'rejected'],
      ['The recommendation was rejected.', 'rejected'],
      ['The proposal was not agreed.', 'rejected'],
      ['RESOLVED not to approve the request.', 'rejected'],
      ['The amendment was lost.', 'rejected'],
      ['The Board received the presentation.', 'noted'],
      ['That it BE NOTED that no interests were declared.', 'noted'],
      ['That Councillor Smith be appointed Vice-Chair for the municipal year.', 'approved'],
      ['The Board noted the update on supported living and that admissions had declined.', 'noted'],
      ['RESOLVED that the report on the contract award process be noted.', 'noted'],
    ];
    expect(wordings.map(([w]) => [w, outcomeOf(w)])).toEqual(wordings);
  });

  it('reads attendance as ModernGov words it', () => {
    const words: [string, string | undefined][] = [
      ['Present', 'present'],
      ['Present as substitute', 'present'],
      ['In attendance', 'present'],
      ['Attended', 'present'],
      ['Virtual', 'present'],
      ['Attended virtually', 'present'],
      ['Apologies', 'apologies'],
      ['Apologies received', 'apologies'],
      ['Apologies, sent substitute', 'apologies'],
      ['Absent', 'absent'],
      ['Expected', undefined],
      ['', undefined],
    ];
    expect(words.map(([w]) => [w, attendanceOf(w)])).toEqual(words);
  });

  it('makes ids of letters, digits and hyphens', () => {
    expect(slug('Health &amp; Wellbeing Board'.replace('&amp;', '&'))).toBe('health-and-wellbeing-board');
    expect(personId("Councillor Ann O'Hara", '205', new Set())).toBe('cllr-ann-o-hara');
    expect(personId('Councillor Ann Hara', '9', new Set(['cllr-ann-hara']))).toBe('cllr-ann-hara-9');
    const valid = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
    const ids = [
      personId('Councillor Αθηνά Παππά', '12', new Set()),
      personId('Dr 王伟', '', new Set()),
      personId('علي', '', new Set(['member'])),
      personId('علي', '', new Set(['member', 'member-2'])),
      personId('Councillor ---', '7', new Set(['cllr-member-7'])),
      personId('Mr Jürgen Straße', '3', new Set()),
    ];
    expect(ids).toEqual(['cllr-member-12', 'member', 'member-2', 'member-3', 'cllr-member-7-7', 'jurgen-strasse']);
    for (const id of ids) expect(id).toMatch(valid);
    expect(slug('Łódź Ærø')).toBe('lodz-aero');
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
