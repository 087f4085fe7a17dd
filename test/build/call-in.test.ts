// Every decision page prints the model's call-in facts: the status, when the window closes (at
// the end of a day, or at a time), how it was counted, and from when the decision can be
// implemented, or why call-in does not apply. The sample closes at the end of the day; the
// formulas-and-clock-changes fixture closes at 13:00. test/unit/constitutions.test.ts checks
// the sentences for each source constitution's rule.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtures, repo, sharedBuild } from './helpers.ts';
import { checkContentRoot } from '../../src/publication/load.ts';
import { buildPublicModel } from '../../src/publication/model.ts';
import { callInCloses, callInCounting, callInWhoSentence, implementableFrom } from '../../src/publication/explain.ts';
import { callInStatusLabel } from '../../src/publication/labels.ts';

/** The call-in section of a page, as a reader sees it: no tags, entities decoded, spaces collapsed. */
function panel(html: string): string {
  const start = html.indexOf('<section class="call-in"');
  expect(start).toBeGreaterThan(-1);
  return html
    .slice(start, html.indexOf('</section>', start))
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

for (const [name, root, date, closing] of [
  ['the sample site', join(repo, 'content'), '2026-11-22', 'the end of'],
  ['a site whose call-in closes at 13:00', join(fixtures, 'formulas-and-clock-changes'), '2024-11-30', '1pm on'],
  ['a site with decisions from 2001', join(fixtures, 'archive-2001'), '2002-06-06', 'the end of'],
] as const) {
  describe(`${name}: each decision page`, () => {
    it("prints the model's call-in status, window and counting, or why call-in does not apply", () => {
      const r = sharedBuild(root, date);
      expect(r.status, r.output).toBe(0);
      const m = buildPublicModel(checkContentRoot(root, date).content!, { buildDate: date });
      let windows = 0;
      for (const d of m.decisions) {
        const text = panel(readFileSync(join(r.outDir, 'decisions', d.id, 'index.html'), 'utf8'));
        const c = d.callIn;
        expect(text, d.id).toContain(callInStatusLabel[c.status][0]);
        if (c.status === 'not-applicable') expect(text, d.id).toContain(c.reason!);
        if (c.status === 'exempt') expect(text, d.id).toContain(`exempt from call-in. ${c.reason ?? ''}`.trim());
        if (!c.window) {
          expect(text, d.id).not.toContain('Call-in clos');
          continue;
        }
        windows++;
        const closes = callInCloses(c)!;
        expect(closes.startsWith(closing), closes).toBe(true);
        expect(text, d.id).toContain(`${c.status === 'open' ? 'Call-in closes at' : 'Call-in closed at'} ${closes}.`);
        expect(text, d.id).toContain(`Counted as ${callInCounting(c)}.`);
        expect(text, d.id).toContain(`implemented from ${implementableFrom(c)}.`);
        const who = callInWhoSentence(c.rule);
        if (who) expect(text, d.id).toContain(who);
      }
      expect(windows).toBeGreaterThan(0);
    });
  });
}

describe('the sample site’s call-in settings', () => {
  it('name the committee and how many councillors can call a decision in, in each open panel and on the call-in page', () => {
    const r = sharedBuild(join(repo, 'content'), '2026-11-22');
    const sentence =
      'Two councillors can call in a decision; it then goes to the Overview and Scrutiny Management Committee.';
    expect(readFileSync(join(r.outDir, 'call-in', 'index.html'), 'utf8')).toContain(sentence);
    const m = buildPublicModel(checkContentRoot(join(repo, 'content'), '2026-11-22').content!, {
      buildDate: '2026-11-22',
    });
    const withWindow = m.decisions.filter((d) => d.callIn.window);
    expect(withWindow.length).toBeGreaterThan(0);
    for (const d of withWindow)
      expect(panel(readFileSync(join(r.outDir, 'decisions', d.id, 'index.html'), 'utf8')), d.id).toContain(sentence);
  });
});
