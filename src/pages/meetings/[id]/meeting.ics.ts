import type { APIRoute } from 'astro';
import { getModel } from '../../../publication/index.ts';
import { meetingCalendar } from '../../../publication/calendar.ts';
import type { PublicMeeting } from '../../../publication/model.ts';

export async function getStaticPaths() {
  const m = await getModel();
  return m.meetings.map((meeting) => ({ params: { id: meeting.id }, props: { meeting } }));
}

export const GET: APIRoute = async ({ props }) =>
  new Response(meetingCalendar(await getModel(), (props as { meeting: PublicMeeting }).meeting), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
