// Seats: a membership counts on the dates it covers, and a substitute sits in the seat of the
// member replaced unless they hold one of their own.
import { describe, expect, it } from 'vitest';
import { presentMembers, seatOn } from '../../src/domain/attendance.ts';
import type { Body } from '../../src/schemas/index.ts';

const body = {
  name: 'Board',
  kind: 'joint-committee',
  partners: ['council', 'icb'],
  from: '2020-04-01',
  meetsInPublic: true,
  decides: 'delegated',
  voting: 'consensus',
  castingVote: 'chair',
  rules: {},
  quorum: [],
  members: [
    { person: 'cllr-a', role: 'chair', partner: 'council', voting: true, tags: ['cabinet'], until: '2023-05-01' },
    { person: 'dr-b', role: 'member', partner: 'icb', voting: true, tags: ['clinician'] },
    { person: 'officer-c', role: 'adviser', voting: false, tags: [] },
  ],
} as unknown as Body;
const people = (id: string) =>
  ({
    'cllr-a': { name: 'Cllr A', partner: 'council' },
    'dr-b': { name: 'Dr B', partner: 'icb' },
    'cllr-s': { name: 'Cllr S', partner: 'council' },
  })[id];

describe('seatOn', () => {
  it('finds a membership only within its dates and the body’s', () => {
    expect(seatOn(body, 'cllr-a', '2023-05-01')?.role).toBe('chair');
    expect(seatOn(body, 'cllr-a', '2023-05-02')).toBeUndefined();
    expect(seatOn(body, 'dr-b', '2020-03-31')).toBeUndefined();
    expect(seatOn(body, 'nobody', '2022-01-01')).toBeUndefined();
  });
});

describe('presentMembers', () => {
  it('counts present members and substitutes in the replaced seat, not apologies or people without a seat', () => {
    const present = presentMembers(
      body,
      [
        { person: 'cllr-s', status: 'substitute', for: 'cllr-a' },
        { person: 'dr-b', status: 'apologies' },
        { person: 'officer-c', status: 'present' },
        { person: 'guest', status: 'present' },
      ],
      '2022-06-01',
      people,
    );
    expect(present).toEqual([
      { person: 'cllr-s', name: 'Cllr S', partner: 'council', tags: ['cabinet'], voting: true },
      { person: 'officer-c', name: 'officer-c', partner: undefined, tags: [], voting: false },
    ]);
  });
});
