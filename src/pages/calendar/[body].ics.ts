// calendar/<body id>.ics: one board's meetings. Validation keeps body ids off the site-wide names.
import type { APIRoute } from 'astro';
import { getModel } from '../../publication/index.ts';
import { bodyCalendar } from '../../publication/calendar.ts';
import type { PublicBody } from '../../publication/model.ts';

export async function getStaticPaths() {
  const m = await getModel();
  return m.bodies.map((body) => ({ params: { body: body.id }, props: { body } }));
}

export const GET: APIRoute = async ({ props }) =>
  new Response(bodyCalendar(await getModel(), (props as { body: PublicBody }).body), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
