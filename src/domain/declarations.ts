/**
 * Conflicts of interest on a decision record (SI 2012/2089 reg 12(2)(d) and (e)): the interest declared and
 * any dispensation granted, with when and by whom. A dispensation lets a member take part despite
 * an interest, so it must have been granted by the time of the decision or meeting.
 */
import type { CivilDate } from './dates.ts';

/** A dispensation as written: words (`none`, as records long said), or when and by whom it was granted. */
export type DispensationInput = string | { granted: CivilDate; by: string; scope?: string };

/** A dispensation as published: the words written, or the grant. */
export type DispensationRecord = { text: string } | { granted: CivilDate; by: string; scope?: string };

export function dispensationRecord(d: DispensationInput | undefined): DispensationRecord | undefined {
  if (d === undefined) return undefined;
  return typeof d === 'string' ? { text: d } : { granted: d.granted, by: d.by, ...(d.scope ? { scope: d.scope } : {}) };
}

/** True when a dispensation was granted after the day it was needed (the decision or the meeting). */
export function grantedTooLate(d: DispensationInput | undefined, needed: CivilDate): boolean {
  return typeof d === 'object' && d.granted > needed;
}
