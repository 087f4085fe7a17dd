import type { APIRoute } from 'astro';
import { getModel } from '../publication/index.ts';
import { sitemapXml } from '../publication/sitemap.ts';

export const GET: APIRoute = async () =>
  new Response(sitemapXml(await getModel()), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
