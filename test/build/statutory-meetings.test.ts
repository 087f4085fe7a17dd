// Builds the statutory-record fixture and reads the pages a resident would: the meeting in
// private (both notices on time, the further notice late, the urgent agreement), background
// papers (published and for inspection), and the public summary of an item taken in private.
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { sharedBuild, filesOf, fixtures, type BuildResult } from './helpers.ts';

let result: BuildResult;
let pages: Map<string, string>;
beforeAll(() => {
  result = sharedBuild(join(fixtures, 'statutory-record'), '2024-06-10');
  pages = new Map(result.status === 0 ? filesOf(result.outDir).map((f) => [f.path, f.bytes.toString('utf8')]) : []);
});

/** The page's text, tags removed and spaces collapsed. */
const text = (path: string) =>
  (pages.get(path) ?? '')
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/\s+/g, ' ');

describe('the statutory record of meetings', () => {
  it('builds', () => expect(result.status, result.output).toBe(0));

  it('shows a meeting in private whose notices were both on time, with the further notice’s contents', () => {
    const page = text('meetings/2023-09-13-test-board/index.html');
    expect(page).toContain('Meeting in private');
    expect(page).toContain('Taken in private Item 2');
    expect(page).toContain('Both notices of the meeting in private were given in time.');
    expect(page).toContain(
      'First notice published Tuesday 15 August 2023, 28 clear days before the meeting; 28 required (met)',
    );
    expect(page).toContain(
      'Further notice published Tuesday 5 September 2023, 5 clear working days before the meeting; 5 required (met)',
    );
    expect(page).toContain('Representations received None received');
    expect(page).toContain('Response No response was needed, as no representations were received.');
  });

  it('says when the further notice was late', () => {
    const page = text('meetings/2023-10-11-test-board/index.html');
    expect(page).toContain('Notice of the meeting in private was not given in time: the further notice was late.');
    expect(page).toContain('4 clear working days before the meeting; 5 required (not met)');
  });

  it('shows who agreed a meeting in private was urgent, and when', () => {
    const page = text('meetings/2023-11-08-test-board/index.html');
    expect(page).toContain(
      'Held in private as urgent: Chair of the Health Overview and Scrutiny Committee agreed on Monday 6 November 2023 that the meeting was urgent and could not reasonably be deferred (regulation 5(6)).',
    );
    expect(page).toContain('Notice of reasons for urgency Published Monday 6 November 2023');
  });

  it('lists background papers: a published one linked, the others open to inspection until a date, and says how', () => {
    const html = pages.get('meetings/2023-12-13-test-board/index.html')!;
    expect(html).toContain(
      '<a class="document-list__link" href="/board/documents/2023-12-13/market-position-statement.pdf">',
    );
    const page = text('meetings/2023-12-13-test-board/index.html');
    expect(page).toContain('Background papers');
    expect(page).toContain(
      'Care at home provider survey, October 2023 Available for inspection until Sunday 12 December 2027',
    );
    expect(page).toContain(
      'To inspect one, contact democratic services: email democratic.services@example.org or telephone 01234 567890.',
    );
    expect(pages.has('documents/2023-12-13/market-position-statement.pdf')).toBe(true);
    expect(page).toContain(
      "Provider's audited accounts 2022-23 Not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A",
    );
  });

  it('shows the public summary of an item taken in private, never its minute', () => {
    const page = text('meetings/2023-12-13-test-board/index.html');
    expect(page).toContain(
      'Summary of the proceedings: The Board considered the financial position of a care at home provider in private',
    );
    expect(page).not.toContain('support of 40,000 pounds');
  });

  it('lists a decision’s background papers', () => {
    const page = text('decisions/jcb-2023-004/index.html');
    expect(page).toContain(
      "Carers' breaks grant scheme evaluation, 2022 Available for inspection until Friday 19 November 2027",
    );
    expect(page).toContain('four years from the date of the decision');
  });

  it('shows a private-meeting notice’s reasons on the forward plan, with its meeting’s further notice', () => {
    const page = text('forward-plan/fp-2023-003/index.html');
    expect(page).toContain('Reason: The report contains the financial affairs of a care home provider');
    expect(page).toContain('Meeting in private');
    expect(page).toContain('Further notice Tuesday 5 September 2023');
    expect(page).toContain('Representations received None received');
  });
});
