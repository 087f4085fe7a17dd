/** Meetings: agenda items, attendance, declarations, minutes and papers. */
import { grantedTooLate } from '../declarations.ts';
import { exemptItemsWithoutSummary } from '../meeting-record.ts';
import { type Checker, words } from './context.ts';

export function checkMeetings(k: Checker): void {
  const { c, add, ref, docs, people } = k;
  for (const m of c.meetings) {
    ref(m, 'body', m.data.body, k.bodyIds, 'a body in bodies/');
    const items = new Set<string>();
    m.data.agenda.forEach((it, i) => {
      const key = String(it.item);
      if (items.has(key)) add(m, `agenda.${i}.item`, it.item, 'each agenda item number once');
      items.add(key);
      ref(m, `agenda.${i}.forwardPlan`, it.forwardPlan, k.forwardPlan, 'a forward-plan entry');
      it.decisions.forEach((d, j) => ref(m, `agenda.${i}.decisions.${j}`, d, k.decisions, 'a decision'));
      docs(m, `agenda.${i}.documents`, it.documents);
      if (it.backgroundPapers) docs(m, `agenda.${i}.backgroundPapers`, it.backgroundPapers);
      if (k.isPublicRepo && it.exempt && (it.summary || it.minute)) {
        add(
          m,
          `agenda.${i}.${it.summary ? 'summary' : 'minute'}`,
          'withheld text in a public content repository',
          'no summary or minute on an item taken in private while contentRepository is public',
        );
      }
    });
    for (const { index, item } of exemptItemsWithoutSummary(m.data)) {
      add(
        m,
        `agenda.${index}.exempt.summary`,
        words(
          `no public summary on agenda item ${item}, which was taken in private, in minutes published ${m.data.minutes!.published}`,
        ),
        `exempt.summary on item ${item}: a written summary of the proceedings that gives the public a fair and coherent record, shown where the withheld minute would be (Local Government Act 1972 s.100C(2))`,
      );
    }
    m.data.attendance.forEach((a, i) => {
      ref(m, `attendance.${i}.person`, a.person, people, 'a person in people/');
      ref(m, `attendance.${i}.for`, a.for, people, 'a person in people/');
    });
    const date = m.data.start.slice(0, 10);
    m.data.declarations.forEach((d, i) => {
      ref(m, `declarations.${i}.person`, d.person, people, 'a person in people/');
      if (grantedTooLate(d.dispensation, date))
        add(
          m,
          `declarations.${i}.dispensation.granted`,
          typeof d.dispensation === 'object' ? d.dispensation.granted : d.dispensation,
          `a dispensation granted on or before the meeting (${date}); one granted later did not cover it`,
        );
      if (d.item !== undefined && !items.has(String(d.item)))
        add(
          m,
          `declarations.${i}.item`,
          d.item,
          `an item number on this meeting's agenda (${[...items].join(', ') || 'none'})`,
        );
    });
    ref(m, 'minutes.approvedAt', m.data.minutes?.approvedAt, k.meetingIds, 'a meeting');
    docs(m, 'documents', m.data.documents);
    k.noDraft(m);
  }
}
