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
  for (const p of people) {
    for (const x of newestFirst) {
      if (x.status !== 'held') continue;
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
    for (const x of meetings)
      for (const dec of x.declarations)
        if (dec.person.id === p.id)
          p.declarations.push({
            where: {
              id: x.id,
              title: `${x.title}${dec.item ? `, item ${dec.item}` : ''}`,
              href: dec.item ? `${x.href}#${itemAnchor(dec.item)}` : x.href,
            },
            interest: dec.interest,
          });
    for (const d of decisions)
      for (const dec of d.declarations)
        if (dec.person.id === p.id)
          p.declarations.push({ where: { id: d.id, title: d.title, href: d.href }, interest: dec.interest });
  }
}
