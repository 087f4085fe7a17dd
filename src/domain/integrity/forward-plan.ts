/** Forward-plan entries: decision maker, meeting and papers. */
import type { Checker } from './context.ts';

export function checkForwardPlan(k: Checker): void {
  for (const f of k.c.forwardPlan) {
    k.ref(f, 'decisionMaker', f.data.decisionMaker, k.maker, 'a body or a person');
    k.ref(f, 'meeting', f.data.meeting, k.meetingIds, 'a meeting');
    k.docs(f, 'documents', f.data.documents);
    k.noDraft(f);
  }
}
