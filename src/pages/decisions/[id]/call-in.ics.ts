import type { APIRoute } from 'astro';
import { getModel } from '../../../publication/index.ts';
import { decisionCallInCalendar } from '../../../publication/calendar.ts';
import type { PublicDecision } from '../../../publication/model.ts';
import { hasCallInReminder } from '../../../publication/views.ts';

export async function getStaticPaths() {
  const m = await getModel();
  return m.decisions
    .filter(hasCallInReminder)
    .map((decision) => ({ params: { id: decision.id }, props: { decision } }));
}

export const GET: APIRoute = async ({ props }) =>
  new Response(decisionCallInCalendar(await getModel(), (props as { decision: PublicDecision }).decision), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
