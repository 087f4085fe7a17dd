/** Delegated powers: each body's, with the public decisions taken under each, and each decision's power. */
import { delegationInForce } from '../../domain/officer-decisions.ts';
import type { PublicBody, PublicDecision, PublicDelegation } from '../types.ts';
import type { ModelContext } from './context.ts';
import type { Links } from './links.ts';

/** The anchor of a delegation on its body's page and in the registers. */
export const delegationAnchor = (id: string) => `delegation-${id}`;

export function linkDelegations(
  ctx: ModelContext,
  link: Links,
  bodies: PublicBody[],
  decisions: PublicDecision[],
): void {
  const byId = new Map<string, PublicDelegation>();
  for (const b of bodies) {
    b.delegations = ctx.bodyById.get(b.id)!.data.delegations.map((d) => {
      const person = ctx.personById.get(d.holder)?.data;
      const power: PublicDelegation = {
        id: d.id,
        href: `${b.href}#${delegationAnchor(d.id)}`,
        anchor: delegationAnchor(d.id),
        power: d.power,
        body: { id: b.id, title: b.name, href: b.href },
        holder: { ...link.person(d.holder)!, kind: person?.kind ?? 'member', role: person?.title },
        from: d.from,
        until: d.until,
        source: d.source,
        current: delegationInForce(d, ctx.buildDate),
        decisions: [],
      };
      if (!byId.has(d.id)) byId.set(d.id, power);
      return power;
    });
  }
  // Decisions are newest first, so each power lists its decisions newest first.
  const newestFirst = [...decisions].sort((a, b) => b.made.localeCompare(a.made) || b.id.localeCompare(a.id));
  for (const d of newestFirst) {
    const id = ctx.decisionById.get(d.id)?.data.delegation;
    const power = id ? byId.get(id) : undefined;
    if (!power) continue;
    const { decisions: taken, ...rest } = power;
    d.delegation = rest;
    taken.push({ id: d.id, reference: d.reference, title: d.title, href: d.href });
  }
}
