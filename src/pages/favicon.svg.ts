import type { APIRoute } from 'astro';
import { faviconSvg } from '../publication/views.ts';

// The site's mark as a file of its own, so browsers do not ask for /favicon.ico outside the site.
export const GET: APIRoute = () => new Response(faviconSvg, { headers: { 'Content-Type': 'image/svg+xml' } });
