import type { APIRoute } from 'astro';
import { getModel } from '../../publication/index.ts';
import { forwardPlanCalendar } from '../../publication/calendar.ts';

export const GET: APIRoute = async () =>
  new Response(forwardPlanCalendar(await getModel()), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
