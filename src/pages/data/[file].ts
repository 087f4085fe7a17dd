import type { APIRoute } from 'astro';
import { getModel } from '../../publication/index.ts';
import { openData } from '../../publication/open-data.ts';

export async function getStaticPaths() {
  const files = openData(await getModel());
  return Object.keys(files).map((file) => ({ params: { file } }));
}

export const GET: APIRoute = async ({ params }) => {
  const files = openData(await getModel());
  return new Response(`${JSON.stringify(files[params.file!], null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
