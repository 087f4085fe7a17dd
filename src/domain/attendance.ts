/**
 * Who sits in which seat: the membership a person holds on a body on a date, and the members
 * present at a meeting as quorum counts them (a substitute in the seat of the member replaced).
 */
import type { Body, Meeting, Membership } from '../schemas/index.ts';
import { overlaps, type CivilDate } from './dates.ts';
import type { PresentMember } from './quorum.ts';

/** The membership a person holds on a body on a date, if any. */
export function seatOn(body: Body, person: string, date: CivilDate): Membership | undefined {
  return body.members.find(
    (m) => m.person === person && overlaps({ from: m.from ?? body.from, until: m.until ?? body.until }, date, date),
  );
}

/**
 * The members present at a meeting on a date, each in the seat they count in. A substitute fills
 * the seat of the member they replace, unless they hold a seat of their own; anyone without a
 * seat (an officer, a guest) does not count.
 */
export function presentMembers(
  body: Body,
  attendance: Meeting['attendance'],
  date: CivilDate,
  person: (id: string) => { name: string; partner?: string } | undefined,
): PresentMember[] {
  return attendance
    .filter((a) => a.status === 'present' || a.status === 'substitute')
    .flatMap((a) => {
      const held =
        seatOn(body, a.person, date) ?? (a.status === 'substitute' && a.for ? seatOn(body, a.for, date) : undefined);
      if (!held) return [];
      const who = person(a.person);
      return [
        {
          person: a.person,
          name: who?.name ?? a.person,
          partner: held.partner ?? who?.partner,
          tags: held.tags,
          voting: held.voting,
        },
      ];
    });
}
