/**
 * The council's own reference for a matter (a key decision or forward plan number), as distinct
 * from the file's id. One matter has one reference: a decision taken on a forward plan entry
 * shows the entry's reference when it has none of its own, and the two may not disagree.
 *
 * A reference must name one matter across the site, so that a search for it, or a line in the
 * open data, leads to that matter alone. Within decisions, and within forward plan entries, no two
 * entries share a reference, except decisions taken on the same forward plan entry (a deferral and
 * the later decision are one matter). A decision's own reference may not be the reference of a
 * forward plan entry other than its own. References are compared ignoring case and spacing, since
 * "KD 2013/41" and "kd  2013/41" would be read as the same reference.
 */

/** The reference a decision shows: its own, else its forward plan entry's. */
export function matterReference(own: string | undefined, forwardPlan: string | undefined): string | undefined {
  return own ?? forwardPlan;
}

/** What a page shows as an entry's reference: the council's when there is one, else the file's id. */
export function shownReference(x: { id: string; reference?: string }): string {
  return x.reference ?? x.id;
}

/** The form two references are compared in: case and spacing do not make a different reference. */
export function referenceKey(reference: string): string {
  return reference.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** A forward plan entry or a decision, as the reference rules see it. */
export interface ReferencedEntry {
  id: string;
  file: string;
  reference?: string;
}

export interface ReferencedDecision extends ReferencedEntry {
  /** The forward plan entry the decision was taken on. */
  forwardPlan?: string;
}

/** A reference problem, in the words the integrity checks report. */
export interface ReferenceProblem {
  file: string;
  field: string;
  found: string;
  expected: string;
}

const quoted = (s: string) => JSON.stringify(s);

/** Every disagreement and every shared reference among the decisions and forward plan entries. */
export function referenceProblems(forwardPlan: ReferencedEntry[], decisions: ReferencedDecision[]): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const entryById = new Map(forwardPlan.map((f) => [f.id, f]));

  // Forward plan entries: one reference, one entry.
  const entryByKey = new Map<string, ReferencedEntry>();
  for (const f of forwardPlan) {
    if (f.reference === undefined) continue;
    const key = referenceKey(f.reference);
    const first = entryByKey.get(key);
    if (first)
      problems.push({
        file: f.file,
        field: 'reference',
        found: `${quoted(f.reference)}, which forward plan entry ${first.id} (${first.file}) already has`,
        expected:
          'a reference no other forward plan entry has: one matter is one forward plan entry (revise that entry, or correct this reference)',
      });
    else entryByKey.set(key, f);
  }

  // Decisions: the same reference as their forward plan entry, and none another matter has.
  const decisionByKey = new Map<string, ReferencedDecision>();
  for (const d of decisions) {
    if (d.reference === undefined) continue;
    const entry = d.forwardPlan ? entryById.get(d.forwardPlan) : undefined;
    if (entry?.reference !== undefined && entry.reference !== d.reference) {
      problems.push({
        file: d.file,
        field: 'reference',
        found: `${quoted(d.reference)}, but its forward plan entry ${entry.id} (${entry.file}) has ${quoted(entry.reference)}`,
        expected: `the same reference as the forward plan entry, ${quoted(entry.reference)}, or no reference (the decision then shows the entry's): one matter has one reference`,
      });
      continue;
    }
    const key = referenceKey(d.reference);
    const other = entryByKey.get(key);
    if (other && other.id !== d.forwardPlan) {
      problems.push({
        file: d.file,
        field: 'reference',
        found: `${quoted(d.reference)}, which forward plan entry ${other.id} (${other.file}) has`,
        expected: d.forwardPlan
          ? `a reference of this decision's own matter (forward plan entry ${d.forwardPlan}), not another entry's`
          : `forwardPlan: ${other.id} if the decision was taken on that entry, else a reference of its own`,
      });
      continue;
    }
    const first = decisionByKey.get(key);
    if (first && !(first.forwardPlan && first.forwardPlan === d.forwardPlan))
      problems.push({
        file: d.file,
        field: 'reference',
        found: `${quoted(d.reference)}, which decision ${first.id} (${first.file}) already has`,
        expected:
          'a reference no other decision has, unless both decisions were taken on the same forward plan entry (a deferral and the later decision)',
      });
    else if (!first) decisionByKey.set(key, d);
  }
  return problems;
}
