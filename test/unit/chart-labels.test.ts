import { describe, expect, it } from 'vitest';
import { labelRoom, wrapLabel } from '../../src/scripts/chart-labels.ts';

// Ten pixels a character, so widths are easy to read.
const width = (text: string) => text.length * 10;

describe('chart labels', () => {
  it('keep a label that fits on one line', () => {
    expect(wrapLabel('Carers', 100, width)).toBe('Carers');
  });
  it('wrap a long label at spaces into lines that fit', () => {
    expect(wrapLabel('Prevention & Early Intervention', 130, width)).toEqual(['Prevention &', 'Early', 'Intervention']);
    expect(wrapLabel('Prevention & Early Intervention', 180, width)).toEqual(['Prevention & Early', 'Intervention']);
  });
  it('give a word too wide for the room a line of its own', () => {
    expect(wrapLabel('Rehab & Reablement', 50, width)).toEqual(['Rehab', '&', 'Reablement']);
  });
  it('leave room inside the half of the chart Chart.js allows the axis', () => {
    expect(labelRoom(328)).toBe(131);
    expect(labelRoom(328)).toBeLessThan(328 / 2);
  });
});
