import type { APIRoute } from 'astro';
import { getModel } from '../../publication/index.ts';
import { budgetsCsv } from '../../publication/open-data.ts';

export const GET: APIRoute = async () =>
  new Response(budgetsCsv(await getModel()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
