/** Links between public records: each resolves to a public entry or to nothing. */
import type { Entry } from '../../domain/content.ts';
import type { Meeting } from '../../schemas/index.ts';
import { formatDate } from '../../domain/dates.ts';
import type { Link } from '../types.ts';
import type { ModelContext } from './context.ts';

export interface Links {
  body: (id: string) => Link | undefined;
  person: (id: string) => Link | undefined;
  meeting: (id?: string) => Link | undefined;
  forwardPlan: (id?: string) => Link | undefined;
  decision: (id: string) => Link | undefined;
  /** A decision maker is a body or a person. */
  maker: (id: string) => Link & { kind: 'body' | 'person' };
  /** "Joint Commissioning Board, 14 March 2024". */
  meetingTitle: (m: Entry<Meeting>) => string;
}

export function links(ctx: ModelContext): Links {
  const { u } = ctx;
  const body = (id: string): Link | undefined => {
    const b = ctx.bodyById.get(id);
    return b && { id, title: b.data.name, href: u.body(id) };
  };
  const person = (id: string): Link | undefined => {
    const p = ctx.personById.get(id);
    return p && { id, title: p.data.name, href: u.person(id) };
  };
  const meetingTitle = (m: Entry<Meeting>) =>
    `${ctx.bodyById.get(m.data.body)?.data.name ?? m.data.body}, ${formatDate(m.data.start.slice(0, 10), false)}`;
  return {
    body,
    person,
    meetingTitle,
    meeting(id) {
      const m = id ? ctx.meetingById.get(id) : undefined;
      return m && { id: m.id, title: meetingTitle(m), href: u.meeting(m.id) };
    },
    forwardPlan(id) {
      const f = id ? ctx.forwardPlanById.get(id) : undefined;
      return f && { id: f.id, title: f.data.title, href: u.forwardPlanEntry(f.id) };
    },
    decision(id) {
      const d = ctx.decisionById.get(id);
      return d && { id, title: d.data.title, href: u.decision(id) };
    },
    maker(id) {
      const b = body(id);
      if (b) return { ...b, kind: 'body' };
      const p = person(id);
      return { ...(p ?? { id, title: id, href: u.home }), kind: 'person' };
    },
  };
}

export const defined = <T>(x: T | undefined): x is T => x !== undefined;
