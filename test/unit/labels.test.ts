// Short labels: the exact words and figures every page shows.
import { describe, expect, it } from 'vitest';
import {
  money,
  moneyOrBlank,
  moneyOrDash,
  moneyShort,
  partnerName,
  varianceText,
} from '../../src/publication/labels.ts';

describe('money', () => {
  it('writes whole pounds with thousands separators, and headline amounts in millions', () => {
    expect(money(1_240_500)).toBe('£1,240,500');
    expect(moneyShort(105_200_000)).toBe('£105.2m');
    expect(moneyShort(3_000_000)).toBe('£3m');
    expect(moneyShort(803_000)).toBe('£803,000');
  });

  it('shows a dash where there is no figure, and for zero only when zero means none', () => {
    expect(moneyOrDash(undefined)).toBe('–');
    expect(moneyOrDash(0)).toBe('£0');
    expect(moneyOrDash(0, { zeroIsNone: true })).toBe('–');
    expect(moneyOrDash(1_500, { zeroIsNone: true })).toBe('£1,500');
  });

  it('leaves a cell blank for a partner missing from a year, but shows a zero', () => {
    expect(moneyOrBlank(undefined)).toBe('');
    expect(moneyOrBlank(0)).toBe('£0');
    expect(moneyOrBlank(42)).toBe('£42');
  });
});

describe('varianceText', () => {
  it('signs the amount and the percentage with plus and minus signs', () => {
    expect(varianceText({ amount: 3_500, percent: 3.5 })).toBe('+£3,500 (+3.5%)');
    expect(varianceText({ amount: -10, percent: -10 })).toBe('−£10 (−10%)');
    expect(varianceText({ amount: 0, percent: 0 })).toBe('£0 (0%)');
  });
  it('leaves out the percentage of a zero budget, and says nothing without a variance', () => {
    expect(varianceText({ amount: 1, percent: undefined })).toBe('+£1');
    expect(varianceText(undefined)).toBe('');
  });
});

describe('partnerName', () => {
  it('names a known partner, and falls back to the id', () => {
    const m = {
      partner: (id: string) => (id === 'scc' ? { id, name: 'Somerset County Council' } : undefined),
    } as never;
    expect(partnerName(m, 'scc')).toBe('Somerset County Council');
    expect(partnerName(m, 'ccg')).toBe('ccg');
  });
});
