import type { APIRoute } from 'astro';
import { getModel } from '../../publication/index.ts';
import { callInCalendar } from '../../publication/calendar.ts';

export const GET: APIRoute = async () =>
  new Response(callInCalendar(await getModel()), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
