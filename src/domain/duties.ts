/**
 * The duty ledger: each statutory duty that applied to a meeting or a decision, the date it fell
 * due, the date it was met, and by how many days it was met or missed. The ledger states facts
 * from the record; a historic record that missed a duty is shown, never refused.
 */
import type { CivilDate } from './dates.ts';
import { lastDayForNotice, noticeGiven, recordDelay, recordDue, type ClearDaysRule } from './notice.ts';
import { clearDaysBetween, type WorkingCalendar } from './working-days.ts';

/**
 * - `met`: done, on time where a time applies;
 * - `late`: done, after the date it fell due;
 * - `missed`: not done, and the date it fell due has passed (or the duty has no date and is not done);
 * - `not-recorded`: the record does not say whether or when it was done, and it was due;
 * - `pending`: not yet done, and not yet due at the build date.
 */
export type DutyStatus = 'met' | 'late' | 'missed' | 'not-recorded' | 'pending';

export const DUTY_STATUSES: readonly DutyStatus[] = ['met', 'late', 'missed', 'not-recorded', 'pending'];

export interface Duty {
  /** A stable identifier of the kind of duty, e.g. `agenda-published`. */
  id: DutyId;
  /** What had to be done, in words. */
  duty: string;
  /** The legal source, in words. */
  source: string;
  /** The last day on which the duty could be met in time; absent when the law sets no day. */
  due?: CivilDate;
  /** The day it was met, from the record. */
  met?: CivilDate;
  status: DutyStatus;
  /**
   * Days to spare (positive or zero) or days late (negative), counted as the rule counts them
   * (`calendar` or `working`); absent when the duty has no day count or was not met.
   */
  margin?: number;
  count?: 'calendar' | 'working';
  /** How it was met, when there is more than one way, or what is missing. */
  note?: string;
}

/** The duties the ledger knows, with what each asks and where the law says so. */
export const DUTIES = {
  'agenda-published': {
    duty: 'Notice of the meeting, agenda and reports published',
    source:
      'Local Government Act 1972, sections 100A(6)(a) and 100B(1) and (3); for executive meetings SI 2012/2089, regulations 6 and 7',
  },
  'agenda-published-nhs': {
    duty: 'Notice of the meeting published',
    source: 'Public Bodies (Admission to Meetings) Act 1960, section 1(4)',
  },
  'private-first-notice': {
    duty: 'Notice of intention to hold part of the meeting in private, with reasons',
    source: 'SI 2012/2089, regulation 5(2) and (3)',
  },
  'private-further-notice': {
    duty: 'Further notice of the private meeting, with reasons, representations received and the response',
    source: 'SI 2012/2089, regulation 5(4) and (5)',
  },
  'private-urgent-agreement': {
    duty: 'Agreement that the private meeting is urgent and cannot reasonably be deferred, and notice of the reasons',
    source: 'SI 2012/2089, regulation 5(6) and (7)',
  },
  'background-papers': {
    duty: 'Background papers listed in each report, and open to inspection for four years',
    source: 'Local Government Act 1972, section 100D(1) and (2); for executive meetings SI 2012/2089, regulation 15',
  },
  'officer-background-papers': {
    duty: 'Background papers of the officer decision listed, and open to inspection with the record',
    source: 'Openness of Local Government Bodies Regulations 2014, regulations 7 and 8',
  },
  'minutes-published': {
    duty: 'Minutes open to inspection',
    source: 'Local Government Act 1972, section 100C(1)',
  },
  'exempt-minutes-summary': {
    duty: 'A written summary of the proceedings on items left out of the minutes as exempt',
    source: 'Local Government Act 1972, section 100C(2)',
  },
  'key-decision-notice': {
    duty: 'Notice of the key decision on the forward plan, 28 clear days before it was made',
    source: 'SI 2012/2089, regulation 9',
  },
  'key-decision-notice-contents': {
    duty: 'The key decision notice lists the documents to be submitted, where copies can be had, and how to ask for others',
    source: 'SI 2012/2089, regulation 9(1)(e) to (h)',
  },
  'general-exception': {
    duty: 'General exception: the scrutiny chair informed and notice published, 5 clear days before the decision',
    source: 'SI 2012/2089, regulation 10',
  },
  'special-urgency': {
    duty: 'Special urgency: agreement that the decision is urgent and cannot reasonably be deferred',
    source: 'SI 2012/2089, regulation 11',
  },
  'special-urgency-report': {
    duty: 'Included in the annual report of decisions taken under special urgency',
    source: 'SI 2012/2089, regulation 19',
  },
  'decision-record': {
    duty: 'Written record of the decision published',
    source: 'SI 2012/2089, regulations 12 to 14, and the constitution’s time limit',
  },
  'officer-decision-record': {
    duty: 'Written record of the officer decision published',
    source: 'Openness of Local Government Bodies Regulations 2014, regulations 7 and 8',
  },
  'record-contents': {
    duty: 'The record states the decision, the reasons and the alternative options considered and rejected',
    source: 'SI 2012/2089, regulation 12(2)(a) to (c)',
  },
  'record-declarations': {
    duty: 'The record states any conflict of interest declared and any dispensation granted',
    source: 'SI 2012/2089, regulation 12(2)(d) and (e)',
  },
} as const satisfies Record<string, { duty: string; source: string }>;

