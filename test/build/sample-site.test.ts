// The sample board builds and every page type renders from it.
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedBuild, repo, type BuildResult } from './helpers.ts';

let r: BuildResult;
/** Text as Astro writes it into a page. */
const escaped = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
const page = (path: string) => readFileSync(join(r.outDir, path), 'utf8');
beforeAll(() => {
  r = sharedBuild(join(repo, 'content'), '2026-11-22');
});

describe('the sample site', () => {
  it('builds', () => expect(r.status, r.output).toBe(0));

  it('renders every page type', () => {
    for (const path of [
      'index.html',
      '404.html',
      'decisions/index.html',
      'decisions/jcb-2024-001/index.html',
      'meetings/index.html',
      'meetings/2024-03-14-joint-commissioning-board/index.html',
      'forward-plan/index.html',
      'forward-plan/fp-2026-007/index.html',
      'bodies/index.html',
      'bodies/joint-commissioning-board/index.html',
      'people/index.html',
      'budgets/index.html',
      'budgets/better-care-fund/index.html',
      'about/index.html',
      'how-to-take-part/index.html',
      'glossary/index.html',
      'data/decisions.json',
      'data/meetings.json',
      'data/forward-plan.json',
      'data/budgets.json',
    ]) {
      expect(existsSync(join(r.outDir, path)), path).toBe(true);
    }
  });

  it('shows the site-wide notice and links under the base path', () => {
    const home = page('index.html');
    expect(home).toContain('demonstration');
    expect(home).toContain('href="/jcb/decisions/"');
    expect(home).not.toMatch(/href="\/(decisions|meetings)\//);
  });

  it('shows a decision record with its statutory headings and its call-in deadline', () => {
    const html = page('decisions/jcb-2026-003/index.html');
    for (const h of ['Decision', 'Reasons', 'Alternative options considered and rejected'])
      expect(html).toContain(`>${h}</h2>`);
    expect(html).toMatch(/Call-in closes at the end of Friday 27 November 2026/);
  });

  it('lists each declaration under "Conflicts of interest", or says "None declared."', () => {
    const decisions = JSON.parse(page('data/decisions.json')) as {
      id: string;
      declarations: { person: string; interest: string }[];
    }[];
    const section = (html: string) => {
      const start = html.indexOf('id="declarations-heading"');
      expect(start).toBeGreaterThan(-1);
      return html.slice(start, html.indexOf('</section>', start));
    };
    let none = 0;
    for (const d of decisions) {
      const html = section(page(`decisions/${d.id}/index.html`));
      if (d.declarations.length === 0) {
        none++;
        expect(html, d.id).toContain('<p>None declared.</p>');
      } else {
        expect(html, d.id).not.toContain('None declared');
        for (const x of d.declarations) {
          expect(html, d.id).toContain(`href="/jcb/people/${x.person}/"`);
          expect(html, d.id).toContain(escaped(x.interest));
        }
      }
    }
    expect(none).toBeGreaterThan(0);
    expect(none).toBeLessThan(decisions.length);
    expect(section(page('decisions/jcb-2026-003/index.html'))).toContain(
      'A close family member works for one of the bidders',
    );
  });

  it('shows the exempt decision with the paragraph wording and its public summary only', () => {
    const html = page('decisions/jcb-2024-001/index.html');
    expect(html).toContain(
      'Not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.',
    );
    expect(html).not.toContain('>Reasons</h2>');
  });

  it('publishes the real 2017/18 Better Care Fund totals', () => {
    const html = page('budgets/better-care-fund/index.html');
    expect(html).toContain('£69,501,000');
    expect(html).toContain('£35,695,000');
    expect(html).toContain('£105,196,000');
    const data = JSON.parse(page('data/budgets.json'));
    const bcf = data.find((b: { fund: string; year: string }) => b.fund === 'better-care-fund' && b.year === '2017-18');
    expect(bcf.totals).toEqual({
      'southampton-city-ccg': 69_501_000,
      'southampton-city-council': 35_695_000,
      total: 105_196_000,
    });
  });

  it('agrees on every call-in date across the decision page, the call-in page, the calendar and the data', () => {
    const decisions = JSON.parse(page('data/decisions.json')) as {
      id: string;
      callIn: { status: string; lastDay: string | null; closesAt: string };
    }[];
    const ics = page('calendar/call-in.ics');
    const callInPage = page('call-in/index.html');
    const long = (d: string) =>
      new Intl.DateTimeFormat('en-GB', {
        timeZone: 'UTC',
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
      })
        .format(new Date(`${d}T12:00:00Z`))
        .replace(',', '');
    let checked = 0;
    for (const d of decisions) {
      const event = ics.split('BEGIN:VEVENT').find((e) => e.includes(`UID:call-in-${d.id}@`));
      if (!d.callIn.lastDay) {
        expect(event, d.id).toBeUndefined();
        continue;
      }
      checked++;
      expect(page(`decisions/${d.id}/index.html`), d.id).toContain(`the end of ${long(d.callIn.lastDay)}`);
      expect(event, d.id).toContain(`DTSTART;VALUE=DATE:${d.callIn.lastDay.replace(/-/g, '')}`);
      if (d.callIn.status === 'open') expect(callInPage).toContain(`the end of ${long(d.callIn.lastDay)}`);
    }
    expect(checked).toBeGreaterThan(20);
  });

  // The fields of each record are checked against the JSON Schemas in outputs.test.ts.
  it('writes open data sorted by id, exempt decisions with their paragraphs only', () => {
    const decisions = JSON.parse(page('data/decisions.json'));
    const ids = decisions.map((d: { id: string }) => d.id);
    expect(ids).toEqual([...ids].sort());
    const exempt = decisions.find((d: { id: string }) => d.id === 'jcb-2024-001');
    expect(exempt.exempt).toEqual({ paragraphs: [3] });
  });
});
