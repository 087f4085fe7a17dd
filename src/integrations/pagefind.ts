/**
 * Builds the Pagefind search index from the finished site, before scripts/build.mjs swaps it
 * into place. Only pages marked data-pagefind-body are indexed: the entry pages the publication
 * model publishes (see src/publication/search.ts). Any indexing error fails the build.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { mark } from '../publication/timings.ts';
import type { SearchBundle } from '../publication/search.ts';

/** Every HTML file under dir, relative to it. */
function htmlFiles(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? htmlFiles(join(dir, e.name), root)
      : e.name.endsWith('.html')
        ? [relative(root, join(dir, e.name))]
        : [],
  );
}

/**
 * Pagefind runs header cells written side by side into one word ("MemberRolePartner"), so
 * adjacent table cells get a space between them whatever the template wrote.
 */
export const separateCells = (html: string) => html.replace(/<\/(td|th)>(?=<(td|th)\b)/g, '</$1> ');

/**
 * The indexes the search page asks for (src/publication/search.ts, splitSearch), read from the
 * page itself so the two always agree; one index of everything when there is no search page.
 */
export function bundlesOf(site: string): SearchBundle[] {
  const page = join(site, 'search', 'index.html');
  if (!existsSync(page)) return [{ path: 'pagefind/', years: [] }];
  const list = /<script[^>]*\bid="search-bundles"[^>]*>(.*?)<\/script>/s.exec(readFileSync(page, 'utf8'))?.[1];
  if (!list) throw new Error(`${page} does not list its search indexes (#search-bundles)`);
  return JSON.parse(list) as SearchBundle[];
}

/**
 * Indexes a built site with Pagefind: the indexes the search page lists (bundlesOf), each from
 * a folder of links to its pages, one at a time. Returns a line saying what was indexed.
 */
export async function indexSite(site: string): Promise<string> {
  mark('search-index', 'start');
  const bundles = bundlesOf(site);
  // Pagefind reads a folder itself, on every core, far faster than file by file. Each index
  // gets a folder of links to its pages, beside the site, so it never reaches the output.
  const links = join(dirname(site), `.search-${basename(site)}`);
  rmSync(links, { recursive: true, force: true });
  try {
    bundles.forEach((_, i) => mkdirSync(join(links, String(i)), { recursive: true }));
    for (const file of htmlFiles(site)) {
      const html = readFileSync(join(site, file), 'utf8');
      // Spaces between cells first (the browser does not show them).
      const spaced = separateCells(html);
      if (spaced !== html) writeFileSync(join(site, file), spaced);
      if (!spaced.includes('data-pagefind-body')) continue;
      const year = /data-pagefind-sort="date">(\d{4})/.exec(spaced)?.[1] ?? '';
      const i = Math.max(
        0,
        bundles.findIndex((b) => b.years.includes(year)),
      );
      mkdirSync(dirname(join(links, String(i), file)), { recursive: true });
      linkSync(join(site, file), join(links, String(i), file));
    }
    let pages = 0;
    for (const [i, bundle] of bundles.entries()) {
      const { index, errors } = await pagefind.createIndex();
      if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      const added = await index.addDirectory({ path: join(links, String(i)) });
      if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
      pages += added.page_count;
      const written = await index.writeFiles({ outputPath: join(site, bundle.path) });
      if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
      // Pagefind holds an index's pages until it stops: stop it before the next index.
      await pagefind.close();
    }
    return `Search index: ${pages} pages${bundles.length > 1 ? ` in ${bundles.length} indexes (${bundles.map((b) => b.path).join(', ')})` : ''}`;
  } finally {
    await pagefind.close();
    rmSync(links, { recursive: true, force: true });
    mark('search-index', 'end');
  }
}

export default function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      // Stage marks for the benchmark; nothing is written unless BUILD_TIMINGS is set.
      'astro:config:done': () => mark('content-sync', 'start'),
      'astro:build:start': () => {
        mark('content-sync', 'end');
        mark('rendering', 'start');
      },
      'astro:build:generated': () => mark('rendering', 'end'),
      'astro:build:done': async ({ dir, logger }) => {
        // scripts/build.mjs indexes the site itself once Astro has gone, so the two never hold
        // their memory at once; `astro build` run on its own indexes here.
        if (process.env.SEARCH_INDEX_AFTER_ASTRO === '1') return;
        logger.info(await indexSite(fileURLToPath(dir)));
      },
    },
  };
}
