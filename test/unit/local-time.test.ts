// London times that a clock change makes impossible or double are found, with the hour named.
import { describe, expect, it } from 'vitest';
import {
  checkLocalTimes,
  clockChangeAt,
  localTimeProblem,
  plainDate,
  startOfDay,
  todayIn,
  withOffset,
  zoned,
} from '../../src/domain/local-time.ts';
import type { Content } from '../../src/domain/content.ts';

describe('clock changes in London', () => {
  it('find the hour skipped on the last Sunday of March, and only that hour', () => {
    for (const t of ['2024-03-31T01:00', '2024-03-31T01:30', '2024-03-31T01:59', '2030-03-31T01:30'])
      expect(clockChangeAt(t), t).toEqual({ kind: 'gap', from: '01:00', to: '02:00' });
    for (const t of [
      '2024-03-31T00:30',
      '2024-03-31T00:59',
      '2024-03-31T02:00',
      '2024-03-31T02:30',
      '2024-03-30T01:30',
      '2024-04-01T01:30',
    ])
      expect(clockChangeAt(t), t).toBeUndefined();
  });

  it('find the hour repeated on the last Sunday of October, and only that hour', () => {
    for (const t of ['2024-10-27T01:00', '2024-10-27T01:30', '2024-10-27T01:59', '2025-10-26T01:15'])
      expect(clockChangeAt(t), t).toEqual({ kind: 'overlap', from: '02:00', to: '01:00' });
    for (const t of [
      '2024-10-27T00:30',
      '2024-10-27T00:59',
      '2024-10-27T02:00',
      '2024-10-27T02:30',
      '2024-10-26T01:30',
    ])
      expect(clockChangeAt(t), t).toBeUndefined();
  });

  it("leave ordinary times alone, and other zones' change days", () => {
    // 2024-03-10 is the US spring-forward day: 02:30 does not exist in Los Angeles, but does in London.
    for (const t of ['2024-03-10T02:30', '2024-07-18T14:00', '2024-12-31T23:30', '2024-01-01T00:00'])
      expect(clockChangeAt(t), t).toBeUndefined();
    expect(clockChangeAt('2024-03-10T02:30', 'America/Los_Angeles')).toEqual({
      kind: 'gap',
      from: '02:00',
      to: '03:00',
    });
  });

  it('follow the time zone data for past rules (British Standard Time ended at 03:00 on 31 October 1971)', () => {
    expect(clockChangeAt('1971-10-31T02:30')).toEqual({ kind: 'overlap', from: '03:00', to: '02:00' });
    expect(clockChangeAt('1971-10-31T01:30')).toBeUndefined();
  });

  it('are explained in words a publisher can act on', () => {
    expect(localTimeProblem('2024-03-31T01:30')).toEqual({
      found: '2024-03-31T01:30, a time that does not exist in London (clocks go forward from 01:00 to 02:00 that day)',
      expected: 'expected a time outside 01:00-02:00',
    });
    expect(localTimeProblem('2024-10-27T01:30')).toEqual({
      found: '2024-10-27T01:30, a time that happens twice in London (clocks go back from 02:00 to 01:00 that day)',
      expected: 'expected a time outside 01:00-02:00',
    });
    expect(localTimeProblem('2024-03-31T02:30')).toBeUndefined();
  });
});

describe('London times as instants', () => {
  const utc = (local: string) => zoned(local).toInstant().toString();

  it('are GMT in winter and BST in summer', () => {
    expect(utc('2024-01-15T14:00')).toBe('2024-01-15T14:00:00Z');
    expect(zoned('2024-01-15T14:00').offset).toBe('+00:00');
    expect(utc('2024-07-18T14:00')).toBe('2024-07-18T13:00:00Z');
    expect(zoned('2024-07-18T14:00').offset).toBe('+01:00');
  });

  it('change offset at 01:00 GMT on the last Sunday of March and of October', () => {
    expect(utc('2024-03-31T00:59')).toBe('2024-03-31T00:59:00Z');
    expect(utc('2024-03-31T02:00')).toBe('2024-03-31T01:00:00Z');
    expect(utc('2024-10-27T00:59')).toBe('2024-10-26T23:59:00Z');
    expect(utc('2024-10-27T02:00')).toBe('2024-10-27T02:00:00Z');
  });

  it('read a skipped time on the clocks after the change, and a repeated one as its second instant', () => {
    // Validation refuses both; this is only what the outputs would do with one.
    expect(utc('2024-03-31T01:30')).toBe('2024-03-31T01:30:00Z');
    expect(utc('2024-10-27T01:30')).toBe('2024-10-27T01:30:00Z');
  });

  it('take another zone when asked', () => {
    expect(zoned('2024-03-10T03:30', 'America/Los_Angeles').toInstant().toString()).toBe('2024-03-10T10:30:00Z');
  });

  it('are written in ISO 8601 with the offset of the day', () => {
    expect(withOffset('2024-07-18T14:00')).toBe('2024-07-18T14:00:00+01:00');
    expect(withOffset('2024-03-14T14:00')).toBe('2024-03-14T14:00:00+00:00');
    expect(withOffset('2024-03-31T02:00')).toBe('2024-03-31T02:00:00+01:00');
    expect(withOffset('2024-10-27T02:00')).toBe('2024-10-27T02:00:00+00:00');
  });

  it('start a civil day at London midnight, and hold a civil date in no zone', () => {
    expect(startOfDay('2024-07-05').toInstant().toString()).toBe('2024-07-04T23:00:00Z');
    expect(startOfDay('2024-11-13').toInstant().toString()).toBe('2024-11-13T00:00:00Z');
    expect(plainDate('2024-02-29').toString()).toBe('2024-02-29');
  });
});

describe("today's date in London", () => {
  it('turns at London midnight, not at UTC midnight', () => {
    expect(todayIn('Europe/London', new Date('2024-07-04T22:59:00Z'))).toBe('2024-07-04');
    expect(todayIn('Europe/London', new Date('2024-07-04T23:00:00Z'))).toBe('2024-07-05');
    expect(todayIn('Europe/London', new Date('2024-12-31T23:59:00Z'))).toBe('2024-12-31');
    expect(todayIn('Europe/London', new Date('2025-01-01T00:00:00Z'))).toBe('2025-01-01');
    expect(todayIn('Pacific/Auckland', new Date('2024-07-04T12:00:00Z'))).toBe('2024-07-05');
  });
});

describe('checking content', () => {
  it('names the file and the field (start or end) of every meeting time inside a clock change', () => {
    const meeting = (file: string, start: string, end?: string) => ({ id: file, file, data: { start, end } });
    const c = {
      site: { data: { timezone: 'Europe/London' } },
      meetings: [
        meeting('meetings/a.md', '2024-03-31T01:30', '2024-03-31T03:00'),
        meeting('meetings/b.md', '2024-10-27T00:30', '2024-10-27T01:15'),
        meeting('meetings/c.md', '2024-03-31T02:30'),
      ],
    } as unknown as Content;
    expect(checkLocalTimes(c)).toEqual([
      { file: 'meetings/a.md', field: 'start', ...localTimeProblem('2024-03-31T01:30')! },
      { file: 'meetings/b.md', field: 'end', ...localTimeProblem('2024-10-27T01:15')! },
    ]);
  });
});
