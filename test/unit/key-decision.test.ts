// keyDecisionThreshold: spending that reaches it is said on a decision not recorded as key.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { reachesKeyThreshold, DEFAULT_KEY_DECISION_THRESHOLD } from '../../src/domain/notice.ts';
import { keyDecisionText } from '../../src/publication/explain.ts';
import { checkContentRoot } from '../../src/publication/load.ts';
import { buildPublicModel } from '../../src/publication/model.ts';
import type { Content } from '../../src/domain/content.ts';

describe('reachesKeyThreshold', () => {
  it('counts spending at or above the threshold', () => {
    expect(reachesKeyThreshold(499_999, 500_000)).toBe(false);
    expect(reachesKeyThreshold(500_000, 500_000)).toBe(true);
    expect(DEFAULT_KEY_DECISION_THRESHOLD).toBe(500_000);
  });
});

describe('keyDecisionText', () => {
  it('says whether the decision is key, and when its spending reaches the threshold anyway', () => {
    expect(keyDecisionText({ key: true, keyThreshold: { threshold: 500_000, reached: true } })).toBe('Yes');
    expect(keyDecisionText({ key: false })).toBe('No');
    expect(keyDecisionText({ key: false, keyThreshold: { threshold: 500_000, reached: false } })).toBe('No');
    expect(keyDecisionText({ key: false, keyThreshold: { threshold: 150_000, reached: true } })).toBe(
      'No, although the spending reaches the key decision threshold of £150,000',
    );
  });

  it('takes the threshold from the body, then the site, then the default', () => {
    const c = checkContentRoot(join(import.meta.dirname, '..', 'fixtures', 'minimal')).content as Content;
    const spend = (site?: number, body?: number) => {
      const content = {
        ...c,
        site: { ...c.site, data: { ...c.site.data, rules: { ...c.site.data.rules, keyDecisionThreshold: site } } },
        bodies: c.bodies.map((b) => ({
          ...b,
          data: { ...b.data, rules: { ...b.data.rules, keyDecisionThreshold: body } },
        })),
      };
      return buildPublicModel(content, { buildDate: '2024-06-10' }).decisions.find((d) => d.id === 'jcb-2023-001')!
        .keyThreshold;
    };
    // jcb-2023-001 spends 200,000.
    expect(spend()).toEqual({ threshold: 500_000, reached: false });
    expect(spend(150_000)).toEqual({ threshold: 150_000, reached: true });
    expect(spend(150_000, 250_000)).toEqual({ threshold: 250_000, reached: false });
  });
});
