// Every file under data/: JSON, CSV, the index and the JSON Schemas (src/publication/data-files.ts).
import type { APIRoute } from 'astro';
import { getModel } from '../../publication/index.ts';
import { dataFiles, type DataFile } from '../../publication/data-files.ts';

export async function getStaticPaths() {
  const files = dataFiles(await getModel());
  return files.map((file) => ({ params: { path: file.path.replace(/^data\//, '') }, props: { file } }));
}

export const GET: APIRoute = ({ props }) => {
  const { file } = props as { file: DataFile };
  return new Response(file.text, { headers: { 'Content-Type': `${file.mediaType}; charset=utf-8` } });
};
