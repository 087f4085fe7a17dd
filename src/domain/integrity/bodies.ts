/** site.yaml's partners, bodies (partners, parent, quorum, members) and people. */
import { overlaps, within } from '../dates.ts';
import type { Checker } from './context.ts';

/** Site-wide calendars under calendar/; a body's own calendar, calendar/<id>.ics, cannot take one. */
export const RESERVED_CALENDARS = new Set(['meetings', 'call-in', 'forward-plan']);

export function checkPartners({ c, add }: Checker): void {
  const seen = new Set<string>();
  c.site.data.partners.forEach((p, i) => {
    if (seen.has(p.id)) add(c.site, `partners.${i}.id`, p.id, 'each partner id once');
    seen.add(p.id);
    if (p.from && p.until && p.until < p.from)
      add(c.site, `partners.${i}.until`, p.until, `a date on or after from (${p.from})`);
  });
}

export function checkBodies({ c, add, ref, partners, bodyIds, people }: Checker): void {
  for (const b of c.bodies) {
    if (RESERVED_CALENDARS.has(b.id))
      add(
        b,
        'id',
        b.id,
        `a body id other than ${[...RESERVED_CALENDARS].join(', ')}, which name the site's own calendars`,
      );
    b.data.partners.forEach((p, i) => {
      ref(b, `partners.${i}`, p, partners, 'a partner in site.yaml');
      const partner = partners.get(p);
      if (partner && !overlaps(partner, b.data.from ?? '0000-01-01', b.data.until ?? '9999-12-31')) {
        add(
          b,
          `partners.${i}`,
          p,
          `a partner whose dates in site.yaml (${partner.from ?? 'open'} to ${partner.until ?? 'open'}) overlap the body's`,
        );
      }
    });
    ref(b, 'parent', b.data.parent, bodyIds, 'a body');
    if (b.data.parent === b.id) add(b, 'parent', b.data.parent, 'another body, not this one');
    b.data.quorum.forEach((q, i) => {
      ref(b, `quorum.${i}.partner`, q.partner, partners, 'a partner in site.yaml');
      if (!q.partner && !q.tag)
        add(b, `quorum.${i}`, q, 'a condition naming a partner or a tag, e.g. { min: 3, partner: bury-council }');
      if (q.tag && !b.data.members.some((m) => m.tags.includes(q.tag!)))
        add(b, `quorum.${i}.tag`, q.tag, 'a tag that at least one member carries');
    });
    b.data.members.forEach((m, i) => {
      ref(b, `members.${i}.person`, m.person, people, 'a person in people/');
      ref(b, `members.${i}.partner`, m.partner, partners, 'a partner in site.yaml');
      if (m.from && m.until && m.until < m.from)
        add(b, `members.${i}.until`, m.until, `a date on or after from (${m.from})`);
      const partner = m.partner ? partners.get(m.partner) : undefined;
      if (partner && !within({ from: m.from ?? b.data.from, until: m.until ?? b.data.until }, partner)) {
        add(
          b,
          `members.${i}.partner`,
          m.partner,
          `a partner for the whole membership: ${partner.id} runs ${partner.from ?? 'from the start'} to ${partner.until ?? 'open'}; set the membership's from/until inside those dates`,
        );
      }
      if (m.partner && !b.data.partners.includes(m.partner))
        add(b, `members.${i}.partner`, m.partner, `one of the body's partners (${b.data.partners.join(', ')})`);
    });
  }
}

export function checkPeople({ c, ref, partners }: Checker): void {
  for (const p of c.people) ref(p, 'partner', p.data.partner, partners, 'a partner in site.yaml');
}
