// Schedule 12A wording for withheld information.
import { describe, expect, it } from 'vitest';
import { exemptDescription, exemptWording } from '../../src/domain/exempt.ts';

describe('exemptWording', () => {
  it('cites one paragraph', () => {
    expect(exemptWording([3])).toBe(
      'Not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.',
    );
  });

  it('cites several paragraphs once each, in order', () => {
    expect(exemptWording([3, 1])).toBe(
      'Not for publication by virtue of paragraphs 1 and 3 of Part 1 of Schedule 12A to the Local Government Act 1972.',
    );
    expect(exemptWording([7, 3, 1, 3])).toBe(
      'Not for publication by virtue of paragraphs 1, 3 and 7 of Part 1 of Schedule 12A to the Local Government Act 1972.',
    );
  });
});

describe('exemptDescription', () => {
  it('says what each paragraph covers, once each and in order', () => {
    expect(exemptDescription([5, 1, 5])).toEqual([
      'Paragraph 1: information relating to any individual.',
      'Paragraph 5: information in respect of which a claim to legal professional privilege could be maintained in legal proceedings.',
    ]);
  });

  it('covers all seven paragraphs of Part 1', () => {
    const all = exemptDescription([1, 2, 3, 4, 5, 6, 7]);
    expect(all).toHaveLength(7);
    expect(all[2]).toBe(
      'Paragraph 3: information relating to the financial or business affairs of any particular person (including the authority holding that information).',
    );
    expect(all.every((line) => !line.includes('undefined'))).toBe(true);
  });
});
