/** Decisions: references, the statutory headings, private items, key decisions and spending. */
import { DECISION_HEADINGS } from '../../schemas/decision.ts';
import { grantedTooLate } from '../declarations.ts';
import { type Checker, words } from './context.ts';

/** The second-level headings of a Markdown body, in order. */
export function headingsOf(markdown: string): string[] {
  const out: string[] = [];
  let fenced = false;
  for (const line of markdown.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const m = !fenced && /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (m) out.push(m[1]);
  }
  return out;
}

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** The statutory headings missing or out of order, or undefined when the body is complete. */
export function decisionHeadingProblem(body: string): string | undefined {
  const found = headingsOf(body).map(norm);
  const wanted = DECISION_HEADINGS.map(norm);
  const positions = wanted.map((w) => found.indexOf(w));
  const missing = DECISION_HEADINGS.filter((_, i) => positions[i] < 0);
  if (missing.length) return `missing ${missing.map((m) => `"## ${m}"`).join(', ')}`;
  if (!positions.every((p, i) => i === 0 || p > positions[i - 1])) return 'the headings out of order';
  return undefined;
}

export function checkDecisions(k: Checker): void {
  const { c, add, ref } = k;
  const meetings = new Map(c.meetings.map((m) => [m.id, m]));
  // Agenda items heard in private, in agenda order, by meeting and item and by the decisions they
  // name: each decision looks up its own instead of reading every agenda.
  const privateByItem = new Map<string, { at: number; label: string }>();
  const privateByDecision = new Map<string, { at: number; label: string }>();
  let at = 0;
  for (const mt of meetings.values())
    for (const it of mt.data.agenda) {
      if (!it.exempt) continue;
      const found = { at: at++, label: `item ${it.item} of ${mt.id}` };
      const key = `${mt.id}\0${String(it.item)}`;
      if (!privateByItem.has(key)) privateByItem.set(key, found);
      for (const id of it.decisions) if (!privateByDecision.has(id)) privateByDecision.set(id, found);
    }
  for (const d of c.decisions) {
    ref(d, 'decisionMaker', d.data.decisionMaker, k.maker, 'a body or a person');
    d.data.madeBy.forEach((p, i) => ref(d, `madeBy.${i}`, p, k.people, 'a person in people/'));
    ref(d, 'meeting', d.data.meeting, k.meetingIds, 'a meeting');
    const meeting = d.data.meeting ? meetings.get(d.data.meeting) : undefined;
    if (
      meeting &&
      d.data.item !== undefined &&
      !meeting.data.agenda.some((it) => String(it.item) === String(d.data.item))
    ) {
      add(
        d,
        'item',
        d.data.item,
        `an item number on the agenda of ${meeting.id} (${meeting.data.agenda.map((it) => it.item).join(', ') || 'none'})`,
      );
    }
    // Fail closed: a decision taken on an item heard in private keeps its record private unless the publisher says otherwise.
    const byItem = d.data.meeting ? privateByItem.get(`${d.data.meeting}\0${String(d.data.item)}`) : undefined;
    const byDecision = privateByDecision.get(d.id);
    const privateItem = [byItem, byDecision].filter((x) => x !== undefined).sort((a, b) => a.at - b.at)[0]?.label;
    if (privateItem && !d.data.exempt && !d.data.publicRecord) {
      add(
        d,
        'exempt',
        words(`nothing, on a decision taken on ${privateItem}, which is heard in private`),
        'exempt: { paragraphs, summary } to withhold the record, or publicRecord: true when the decision itself may be published in full',
      );
    }
    ref(d, 'forwardPlan', d.data.forwardPlan, k.forwardPlan, 'a forward-plan entry');
    if (d.data.key && !d.data.forwardPlan && !d.data.urgency) {
      add(
        d,
        'forwardPlan',
        undefined,
        'a forward-plan entry id for a key decision, or urgency (general-exception or special-urgency)',
      );
    }
    d.data.declarations.forEach((x, i) => {
      ref(d, `declarations.${i}.person`, x.person, k.people, 'a person in people/');
      if (grantedTooLate(x.dispensation, d.data.made))
        add(
          d,
          `declarations.${i}.dispensation.granted`,
          typeof x.dispensation === 'object' ? x.dispensation.granted : x.dispensation,
          `a dispensation granted on or before the decision date (${d.data.made}); one granted later did not cover the decision`,
        );
    });
    k.docs(d, 'documents', d.data.documents);
    if (d.data.backgroundPapers) k.docs(d, 'backgroundPapers', d.data.backgroundPapers);
    if (d.data.spend?.fund && !k.fundIds.has(d.data.spend.fund))
      add(d, 'spend.fund', d.data.spend.fund, 'the id of a fund in budgets/');
    const body = d.body ?? '';
    if (d.data.exempt && k.isPublicRepo) {
      if (body.trim())
        add(
          d,
          'exempt',
          'an exempt decision with its withheld text in a public content repository',
          'no body text on an exempt decision while contentRepository is public (the exempt summary is published instead)',
        );
    } else {
      const missing = decisionHeadingProblem(body);
      if (missing)
        add(
          d,
          'body',
          words(`a body with ${missing}`),
          `the headings ${DECISION_HEADINGS.map((h) => `"## ${h}"`).join(', ')} in that order`,
        );
    }
    k.noDraft(d);
  }
}
