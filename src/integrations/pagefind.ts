/**
 * Builds the Pagefind search index from the finished site, before scripts/build.mjs swaps it
 * into place. Only pages marked data-pagefind-body are indexed: the entry pages the publication
 * model publishes (see src/publication/search.ts). Any indexing error fails the build.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export default function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex();
          if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
          logger.info(`Search index: ${added.page_count} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
