// Every iCalendar file of every site the build tests build is a valid RFC 5545 object: at least
// one component (the Europe/London zone, even in a board's calendar with no public meetings),
// every line ending CRLF, the last one included.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { siteFiles } from '../../src/publication/site-check.ts';
import { fixtures, repo, sharedBuild } from './helpers.ts';

/** The sites and build dates the other build tests use, so a full run builds none twice. */
const SITES: [string, string, string][] = [
  ['the sample site', join(repo, 'content'), '2026-11-22'],
  ['minimal', join(fixtures, 'minimal'), '2023-08-01'],
  ['attacks', join(fixtures, 'attacks'), '2024-06-10'],
  ['canary', join(fixtures, 'canary'), '2024-06-10'],
  ['mdx-on', join(fixtures, 'mdx-on'), '2024-06-10'],
  ['formulas-and-clock-changes', join(fixtures, 'formulas-and-clock-changes'), '2024-11-30'],
  ['archive-2001', join(fixtures, 'archive-2001'), '2002-06-06'],
  ['bury', join(fixtures, 'arrangements', 'bury'), '2026-11-22'],
  ['croydon', join(fixtures, 'arrangements', 'croydon'), '2026-11-22'],
  ['somerset', join(fixtures, 'arrangements', 'somerset'), '2026-11-22'],
];

describe.each(SITES)('%s: every .ics file', (_name, root, date) => {
  it('has a component, defines Europe/London, and ends each line with CRLF', () => {
    const r = sharedBuild(root, date);
    expect(r.status, r.output).toBe(0);
    const files = siteFiles(r.outDir).filter((f) => f.endsWith('.ics'));
    expect(files).toContain('calendar/meetings.ics');
    for (const path of files) {
      const text = readFileSync(join(r.outDir, path), 'utf8');
      expect(text.endsWith('END:VCALENDAR\r\n'), path).toBe(true);
      expect(text.replace(/\r\n/g, ''), path).not.toMatch(/[\r\n]/);
      const cal = new ICAL.Component(ICAL.parse(text));
      expect(cal.name, path).toBe('vcalendar');
      expect(cal.getAllSubcomponents().length, path).toBeGreaterThan(0);
      expect(
        cal.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid')),
        path,
      ).toEqual(['Europe/London']);
    }
  });
});
