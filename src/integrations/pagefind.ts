/**
 * Builds the Pagefind search index from the finished site, before scripts/build.mjs swaps it
 * into place. Only pages marked data-pagefind-body are indexed: the entry pages the publication
 * model publishes (see src/publication/search.ts). Any indexing error fails the build.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { mark } from '../publication/timings.ts';

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
        const site = fileURLToPath(dir);
        mark('search-index', 'start');
        try {
          // Pagefind reads the folder itself, on every core, far faster than file by file; the
          // pages get their spaces between cells first (which the browser does not show).
          for (const file of htmlFiles(site)) {
            const html = readFileSync(join(site, file), 'utf8');
            const spaced = separateCells(html);
            if (spaced !== html) writeFileSync(join(site, file), spaced);
          }
          const { index, errors } = await pagefind.createIndex();
          if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
          const pages = added.page_count;
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length)
            throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
          logger.info(`Search index: ${pages} pages read`);
        } finally {
          await pagefind.close();
          mark('search-index', 'end');
        }
      },
    },
  };
}
