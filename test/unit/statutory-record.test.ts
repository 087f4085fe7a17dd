// The statutory-record fixture in the public model, its views and its open data: a key decision
// notice's reg 9 contents, a dated dispensation, and the reg 19 and reg 18 reports by year.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkContentRoot } from '../../src/publication/load.ts';
import { buildPublicModel } from '../../src/publication/model.ts';
import { openData } from '../../src/publication/open-data.ts';
import { openDataSchemas } from '../../src/schemas/open-data.ts';
import { statutoryReports, transparencyByYear } from '../../src/publication/views.ts';
import { decisionDeclarationText, documentsFromSentence } from '../../src/publication/explain.ts';
import type { Content } from '../../src/domain/content.ts';

const { content, problems } = checkContentRoot(join(import.meta.dirname, '..', 'fixtures', 'statutory-record'));
const m = buildPublicModel(content as Content, { buildDate: '2024-06-10' });
const data = openData(m) as Record<string, { id: string }[]>;
const record = (file: string, id: string) => data[file].find((r) => r.id === id) as Record<string, unknown>;

describe('the statutory-record fixture', () => {
  it('validates', () => expect(problems).toEqual([]));
});

describe('a key decision notice (reg 9(1)(e) to (h))', () => {
  const f = m.forwardPlan.find((x) => x.id === 'fp-2023-010')!;

  it('lists its documents: a published file, a report named before publication, a withheld appendix', () => {
    expect(f.documents.map((d) => [d.title, Boolean(d.href), Boolean(d.withheld)])).toEqual([
      ['Carers breaks service review', true, false],
      ['Report of the Director of Integrated Commissioning', false, false],
      ['Appendix 1: provider prices', false, true],
    ]);
  });

  it('gives its own address and procedure, and says its contents are complete', () => {
    expect(f.documentsFrom).toBe(
      'Carers Commissioning Team, Test Borough Council, Town Hall, Test Street, Testford TE1 1AA',
    );
    expect(documentsFromSentence(f)).toBe(
      'Copies of, or extracts from, any document listed are available from Carers Commissioning Team, Test Borough Council, Town Hall, Test Street, Testford TE1 1AA.',
    );
    expect(f.otherDocuments).toMatch(
      /^To ask for details of other documents as they become available, write to the Carers/,
    );
    expect(f.noticeContents).toMatchObject({ applies: true, documentsListed: 3, complete: true, missing: [] });
  });

  it('takes the site’s address, and a sentence made from it and the contact, when the entry gives none', () => {
    const other = m.forwardPlan.find((x) => x.id === 'fp-2023-002')!;
    expect(other.documentsFrom).toBe(
      'Democratic Services, Test Borough Council, Town Hall, Test Street, Testford TE1 1AA',
    );
    expect(other.otherDocuments).toBe(
      'To ask for details of other documents as they become available, write to Democratic Services, Test Borough Council, Town Hall, Test Street, Testford TE1 1AA, email democratic.services@example.org or telephone 01234 567890.',
    );
  });

  it('is in forward-plan.json with its documents, address and procedure, and no withheld file', () => {
    const r = record('forward-plan.json', 'fp-2023-010');
    expect(r.documents).toEqual([
      {
        title: 'Carers breaks service review',
        url: 'https://example.org/board/documents/2023-05-10/equipment-report.pdf',
        type: 'PDF',
        bytes: expect.any(Number),
      },
      { title: 'Report of the Director of Integrated Commissioning', url: null },
      { title: 'Appendix 1: provider prices', withheld: [3] },
    ]);
    expect(r.documentsFrom).toBe(f.documentsFrom);
    expect(r.otherDocuments).toBe(f.otherDocuments);
    expect(openDataSchemas['forward-plan.json'].safeParse(data['forward-plan.json']).success).toBe(true);
  });
});

describe('a conflict of interest with a dispensation (reg 12)', () => {
  const d = m.decisions.find((x) => x.id === 'jcb-2023-010')!;

  it('keeps when and by whom the dispensation was granted, and what it allows', () => {
    expect(d.declarations[0].dispensation).toEqual({
      granted: '2023-08-30',
      by: 'the Standards Committee',
      scope: 'To speak and vote, as the charity will not bid for the main contract',
    });
    expect(decisionDeclarationText(d.declarations[0])).toBe(
      'Unpaid trustee of a carers charity that may bid. Spoke and voted under the dispensation. Dispensation granted on Wednesday 30 August 2023 by the Standards Committee: To speak and vote, as the charity will not bid for the main contract.',
    );
  });

  it('is in decisions.json as the grant, and a dispensation written as words as its text', () => {
    expect(record('decisions.json', 'jcb-2023-010').declarations).toEqual([
      {
        person: 'cllr-chris-test',
        interest: 'Unpaid trustee of a carers charity that may bid',
        action: 'Spoke and voted under the dispensation',
        dispensation: {
          granted: '2023-08-30',
          by: 'the Standards Committee',
          scope: 'To speak and vote, as the charity will not bid for the main contract',
        },
      },
    ]);
    expect(record('decisions.json', 'jcb-2023-002').declarations).toEqual([
      { person: 'dr-bea-test', interest: 'Trustee of a carers charity', action: null, dispensation: { text: 'none' } },
    ]);
    expect(openDataSchemas['decisions.json'].safeParse(data['decisions.json']).success).toBe(true);
  });
});

describe('the reports the regulations require, for 2023', () => {
  const y = transparencyByYear(m).find((x) => x.year === '2023')!;
  const reports = statutoryReports(y);

  it('lists the decision taken under special urgency, with who agreed it was urgent, when and why (reg 19)', () => {
    expect(reports.specialUrgency).toEqual([
      {
        decision: {
          href: '/board/decisions/jcb-2023-011/',
          title: 'jcb-2023-011: Emergency placement funding for the closure of a care home',
        },
        made: '2023-10-03',
        madeText: 'Tuesday 3 October 2023',
        matter: 'Emergency placement funding for the closure of a care home',
        agreedBy: 'Chair of the Overview and Scrutiny Committee',
        agreed: '2023-10-02',
        agreedText: 'Monday 2 October 2023',
        reason: "The care home's owner gave seven days' notice of closure and residents needed new placements at once.",
      },
    ]);
  });

  it('lists the decisions that should have been key: over the threshold though not marked key, and asked for by scrutiny (reg 18)', () => {
    expect(reports.shouldHaveBeenKey.map((r) => [r.decision.href, r.why])).toEqual([
      [
        '/board/decisions/jcb-2023-012/',
        'Not marked as a key decision, although its spending of £620,000 reaches the threshold of £500,000.',
      ],
      [
        '/board/decisions/jcb-2023-013/',
        'The Overview and Scrutiny Committee asked for a report on Monday 20 November 2023; reported on Wednesday 13 December 2023.',
      ],
    ]);
    // A key decision over the threshold (under special urgency) is not one that should have been key.
    expect(y.shouldHaveBeenKey.map((d) => d.id)).not.toContain('jcb-2023-011');
    expect(record('decisions.json', 'jcb-2023-012').keyDecisionReport).toEqual({
      overThreshold: true,
      requested: null,
      by: null,
      reported: null,
    });
    expect(record('decisions.json', 'jcb-2023-001').keyDecisionReport).toBeNull();
  });
});
