/** Bodies, their memberships, and the people who hold them. */
import { overlaps } from '../../domain/dates.ts';
import type { QuorumCondition } from '../../domain/quorum.ts';
import { partnerShortName } from '../labels.ts';
import type { PublicBody, PublicMembership, PublicPerson } from '../types.ts';
import type { ModelContext } from './context.ts';
import { bodyHtml } from './documents.ts';
import { defined, type Links } from './links.ts';

/** A quorum condition in words: "voting members from Bury Council", or the body's own label. */
export function conditionLabel(ctx: ModelContext, q: QuorumCondition): string {
  if (q.label) return q.label;
  const partner = q.partner ? ctx.partners.get(q.partner) : undefined;
  const who = q.tag ? `members tagged “${q.tag}”` : `members from ${partnerShortName(partner, q.partner)}`;
  return q.voting ? `voting ${who}` : who;
}

/** Every membership of a person the site lists, current or not at the build date. */
export function buildMemberships(ctx: ModelContext, link: Links): PublicMembership[] {
  return ctx.content.bodies.flatMap((b) =>
    b.data.members.flatMap((m) => {
      const person = link.person(m.person);
      if (!person) return [];
      const from = m.from ?? b.data.from;
      const until = m.until ?? b.data.until;
      return [
        {
          person,
          body: link.body(b.id)!,
          role: m.role,
          partner: m.partner ? ctx.partners.get(m.partner) : undefined,
          voting: m.voting,
          tags: m.tags,
          from,
          until,
          current: overlaps({ from, until }, ctx.buildDate, ctx.buildDate),
        },
      ];
    }),
  );
}

export function buildBodies(ctx: ModelContext, link: Links, memberships: PublicMembership[]): PublicBody[] {
  const { content, u } = ctx;
  return [...content.bodies]
    .sort((a, b) => a.data.name.localeCompare(b.data.name))
    .map((b) => ({
      id: b.id,
      href: u.body(b.id),
      name: b.data.name,
      kind: b.data.kind,
      partners: b.data.partners.map((p) => ctx.partners.get(p)).filter(defined),
      parent: b.data.parent ? link.body(b.data.parent) : undefined,
      children: content.bodies.filter((c) => c.data.parent === b.id).map((c) => link.body(c.id)!),
      from: b.data.from,
      until: b.data.until,
      meetsInPublic: b.data.meetsInPublic,
      decides: b.data.decides,
      voting: b.data.voting,
      castingVote: b.data.castingVote,
      chairing: b.data.chairing,
      quorum: b.data.quorum,
      quorumLabels: b.data.quorum.map((q) => `${conditionLabel(ctx, q)}: at least ${q.min}`),
      members: memberships.filter((m) => m.body.id === b.id),
      html: bodyHtml(ctx, b),
      delegations: [],
    }));
}

/** People with their memberships; attendance and declarations are added once meetings and decisions are built. */
export function buildPeople(ctx: ModelContext, memberships: PublicMembership[]): PublicPerson[] {
  return [...ctx.content.people]
    .sort((a, b) => a.data.name.localeCompare(b.data.name))
    .map((p) => ({
      id: p.id,
      href: ctx.u.person(p.id),
      name: p.data.name,
      partner: p.data.partner ? ctx.partners.get(p.data.partner) : undefined,
      title: p.data.title,
      party: p.data.party,
      memberships: memberships.filter((m) => m.person.id === p.id),
      attendance: [],
      attendanceRecord: { attended: 0, expected: 0 },
      declarations: [],
      kind: p.data.kind,
      ward: p.data.ward,
    }));
}
