/** Delegated powers on bodies, and the decisions that name one (officer decisions, regs 7 and 8). */
import type { Delegation } from '../../schemas/index.ts';
import { delegationUseProblems } from '../officer-decisions.ts';
import { type Checker, words } from './context.ts';

export function checkDelegations(k: Checker): void {
  const { c, add, ref } = k;
  // Decisions name a power by its id alone, so an id means one power across the site.
  const powers = new Map<string, Delegation & { body: string; file: string }>();
  for (const b of c.bodies)
    b.data.delegations.forEach((d, i) => {
      const seen = powers.get(d.id);
      if (seen) add(b, `delegations.${i}.id`, d.id, `an id no other delegation has (${seen.file} has it already)`);
      else powers.set(d.id, { ...d, body: b.id, file: b.file });
      ref(b, `delegations.${i}.holder`, d.holder, k.people, 'a person in people/ (the officer or member who holds it)');
      if (d.from && d.until && d.until < d.from)
        add(b, `delegations.${i}.until`, d.until, `a date on or after from (${d.from})`);
    });
  for (const d of c.decisions) {
    const id = d.data.delegation;
    if (id === undefined) continue;
    const power = powers.get(id);
    if (!power) {
      add(
        d,
        'delegation',
        id,
        powers.size
          ? `the id of a power in a body's delegations (${[...powers.keys()].sort().join(', ')})`
          : "the id of a power in a body's delegations (delegations: [{ id, power, holder }] in bodies/<id>.md); no body lists any yet",
      );
      continue;
    }
    for (const p of delegationUseProblems(power, d.data.decisionMaker, d.data.made))
      add(d, 'delegation', words(p.found), p.expected);
  }
}
