/** A person's record: attendance at held meetings while a member, and the interests they declared. */
import type { Body } from '../../schemas/index.ts';
import { seatOn } from '../../domain/attendance.ts';
import { itemAnchor } from '../urls.ts';
import type { PublicDecision, PublicMeeting, PublicPerson } from '../types.ts';

export function addRecords(
  people: PublicPerson[],
  meetings: PublicMeeting[],
  decisions: PublicDecision[],
  bodyOf: (id: string) => Body,
): void {
  // Newest first by start time: ids need not start with the date.
  const newestFirst = [...meetings].sort((a, b) => b.start.localeCompare(a.start) || b.id.localeCompare(a.id));
  // Who could have a record at a meeting: the body's members and those who attended. Each person
  // reads only those meetings, and their own declarations, not the whole archive.
  const membersOf = new Map<string, Set<string>>();
  const attendedBy = new Map<string, Set<string>>();
  const declared = new Map<string, PublicPerson['declarations']>();
  const declare = (person: string, d: PublicPerson['declarations'][number]) => {
    const list = declared.get(person) ?? [];
    list.push(d);
    declared.set(person, list);
  };
  for (const x of meetings) {
    if (!membersOf.has(x.body.id)) membersOf.set(x.body.id, new Set(bodyOf(x.body.id).members.map((m) => m.person)));
    for (const a of x.attendance) {
      const set = attendedBy.get(a.person.id) ?? new Set<string>();
      set.add(x.id);
      attendedBy.set(a.person.id, set);
    }
    for (const dec of x.declarations)
      declare(dec.person.id, {
        where: {
          id: x.id,
          title: `${x.title}${dec.item ? `, item ${dec.item}` : ''}`,
          href: dec.item ? `${x.href}#${itemAnchor(dec.item)}` : x.href,
        },
        interest: dec.interest,
      });
  }
  for (const d of decisions)
    for (const dec of d.declarations)
      declare(dec.person.id, { where: { id: d.id, title: d.title, href: d.href }, interest: dec.interest });
  for (const p of people) {
    const attended = attendedBy.get(p.id);
    for (const x of newestFirst) {
      if (x.status !== 'held') continue;
      if (!membersOf.get(x.body.id)!.has(p.id) && !attended?.has(x.id)) continue;
      const expected = !!seatOn(bodyOf(x.body.id), p.id, x.date);
      const record = x.attendance.find((a) => a.person.id === p.id);
      if (!expected && !record) continue;
      const status = record?.status ?? 'not-recorded';
      p.attendance.push({ meeting: { id: x.id, title: x.title, href: x.href }, status, expected });
      if (expected && x.attendance.length > 0) {
        p.attendanceRecord.expected++;
        if (status === 'present') p.attendanceRecord.attended++;
      }
    }
    p.declarations.push(...(declared.get(p.id) ?? []));
  }
}
