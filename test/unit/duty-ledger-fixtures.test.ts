// The duty ledger over every valid content root the project ships: each meeting that took place
// or is to take place has its agenda duty, each decision its record duties, each key decision
// its notice duty, and every line's result agrees with its dates.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkContentRoot } from '../../src/publication/load.ts';
import { buildPublicModel } from '../../src/publication/model.ts';

const repo = join(import.meta.dirname, '..', '..');
const fixtures = join(repo, 'test', 'fixtures');
/** Content roots: a folder with a site.yaml, outside bad/ (each of which is refused on purpose). */
const roots = [join(repo, 'content')];
const walk = (dir: string) => {
  if (existsSync(join(dir, 'site.yaml'))) return void roots.push(dir);
  for (const e of readdirSync(dir, { withFileTypes: true }))
    if (e.isDirectory() && e.name !== 'bad') walk(join(dir, e.name));
};
walk(fixtures);
const DATE = '2026-11-22';

describe.each(roots.map((r) => [relative(repo, r), r]))('the duty ledger of %s', (_name, root) => {
  const checked = checkContentRoot(root, DATE);
  it('validates', () => expect(checked.problems ?? []).toEqual([]));
  if (!checked.content) return;
  const m = checked.model ?? buildPublicModel(checked.content, { buildDate: DATE });

  it('gives every meeting held or scheduled its agenda duty, and every held meeting its minutes', () => {
    for (const x of m.meetings) {
      const ids = x.duties.map((d) => d.id);
      if (x.status === 'cancelled' || x.status === 'postponed') expect(ids, x.id).toEqual([]);
      else
        expect(
          ids.filter((d) => d.startsWith('agenda-published')),
          x.id,
        ).toHaveLength(1);
      if (x.status === 'held') expect(ids, x.id).toContain('minutes-published');
      if (x.items.some((it) => it.exempt) && x.status !== 'cancelled' && x.status !== 'postponed')
        expect(
          ids.some((d) => d.startsWith('private-')),
          x.id,
        ).toBe(true);
    }
  });

  it('gives every decision its record duties, and every key decision a notice duty', () => {
    for (const d of m.decisions) {
      const ids = d.duties.map((x) => x.id);
      expect(ids, d.id).toEqual(expect.arrayContaining(['record-contents', 'record-declarations']));
      expect(
        ids.filter((x) => x.endsWith('decision-record')),
        d.id,
      ).toHaveLength(1);
      if (d.key)
        expect(
          ids.some((x) => ['key-decision-notice', 'general-exception', 'special-urgency'].includes(x)),
          d.id,
        ).toBe(true);
    }
  });

  it('agrees each line’s result with its dates', () => {
    for (const x of [...m.meetings, ...m.decisions])
      for (const d of x.duties) {
        const at = `${x.id} ${d.id}`;
        if (d.margin !== undefined) expect(d.status, at).toBe(d.margin >= 0 ? 'met' : 'late');
        if (d.status === 'late') expect(d.met && d.due && d.met > d.due, at).toBe(true);
        if (d.status === 'met' && d.due && d.met) expect(d.met <= d.due, at).toBe(true);
        if (d.status === 'pending') expect(!d.due || d.due >= DATE, at).toBe(true);
        if (d.status === 'not-recorded' || d.status === 'pending') expect(d.met, at).toBeUndefined();
      }
  });
});
