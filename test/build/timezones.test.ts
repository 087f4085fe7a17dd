// The whole build gives byte-identical output whatever the machine's time zone, and calendars
// put each meeting at its London instant even on days when the machine's clocks change.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { filesOf, fixtures, repo, sharedBuild } from './helpers.ts';

/** The build under the time zone tz (the UTC builds are the ones other test files read too). */
function buildIn(tz: string, root: string, buildDate: string): { outDir: string; digests: Record<string, string> } {
  const { status, output, outDir } = sharedBuild(root, buildDate, { tz });
  expect(status, output).toBe(0);
  return {
    outDir,
    digests: Object.fromEntries(
      filesOf(outDir).map((f) => [f.path, createHash('sha256').update(f.bytes).digest('hex')]),
    ),
  };
}

describe('builds under different time zones', () => {
  it('are byte-identical under UTC, Europe/London, America/New_York and Pacific/Auckland', () => {
    const [utc, ...others] = ['UTC', 'Europe/London', 'America/New_York', 'Pacific/Auckland'].map(
      (tz) => buildIn(tz, join(repo, 'content'), '2026-11-22').digests,
    );
    expect(Object.keys(utc).length).toBeGreaterThan(100);
    for (const other of others) expect(other).toEqual(utc);
  });

  describe('with meetings around clock changes here and abroad, and a 13:00 call-in window', () => {
    const root = join(fixtures, 'formulas-and-clock-changes');
    const ZONES = ['UTC', 'Europe/London', 'America/Los_Angeles', 'Pacific/Auckland', 'Asia/Kolkata'];
    /** Meeting id: the London start as published, and the UTC instant it is. */
    const STARTS: Record<string, [string, string]> = {
      '2024-03-10-test-board': ['2024-03-10T02:30:00', '2024-03-10T02:30:00.000Z'], // the US spring-forward day
      '2024-03-31-test-board-early': ['2024-03-31T00:30:00', '2024-03-31T00:30:00.000Z'],
      '2024-03-31-test-board-late': ['2024-03-31T02:30:00', '2024-03-31T01:30:00.000Z'],
      '2024-10-27-test-board-early': ['2024-10-27T00:30:00', '2024-10-26T23:30:00.000Z'],
      '2024-10-27-test-board-late': ['2024-10-27T02:30:00', '2024-10-27T02:30:00.000Z'],
      '2024-05-31-test-board': ['2024-05-31T23:30:00', '2024-05-31T22:30:00.000Z'],
    };

    it(`are byte-identical under ${ZONES.join(', ')}, with every meeting at its London instant`, () => {
      const [first, ...others] = ZONES.map((tz) => buildIn(tz, root, '2024-11-30'));
      expect(Object.keys(first.digests)).toContain('calendar/call-in.ics');
      for (const [i, other] of others.entries()) expect(other.digests, ZONES[i + 1]).toEqual(first.digests);

      const ics = (path: string) =>
        new ICAL.Component(ICAL.parse(readFileSync(join(first.outDir, path), 'utf8')))
          .getAllSubcomponents('vevent')
          .map((v) => new ICAL.Event(v));
      const meetings = ics('calendar/meetings.ics');
      for (const [id, [local, utc]] of Object.entries(STARTS)) {
        const e = meetings.find((x) => x.uid === `meeting-${id}@example.org`)!;
        expect(e, id).toBeDefined();
        expect(e.startDate.toString(), id).toBe(local);
        expect(e.startDate.toJSDate().toISOString(), id).toBe(utc);
      }
      // 00:30 BST to 02:30 GMT is three hours; 00:30 GMT to 02:30 BST is one.
      const hours = (id: string) =>
        meetings.find((x) => x.uid === `meeting-${id}@example.org`)!.duration.toSeconds() / 3600;
      expect([hours('2024-03-31-test-board-early'), hours('2024-10-27-test-board-early')]).toEqual([1, 3]);
      const callIn = ics('calendar/call-in.ics');
      expect(callIn.length).toBeGreaterThan(0);
      for (const e of callIn) expect(e.startDate.toString().slice(11), e.uid).toBe('13:00:00');
    });
  });
});
