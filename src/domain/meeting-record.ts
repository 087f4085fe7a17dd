/**
 * The statutory record of a meeting beyond its agenda: the notices of a meeting held in private
 * (SI 2012/2089 reg 5), how long background papers stay open to inspection (Local Government Act
 * 1972 s.100D) and the public summary of proceedings left out of the minutes (s.100C(2)).
 */
import type { Meeting } from '../schemas/index.ts';
import { addDays, addYears, type CivilDate } from './dates.ts';
import { noticeGiven, type ClearDaysRule, type NoticeResult } from './notice.ts';
import type { WorkingCalendar } from './working-days.ts';

/**
 * How a meeting held (in part) in private was noticed: by the 28-day and 5-day notices (reg 5(2)
 * to (5)), by the agreement that it was urgent and could not reasonably be deferred (reg 5(6)),
 * or not at all.
 */
export type PrivateMeetingRoute = 'notice' | 'urgent-agreement' | 'none';

export interface PrivateMeetingNotice {
  route: PrivateMeetingRoute;
  /** Whether any agenda item is taken in private, so that reg 5 applies. */
  inPrivate: boolean;
  /** The first (28 clear days) notice, measured against its rule, when its date is recorded. */
  first?: NoticeResult;
  /**
   * The further (5 clear working days) notice, measured against its rule, when its date is
   * recorded. On the urgent route it is the notice of the reasons for urgency (reg 5(7)).
   */
  further?: NoticeResult;
  /** Which contents of the further notice are recorded (reg 5(4)). */
  contents: { reasons: boolean; representations: boolean; response: boolean; complete: boolean };
  /** Who agreed the meeting was urgent, and when (reg 5(6)). */
  agreedBy?: string;
  agreed?: CivilDate;
  /**
   * Whether the meeting complied: both notices met their periods, or the urgent agreement was
   * made by the day of the meeting; false when neither is recorded.
   */
  met: boolean;
}

/** Measures a meeting's reg 5 notices; `inPrivate` says whether any item is taken in private. */
export function privateMeetingNotice(
  cal: WorkingCalendar,
  notice: Meeting['privateNotice'],
  date: CivilDate,
  inPrivate: boolean,
  rules: { privateMeetingNotice: ClearDaysRule; privateMeetingFurtherNotice: ClearDaysRule },
): PrivateMeetingNotice {
  const first = notice?.first ? noticeGiven(cal, notice.first, date, rules.privateMeetingNotice) : undefined;
  const further = notice?.further
    ? noticeGiven(cal, notice.further, date, rules.privateMeetingFurtherNotice)
    : undefined;
  const has = (s?: string) => Boolean(s?.trim());
  const contents = {
    reasons: has(notice?.reasons),
    representations: has(notice?.representations),
    response: has(notice?.response),
    complete: false,
  };
  contents.complete = contents.reasons && contents.representations && contents.response;
  const agreedBy = notice?.agreedBy;
  const agreed = notice?.agreed;
  if (agreedBy && agreed)
    return { route: 'urgent-agreement', inPrivate, first, further, contents, agreedBy, agreed, met: agreed <= date };
  if (first || further)
    return { route: 'notice', inPrivate, first, further, contents, met: Boolean(first?.met && further?.met) };
  return { route: 'none', inPrivate, contents, met: false };
}

/** Years a background paper stays open to inspection after the meeting (s.100D(2)). */
export const BACKGROUND_PAPER_YEARS = 4;

/** The last day a background paper must be open to inspection: four years from the meeting. */
export function inspectionUntil(meetingDate: CivilDate): CivilDate {
  // Four years "beginning with the date of the meeting" end the day before its fourth anniversary.
  return addDays(addYears(meetingDate, BACKGROUND_PAPER_YEARS), -1);
}

/**
 * The agenda items whose public summary the minutes need and lack: in a held meeting whose
 * minutes are published, each item taken in private must have an `exempt.summary` that gives
 * the public a fair and coherent record of what was done (s.100C(2)).
 */
export function exemptItemsWithoutSummary(
  m: Pick<Meeting, 'status' | 'minutes' | 'agenda'>,
): { index: number; item: string }[] {
  if (m.status !== 'held' || !m.minutes?.published) return [];
  return m.agenda.flatMap((it, index) =>
    it.exempt && !it.exempt.summary?.trim() ? [{ index, item: String(it.item) }] : [],
  );
}
