import type { APIRoute } from 'astro';
import { getModel } from '../../publication/index.ts';
import { meetingsCalendar } from '../../publication/calendar.ts';

export const GET: APIRoute = async () =>
  new Response(meetingsCalendar(await getModel()), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