export type DutyId = keyof typeof DUTIES;

/** A duty of the ledger's kind `id`, with its words filled in. */
export function duty(id: DutyId, facts: Omit<Duty, 'id' | 'duty' | 'source'>): Duty {
  return { id, ...DUTIES[id], ...facts };
}

/**
 * A notice that must give `rule`'s clear days before an event: due on the last day that still
 * gives them, met on the day it was published, with the clear days over or short.
 */
export function noticeDuty(
  id: DutyId,
  cal: WorkingCalendar,
  published: CivilDate | undefined,
  event: CivilDate,
  rule: ClearDaysRule,
  buildDate: CivilDate,
  note?: string,
): Duty {
  const due = lastDayForNotice(cal, event, rule);
  if (!published) {
    return duty(id, { due, status: due < buildDate ? 'not-recorded' : 'pending', count: rule.count, note });
  }
  const given = noticeGiven(cal, published, event, rule);
  // Late by the counted days after the last good day, up to and including the day it appeared;
  // before the event that is the clear days short, and it still counts after the event.
  const margin = given.met ? given.clearDays - rule.clearDays : -countedThrough(cal, due, published, rule.count);
  return duty(id, { due, met: published, status: given.met ? 'met' : 'late', margin, count: rule.count, note });
}

/** Days after `from` up to and including `to` that count under `count`. */
function countedThrough(cal: WorkingCalendar, from: CivilDate, to: CivilDate, count: 'calendar' | 'working'): number {
  if (to <= from) return 0;
  return clearDaysBetween(cal, from, to, count) + (count === 'calendar' || cal.isWorkingDay(to) ? 1 : 0);
}

/** A record due within `workingDays` working days of the act (day 1 the first working day after it). */
export function recordDuty(
  id: DutyId,
  cal: WorkingCalendar,
  made: CivilDate,
  published: CivilDate,
  workingDays: number,
): Duty {
  const due = recordDue(cal, made, workingDays);
  const left = workingDays - recordDelay(cal, made, published);
  // Published on a weekend or holiday after the last day: late, though no working day was lost.
  if (published > due)
    return duty(id, { due, met: published, status: 'late', margin: left < 0 ? left : undefined, count: 'working' });
  return duty(id, { due, met: published, status: 'met', margin: left, count: 'working' });
}

/** A duty with no day count: met on a day, or not (yet) done. */
export function factDuty(
  id: DutyId,
  met: CivilDate | undefined,
  done: boolean,
  note?: string,
  otherwise: DutyStatus = 'missed',
): Duty {
  return duty(id, { met: done ? met : undefined, status: done ? 'met' : otherwise, note });
}

export type DutyCounts = Record<DutyStatus, number> & { applied: number };

/** How many duties applied, and how many of each status. */
export function countDuties(duties: readonly Duty[]): DutyCounts {
  const counts: DutyCounts = { applied: 0, met: 0, late: 0, missed: 0, 'not-recorded': 0, pending: 0 };
  for (const d of duties) {
    counts.applied++;
    counts[d.status]++;
  }
  return counts;
}
