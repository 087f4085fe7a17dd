import type { APIRoute } from 'astro';
import { getModel } from '../../publication/index.ts';
import { feeds, rss, type Feed } from '../../publication/feeds.ts';

export async function getStaticPaths() {
  return feeds(await getModel()).map((feed) => ({ params: { feed: feed.name }, props: { feed } }));
}

export const GET: APIRoute = async ({ props }) =>
  new Response(await rss(await getModel(), (props as { feed: Feed }).feed), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
