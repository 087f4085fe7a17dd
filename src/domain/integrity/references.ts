/** The council's references: one matter, one reference (see domain/references.ts). */
import { referenceProblems } from '../references.ts';
import { type Checker, words } from './context.ts';

export function checkReferences(k: Checker): void {
  const forwardPlan = k.c.forwardPlan.map((f) => ({ id: f.id, file: f.file, reference: f.data.reference }));
  const decisions = k.c.decisions.map((d) => ({
    id: d.id,
    file: d.file,
    reference: d.data.reference,
    forwardPlan: d.data.forwardPlan,
  }));
  for (const p of referenceProblems(forwardPlan, decisions)) k.add(p, p.field, words(p.found), p.expected);
}
