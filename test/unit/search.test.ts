// The search index's record of each page: only entries the model publishes, with their
// type, reference, date and filter values.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkContentRoot } from '../../src/publication/load.ts';
import { buildPublicModel } from '../../src/publication/model.ts';
import type { Content } from '../../src/domain/content.ts';
import { FILTERS, searchEntry } from '../../src/publication/search.ts';

const load = (root: string) =>
  buildPublicModel(checkContentRoot(join(import.meta.dirname, '..', '..', root)).content as Content, {
    buildDate: '2024-06-10',
  });
const m = load('content');

describe('searchEntry', () => {
  it('records a decision with its reference, date and every filter', () => {
    expect(searchEntry(m, m.urls.decision('jcb-2021-003'))).toEqual({
      type: 'Decision',
      reference: 'jcb-2021-003',
      date: '2021-07-22',
      dateLabel: '22 July 2021',
      filters: {
        Type: ['Decision'],
        Year: ['2021'],
        'Board or committee': ['Joint Commissioning Board'],
        // The ICB joined in July 2022: only the partners of the day are named.
        Partner: ['NHS Southampton City Clinical Commissioning Group', 'Southampton City Council'],
        'Key decision': ['Yes'],
        'Call-in': ['Call-in closed'],
      },
    });
  });

  it('gives an individual’s decision the partner of the person who took it, and no board', () => {
    expect(searchEntry(m, m.urls.decision('jcb-2020-001'))!.filters).toEqual({
      Type: ['Decision'],
      Year: ['2020'],
      Partner: ['Southampton City Council'],
      'Key decision': ['Yes'],
      'Call-in': ['Exempt from call-in'],
    });
  });

  it('records meetings, forward plan entries, boards, people, funds and pages', () => {
    expect(searchEntry(m, m.urls.meeting('2017-07-18-scc-cabinet'))).toMatchObject({
      type: 'Meeting',
      reference: '2017-07-18-scc-cabinet',
      date: '2017-07-18',
      filters: {
        Type: ['Meeting'],
        Year: ['2017'],
        'Board or committee': ['Cabinet'],
        Partner: ['Southampton City Council'],
      },
    });
    const notice = searchEntry(m, m.urls.forwardPlanEntry('fp-2026-007'))!;
    expect(notice).toMatchObject({ type: 'Forward plan', date: '2027-02-11', dateLabel: '11 February 2027' });
    expect(notice.filters[FILTERS.key]).toEqual(['No']);
    expect(notice.filters[FILTERS.year]).toEqual(['2027']);
    expect(searchEntry(m, m.urls.body('health-and-wellbeing-board'))).toEqual({
      type: 'Board',
      reference: 'health-and-wellbeing-board',
      filters: {
        Type: ['Board'],
        'Board or committee': ['Health and Wellbeing Board'],
        Partner: [
          'NHS Hampshire and Isle of Wight Integrated Care Board',
          'NHS Southampton City Clinical Commissioning Group',
          'Southampton City Council',
        ],
      },
    });
    expect(searchEntry(m, m.urls.person('kerry-ashdown'))).toEqual({
      type: 'Person',
      reference: 'kerry-ashdown',
      filters: { Type: ['Person'], Partner: ['Southampton City Council'] },
    });
    expect(searchEntry(m, m.urls.fund('better-care-fund'))!.filters.Partner).toHaveLength(3);
    expect(searchEntry(m, m.urls.page('about'))).toEqual({ type: 'Page', filters: { Type: ['Page'] } });
  });

  it('finds a page with or without its trailing slash', () => {
    expect(searchEntry(m, '/jcb/decisions/jcb-2021-003')).toEqual(searchEntry(m, '/jcb/decisions/jcb-2021-003/'));
  });

  it('leaves out lists, the home page and anything the model does not publish', () => {
    expect(searchEntry(m, m.urls.home)).toBeUndefined();
    expect(searchEntry(m, m.urls.decisions)).toBeUndefined();
    expect(searchEntry(m, `${m.site.base}search/`)).toBeUndefined();
    expect(searchEntry(m, m.urls.decision('jcb-2099-001'))).toBeUndefined();
  });

  it('never indexes a draft or embargoed entry', () => {
    const canary = load('test/fixtures/canary');
    const records = [...canary.decisions, ...canary.meetings, ...canary.forwardPlan].map((x) =>
      JSON.stringify(searchEntry(canary, x.href)),
    );
    expect(records.every((r) => r !== undefined && !r.includes('CANARY-'))).toBe(true);
    expect(records.length).toBeGreaterThan(0);
  });
});
