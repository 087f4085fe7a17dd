/** Free pages: names the site keeps for itself, and MDX only where site.yaml allows it. */
import type { Checker } from './context.ts';

/** Top-level addresses the site uses itself; a free page cannot take one. */
export const RESERVED_PAGES = new Set([
  'decisions',
  'meetings',
  'forward-plan',
  'bodies',
  'people',
  'budgets',
  'data',
  'documents',
  'search',
  'feeds',
  'calendar',
  'call-in',
  'transparency',
  'accessibility',
  '404',
  '_astro',
  'pagefind',
]);

export function checkPages(k: Checker): void {
  const { c, add } = k;
  for (const p of c.pages) {
    k.noDraft(p, 'no drafts in a public content repository');
    if (p.id === 'accessibility')
      add(
        p,
        'id',
        p.id,
        'another page name: the site makes its own accessibility statement at accessibility/ from its checks; say what a person found in site.yaml (accessibility: issues, tested), or rename this page',
      );
    else if (RESERVED_PAGES.has(p.id))
      add(p, 'id', p.id, `a page name the site does not use itself (not ${[...RESERVED_PAGES].join(', ')})`);
    if (p.file.endsWith('.mdx') && !c.site.data.allowMdx) {
      k.problems.push({
        file: p.file,
        field: '',
        found: 'an MDX page, which runs as code when the site is built',
        expected:
          'a Markdown (.md) page; MDX pages are off unless site.yaml sets allowMdx: true, which lets whoever edits the content run code on the build machine',
      });
    }
  }
}
