/**
 * Quorum: whether the members present at a meeting meet every condition of the body's
 * quorum, and why. Attendance that was not recorded gives no answer, never a guess.
 */
export interface QuorumCondition {
  min: number;
  partner?: string;
  tag?: string;
  voting?: boolean;
  label?: string;
}

/** A member present, with the seat they fill: their own membership, or the one they substitute for. */
export interface PresentMember {
  person: string;
  name: string;
  partner?: string;
  tags: string[];
  voting: boolean;
}

export interface ConditionResult {
  condition: QuorumCondition;
  label: string;
  present: PresentMember[];
  met: boolean;
}

export interface QuorumResult {
  /** null when attendance was not recorded or the body sets no quorum. */
  quorate: boolean | null;
  conditions: ConditionResult[];
}

export function matches(c: QuorumCondition, m: PresentMember): boolean {
  return (!c.partner || m.partner === c.partner) && (!c.tag || m.tags.includes(c.tag)) && (!c.voting || m.voting);
}

export function evaluateQuorum(
  conditions: QuorumCondition[],
  present: PresentMember[] | undefined,
  label: (c: QuorumCondition) => string,
): QuorumResult {
  if (!present || conditions.length === 0) return { quorate: null, conditions: [] };
  const results = conditions.map((condition) => {
    const who = present.filter((m) => matches(condition, m));
    return { condition, label: label(condition), present: who, met: who.length >= condition.min };
  });
  return { quorate: results.every((r) => r.met), conditions: results };
}

/** "Cabinet Members: 3 present, 3 needed". */
export function describeCondition(r: ConditionResult): string {
  return `${r.label}: ${r.present.length} present, ${r.condition.min} needed`;
}
