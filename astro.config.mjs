// The site's address and base path come from site.yaml in the content root.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import searchIndex from './src/integrations/pagefind.ts';
import { contentRoot } from './src/source/read.ts';
import { readFileSync, existsSync } from 'node:fs';
import { parse } from 'yaml';
import { createHash } from 'node:crypto';

const root = contentRoot(process.cwd());
let site = 'https://example.org/';
try {
  const url = existsSync(`${root}/site.yaml`) && parse(readFileSync(`${root}/site.yaml`, 'utf8'))?.url;
  if (typeof url === 'string') site = new URL(url).href;
} catch {
  // A broken site.yaml is reported, with its file and field, by the content loader.
}
const base = new URL(site).pathname;

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  // 'jsx' compression glues table cells together in the search index.
  compressHTML: true,
  outDir: process.env.ASTRO_OUT_DIR || 'dist',
  // One cache per content root, so builds of different roots never share a data store.
  cacheDir: `node_modules/.astro/${createHash('sha256').update(root).digest('hex').slice(0, 12)}`,
  integrations: [mdx(), searchIndex()],
  // Pages are written four at a time, so rendering one overlaps writing the others to disk.
  // Stylesheets and scripts are always files of their own, never inlined, so the site runs under
  // a Content-Security-Policy of script-src 'self' and style-src 'self' (see README, "Security headers").
  build: { format: 'directory', concurrency: 4, inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
});
