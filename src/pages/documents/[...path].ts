// Papers are published from documents/ in the content root only when the model publishes them.
import type { APIRoute } from 'astro';
import { getModel, documentBytes } from '../../publication/index.ts';

export async function getStaticPaths() {
  const m = await getModel();
  return [...m.documents.keys()].map((file) => ({ params: { path: file.replace(/^documents\//, '') } }));
}

export const GET: APIRoute = async ({ params }) => new Response(await documentBytes(`documents/${params.path}`));
