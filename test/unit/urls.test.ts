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
    expect(absoluteUrl('https://democracy.example.org/jcb/', '/jcb/decisions/x/')).toBe(
      'https://democracy.example.org/jcb/decisions/x/',
    );
  });
});

describe('escapeXml', () => {
  it('escapes the five special characters and drops what XML cannot hold', async () => {
    const { escapeXml } = await import('../../src/publication/xml.ts');
    expect(escapeXml(`Tom & Jerry's "<b>" \u0001 end`)).toBe('Tom &amp; Jerry&apos;s &quot;&lt;b&gt;&quot;  end');
  });
});
