// Builds the statutory-record fixture and reads the pages a resident or scrutiny member would:
// a key decision notice's documents to be submitted (reg 9), a decision's conflicts of interest
// with a dated dispensation (reg 12), and the transparency reports (regs 18 and 19).
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtures, sharedBuild, type BuildResult } from './helpers.ts';

let r: BuildResult;
beforeAll(() => {
  r = sharedBuild(join(fixtures, 'statutory-record'), '2024-06-10');
});
/** The page's main content as text, tags and runs of space collapsed, entities decoded. */
const text = (path: string) =>
  /<main[\s\S]*<\/main>/
    .exec(readFileSync(join(r.outDir, path), 'utf8'))![0]
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
const html = (path: string) => readFileSync(join(r.outDir, path), 'utf8');

describe('the statutory-record site', () => {
  it('builds', () => expect(r.status, r.output).toBe(0));
});

describe('a key decision notice', () => {
  it('shows the documents to be submitted, where copies are, that others may follow and how to ask', () => {
    const page = text('forward-plan/fp-2023-010/index.html');
    expect(page).toContain('Documents to be submitted');
    expect(page).toContain('The documents to be submitted to the decision maker for consideration:');
    for (const title of [
      'Carers breaks service review',
      'Report of the Director of Integrated Commissioning',
      'Appendix 1: provider prices',
    ])
      expect(page).toContain(title);
    expect(page).toContain(
      'Copies of, or extracts from, any document listed are available from Carers Commissioning Team, Test Borough Council, Town Hall, Test Street, Testford TE1 1AA.',
    );
    expect(page).toContain('Other documents relevant to the matter may be submitted to the decision maker.');
    expect(page).toContain(
      'To ask for details of other documents as they become available, write to the Carers Commissioning Team at that address or email carers.commissioning@example.org.',
    );
    // The published report links; the report not yet published and the withheld appendix do not.
    const list = /<section aria-labelledby="documents">[\s\S]*?<\/section>/.exec(
      html('forward-plan/fp-2023-010/index.html'),
    )![0];
    expect(list).toContain('href="/board/documents/2023-05-10/equipment-report.pdf"');
    expect(list).toMatch(
      /<span class="document-list__title">Report of the Director of Integrated Commissioning<\/span>/,
    );
    expect(list).toContain('Not for publication by virtue of paragraph 3');
  });

  it('falls back to the site’s address and a procedure made from it and the contact', () => {
    const page = text('forward-plan/fp-2023-002/index.html');
    expect(page).toContain(
      'Copies of, or extracts from, any document listed are available from Democratic Services, Test Borough Council, Town Hall, Test Street, Testford TE1 1AA.',
    );
    expect(page).toContain('email democratic.services@example.org or telephone 01234 567890.');
  });
});

describe('a decision with a conflict of interest', () => {
  it('shows who declared what, what they did, and the dispensation with its date and who granted it', () => {
    const page = text('decisions/jcb-2023-010/index.html');
    expect(page).toContain(
      'Conflicts of interest Councillor Chris Test : Unpaid trustee of a carers charity that may bid. Spoke and voted under the dispensation. Dispensation granted on Wednesday 30 August 2023 by the Standards Committee: To speak and vote, as the charity will not bid for the main contract.',
    );
  });
});

describe('the transparency reports', () => {
  it('transparency/index.html: counts each report by year, linking to the year’s list', () => {
    const page = html('transparency/index.html');
    expect(page).toContain(
      '<li>2023: <a href="/board/transparency/2023/#special-urgency">1 decision<span class="visually-hidden"> taken under special urgency in 2023</span></a></li>',
    );
    expect(page).toContain(
      '<li>2023: <a href="/board/transparency/2023/#should-have-been-key">2 decisions<span class="visually-hidden"> that should have been key decisions in 2023</span></a></li>',
    );
  });

  for (const path of ['transparency/2023/index.html']) {
    it(`${path}: lists the special urgency decision with who agreed, when and why`, () => {
      const page = text(path);
      expect(page).toContain('Decisions taken under special urgency');
      expect(page).toContain(
        "jcb-2023-011: Emergency placement funding for the closure of a care home Tuesday 3 October 2023 Chair of the Overview and Scrutiny Committee Monday 2 October 2023 The care home's owner gave seven days' notice of closure",
      );
    });

    it(`${path}: lists the decisions that should have been key, and why`, () => {
      const page = text(path);
      expect(page).toContain('Decisions that should have been treated as key decisions');
      expect(page).toContain(
        'jcb-2023-012: Extension of the home care framework Wednesday 8 November 2023 Not marked as a key decision, although its spending of £620,000 reaches the threshold of £500,000.',
      );
      expect(page).toContain(
        'jcb-2023-013: Closure of the Testford day centre Wednesday 8 November 2023 The Overview and Scrutiny Committee asked for a report on Monday 20 November 2023; reported on Wednesday 13 December 2023.',
      );
    });
  }

  it('lists in the reports only the decisions that belong there', () => {
    const reports = /<section aria-labelledby="special-urgency">[\s\S]*<\/section>/.exec(
      html('transparency/2023/index.html'),
    )![0];
    const listed = [...reports.matchAll(/href="\/board\/decisions\/([^/]+)\/"/g)].map((x) => x[1]);
    // jcb-2023-001 is a key decision on the forward plan, jcb-2023-002 a non-key decision under the threshold.
    expect(listed).toEqual(['jcb-2023-011', 'jcb-2023-012', 'jcb-2023-013']);
  });
});
