// Quorum evaluation against the Bury Strategic Commissioning Board's conditions, each failing alone.
import { describe, expect, it } from 'vitest';
import {
  describeCondition,
  evaluateQuorum,
  type PresentMember,
  type QuorumCondition,
} from '../../src/domain/quorum.ts';

const bury: QuorumCondition[] = [
  { min: 3, tag: 'cabinet', label: 'Cabinet Members' },
  { min: 1, tag: 'leader-or-deputy', label: 'Leader or Deputy Leader' },
  { min: 3, partner: 'ccg', voting: true, label: 'voting CCG members' },
  { min: 2, tag: 'clinician', label: 'practising clinicians' },
  { min: 1, tag: 'joint-officer', label: 'joint officers' },
];
const label = (c: QuorumCondition) => c.label ?? c.tag ?? c.partner ?? '';
const member = (person: string, partner: string, tags: string[], voting = true): PresentMember => ({
  person,
  name: person,
  partner,
  tags,
  voting,
});
const quorate: PresentMember[] = [
  member('leader', 'council', ['cabinet', 'leader-or-deputy']),
  member('cabinet-2', 'council', ['cabinet']),
  member('cabinet-3', 'council', ['cabinet']),
  member('gp-1', 'ccg', ['clinician']),
  member('gp-2', 'ccg', ['clinician']),
  member('ccg-lay', 'ccg', []),
  member('officer', 'council', ['joint-officer']),
];

describe('Bury quorum', () => {
  it('is quorate when every condition holds', () => {
    const r = evaluateQuorum(bury, quorate, label);
    expect(r.quorate).toBe(true);
    expect(r.conditions.map(describeCondition)).toEqual([
      'Cabinet Members: 3 present, 3 needed',
      'Leader or Deputy Leader: 1 present, 1 needed',
      'voting CCG members: 3 present, 3 needed',
      'practising clinicians: 2 present, 2 needed',
      'joint officers: 1 present, 1 needed',
    ]);
  });
  const without = (person: string) => quorate.filter((m) => m.person !== person);
  const cases: [string, PresentMember[], number][] = [
    ['too few Cabinet Members', without('cabinet-3'), 0],
    ['neither the Leader nor the Deputy', [...without('leader'), member('cabinet-4', 'council', ['cabinet'])], 1],
    ['too few voting CCG members', [...without('ccg-lay'), member('ccg-non-voting', 'ccg', [], false)], 2],
    ['too few practising clinicians', [...without('gp-2'), member('ccg-lay-2', 'ccg', [])], 3],
    ['no joint officer', without('officer'), 4],
  ];
  for (const [name, present, failing] of cases) {
    it(`is not quorate with ${name}, and says which condition failed`, () => {
      const r = evaluateQuorum(bury, present, label);
      expect(r.quorate).toBe(false);
      expect(r.conditions.map((c) => c.met)).toEqual(bury.map((_, i) => i !== failing));
    });
  }
  it('gives no answer when attendance was not recorded, or the body sets no quorum', () => {
    expect(evaluateQuorum(bury, undefined, label).quorate).toBeNull();
    expect(evaluateQuorum([], quorate, label).quorate).toBeNull();
  });
});
