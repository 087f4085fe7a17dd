// The duty ledger: every meeting and decision page of the sample site and the statutory-record
// fixture lists the duties that applied, the transparency pages sum them, and open data carries them.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContentRoot } from '../../src/publication/load.ts';
import { buildPublicModel, type PublicModel } from '../../src/publication/model.ts';
import { openDataSchemas } from '../../src/schemas/open-data.ts';
import { countDuties } from '../../src/domain/duties.ts';
import { dutySumsByBody, dutySumsByKind, dutySumsByYear, transparencyByYear } from '../../src/publication/views.ts';
import { fixtures, repo, sharedBuild, type BuildResult } from './helpers.ts';

const DATE = '2026-11-22';
const roots = { sample: join(repo, 'content'), 'statutory-record': join(fixtures, 'statutory-record') };

for (const [name, root] of Object.entries(roots)) {
  describe(`the duty ledger of the ${name} site`, () => {
    let r: BuildResult;
    let m: PublicModel;
    beforeAll(() => {
      r = sharedBuild(root, DATE);
      m = buildPublicModel(checkContentRoot(root, DATE).content!, { buildDate: DATE });
    });
    const read = (path: string) => readFileSync(join(r.outDir, path), 'utf8');
    /** The ledger's rows on a page: the duty kind and status of each. */
    const ledger = (href: string) => {
      const html = read(`${href.slice(m.site.base.length)}index.html`);
      const section = /<section aria-labelledby="duties-heading"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
      return [...section.matchAll(/<tr data-duty="([^"]+)" data-status="([^"]+)"/g)].map((x) => `${x[1]}:${x[2]}`);
    };

    it('builds', () => expect(r.status, r.output).toBe(0));

    it('shows on every meeting page each duty the model found, in order, and every meeting that took place has one', () => {
      for (const x of m.meetings) {
        expect(ledger(x.href), x.id).toEqual(x.duties.map((d) => `${d.id}:${d.status}`));
        if (x.status === 'held' || x.status === 'scheduled') expect(x.duties.length, x.id).toBeGreaterThan(0);
      }
    });

    it('shows on every decision page its notice (for a key decision) and its record duties', () => {
      for (const d of m.decisions) {
        expect(ledger(d.href), d.id).toEqual(d.duties.map((x) => `${x.id}:${x.status}`));
        const ids = d.duties.map((x) => x.id);
        expect(ids, d.id).toContain('record-contents');
        expect(
          ids.filter((x) => /decision-record$/.test(x)),
          d.id,
        ).toHaveLength(1);
        if (d.key)
          expect(
            ids.some((x) => /key-decision-notice|general-exception|special-urgency/.test(x)),
            d.id,
          ).toBe(true);
      }
    });

    it('gives each dated duty its legal source, the day it fell due and, once met, the days either side', () => {
      for (const x of [...m.meetings, ...m.decisions])
        for (const d of x.duties) {
          expect(d.source, `${x.id} ${d.id}`).toMatch(/regulation|section|Act/);
          if (d.status === 'met' && d.due) expect(d.margin, `${x.id} ${d.id}`).toBeGreaterThanOrEqual(0);
          if (d.status === 'late') expect(d.margin, `${x.id} ${d.id}`).toBeLessThan(0);
        }
    });

    it('carries the ledger in open data, valid against its schema', () => {
      const decisions = JSON.parse(read('data/decisions.json'));
      const meetings = JSON.parse(read('data/meetings.json'));
      expect(openDataSchemas['decisions.json'].safeParse(decisions).success).toBe(true);
      expect(openDataSchemas['meetings.json'].safeParse(meetings).success).toBe(true);
      for (const d of m.decisions)
        expect(decisions.find((x: { id: string }) => x.id === d.id).duties.map((x: { id: string }) => x.id)).toEqual(
          d.duties.map((x) => x.id),
        );
      expect(read('data/decisions.csv').split('\r\n')[0]).toContain('duties');
    });

    it('sums the ledger by year in the transparency table, and the year pages by body and by duty', () => {
      const html = read('transparency/index.html');
      expect(html).toContain('Statutory duties</th>');
      const years = [...new Set(transparencyByYear(m).map((y) => y.year))];
      const total = dutySumsByYear(m, years).reduce((n, r) => n + r.counts.applied, 0);
      const inYears = [...m.meetings, ...m.decisions].filter((x) => years.includes(x.year));
      expect(total).toBe(countDuties(inYears.flatMap((x) => x.duties)).applied);
      for (const y of transparencyByYear(m)) {
        expect(y.duties).toEqual(dutySumsByYear(m, [y.year])[0].counts);
        const page = read(`transparency/${y.year}/index.html`);
        expect(page).toContain(`Statutory duties in ${y.year}, by body`);
        expect(page).toContain(`Statutory duties in ${y.year}, by duty`);
        const byBody = dutySumsByBody(m, y.year).reduce((n, r) => n + r.counts.applied, 0);
        const byKind = dutySumsByKind(m, y.year).reduce((n, r) => n + r.counts.applied, 0);
        expect([byBody, byKind]).toEqual([y.duties.applied, y.duties.applied]);
      }
    });
  });
}
