// Call-in dates from the Local Government Act 2000: a content root whose decisions begin in 2001
// is read, and each window is counted over the bank holidays of its own year (Christmas 2001 and
// New Year 2002; the Golden Jubilee and the moved spring bank holiday of June 2002).
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkContentRoot } from '../../src/publication/load.ts';

const root = join(import.meta.dirname, '..', 'fixtures', 'archive-2001');

describe('a content root with decisions from 2001', () => {
  it('has no problems and gives each decision its call-in window', () => {
    const { problems, model } = checkContentRoot(root, '2002-06-06');
    expect(problems).toEqual([]);
    const windows = Object.fromEntries(model!.decisions.map((d) => [d.id, d.callIn]));
    // Published Friday 21 December 2001: 24, 27, 28 and 31 December, then 2 January (25, 26 December and 1 January are holidays).
    expect(windows['pb-2001-001'].window?.lastDay).toBe('2002-01-02');
    expect(windows['pb-2001-001'].status).toBe('closed');
    // Published Friday 31 May 2002: 3 and 4 June are bank holidays, so 5, 6, 7, 10 and 11 June.
    expect(windows['pb-2002-001'].window?.lastDay).toBe('2002-06-11');
    expect(windows['pb-2002-001'].status).toBe('open');
  });
});
