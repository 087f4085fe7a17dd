// Internal and absolute addresses, under the site's base path.
import { describe, expect, it } from 'vitest';
import { absoluteUrl, basePath, urls } from '../../src/publication/urls.ts';

describe('urls', () => {
  const u = urls('/jcb/');
  it('puts every address under the base path with a trailing slash', () => {
    expect(u.home).toBe('/jcb/');
    expect(u.decision('jcb-2024-001')).toBe('/jcb/decisions/jcb-2024-001/');
    expect(u.meeting('2024-05-15-test-board')).toBe('/jcb/meetings/2024-05-15-test-board/');
    expect(u.page('about')).toBe('/jcb/about/');
    expect(urls('/jcb').fund('bcf')).toBe('/jcb/budgets/bcf/');
  });

  it('gives every register and entry its own address', () => {
    expect(u.decisions).toBe('/jcb/decisions/');
    expect(u.meetings).toBe('/jcb/meetings/');
    expect(u.forwardPlan).toBe('/jcb/forward-plan/');
    expect(u.forwardPlanEntry('fp-2024-001')).toBe('/jcb/forward-plan/fp-2024-001/');
    expect(u.bodies).toBe('/jcb/bodies/');
    expect(u.body('joint-commissioning-board')).toBe('/jcb/bodies/joint-commissioning-board/');
    expect(u.people).toBe('/jcb/people/');
    expect(u.person('kerry-ashdown')).toBe('/jcb/people/kerry-ashdown/');
    expect(u.budgets).toBe('/jcb/budgets/');
    expect(u.fund('better-care-fund')).toBe('/jcb/budgets/better-care-fund/');
  });

  it('puts data files under data/ and other files under the base, with or without a leading slash', () => {
    expect(u.data('decisions.json')).toBe('/jcb/data/decisions.json');
    expect(u.data('schema/decisions.schema.json')).toBe('/jcb/data/schema/decisions.schema.json');
    expect(u.data('')).toBe('/jcb/data/');
    expect(u.asset('calendar/meetings.ics')).toBe('/jcb/calendar/meetings.ics');
    expect(u.asset('/sitemap.xml')).toBe('/jcb/sitemap.xml');
  });

  it('works at the root of a domain', () => {
    const root = urls('/');
    expect(root.home).toBe('/');
    expect(root.decision('jcb-2024-001')).toBe('/decisions/jcb-2024-001/');
    expect(root.asset('/favicon.svg')).toBe('/favicon.svg');
  });

  it('keeps a document’s path, encoding each part of it', () => {
    expect(u.document('documents/2024-05-15/Report 1 (final).pdf')).toBe(
      '/jcb/documents/2024-05-15/Report%201%20(final).pdf',
    );
    expect(u.document('documents/a&b/c+d.pdf')).toBe('/jcb/documents/a%26b/c%2Bd.pdf');
  });
});

describe('basePath and absoluteUrl', () => {
  it('read the base from the site address and make absolute addresses', () => {
    expect(basePath('https://democracy.example.org/jcb')).toBe('/jcb/');
    expect(basePath('https://example.org/')).toBe('/');
    expect(basePath('https://example.org')).toBe('/');
    expect(basePath('https://example.org/a/b/')).toBe('/a/b/');
    expect(absoluteUrl('https://democracy.example.org/jcb/', '/jcb/decisions/x/')).toBe(
      'https://democracy.example.org/jcb/decisions/x/',
    );
    expect(absoluteUrl('https://democracy.example.org/jcb/', 'calendar/meetings.ics')).toBe(
      'https://democracy.example.org/jcb/calendar/meetings.ics',
    );
  });
});

describe('escapeXml', () => {
  it('escapes the five special characters and drops what XML cannot hold', async () => {
    const { escapeXml } = await import('../../src/publication/xml.ts');
    expect(escapeXml(`Tom & Jerry's "<b>" \u0001 end`)).toBe('Tom &amp; Jerry&apos;s &quot;&lt;b&gt;&quot;  end');
  });
});
