// House-style lists: "a, b and c", with no comma before the "and".
import { describe, expect, it } from 'vitest';
import { andList } from '../../src/domain/text.ts';
import { exemptWording } from '../../src/domain/exempt.ts';

describe('a list in a sentence', () => {
  it('joins with commas and a final "and", without an Oxford comma', () => {
    expect(andList([])).toBe('');
    expect(andList(['Good Friday'])).toBe('Good Friday');
    expect(andList(['Good Friday', 'Easter Monday'])).toBe('Good Friday and Easter Monday');
    expect(andList(['Christmas Day', 'Boxing Day', 'New Year’s Day'])).toBe(
      'Christmas Day, Boxing Day and New Year’s Day',
    );
    expect(andList([1, 2, 3, 4])).toBe('1, 2, 3 and 4');
  });

  it('names the Schedule 12A paragraphs', () => {
    expect(exemptWording([3])).toBe(
      'Not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.',
    );
    expect(exemptWording([3, 1, 3, 2])).toBe(
      'Not for publication by virtue of paragraphs 1, 2 and 3 of Part 1 of Schedule 12A to the Local Government Act 1972.',
    );
  });
});
