// How a large archive's search is split into indexes of whole years (src/publication/search.ts).
import { describe, expect, it } from 'vitest';
import { searchIndexPages, SEARCH_INDEX_PAGES, splitSearch } from '../../src/publication/search.ts';

const counts = (o: Record<string, number>) => new Map(Object.entries(o));

describe('splitSearch', () => {
  it('keeps one index when everything fits', () => {
    expect(splitSearch(counts({ '': 10, '2024': 50, '2025': 40 }), 100)).toEqual([
      { path: 'pagefind/', years: ['2025', '2024'] },
    ]);
  });
  it('fills indexes newest first with whole years, the first holding the pages without a date', () => {
    expect(splitSearch(counts({ '': 30, '2021': 40, '2022': 40, '2023': 40, '2024': 40, '2025': 40 }), 100)).toEqual([
      { path: 'pagefind/', years: ['2025'] },
      { path: 'pagefind-2023-2024/', years: ['2024', '2023'] },
      { path: 'pagefind-2021-2022/', years: ['2022', '2021'] },
    ]);
  });
  it('gives a year larger than the limit an index of its own rather than splitting it', () => {
    expect(splitSearch(counts({ '2001': 10, '2002': 500, '2003': 10 }), 100)).toEqual([
      { path: 'pagefind/', years: ['2003'] },
      { path: 'pagefind-2002-2002/', years: ['2002'] },
      { path: 'pagefind-2001-2001/', years: ['2001'] },
    ]);
  });
  it('reads the limit from SEARCH_INDEX_PAGES, and ignores a value that is not a whole number', () => {
    expect(searchIndexPages({ SEARCH_INDEX_PAGES: '500' })).toBe(500);
    expect(searchIndexPages({ SEARCH_INDEX_PAGES: 'lots' })).toBe(SEARCH_INDEX_PAGES);
    expect(searchIndexPages({})).toBe(SEARCH_INDEX_PAGES);
  });
});
