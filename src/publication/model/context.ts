/**
 * What every collection builder shares: the build date, the public entries and lookups,
 * the site's addresses, the working calendars, and the problems found while building.
 */
import type { Content, Entry } from '../../domain/content.ts';
import type { Partner } from '../../schemas/index.ts';
import type { CivilDate } from '../../domain/dates.ts';
import { CalendarRangeError, workingCalendar, type WorkingCalendar } from '../../domain/working-days.ts';
import { isPublic } from '../../domain/visibility.ts';
import { bodyCalendarRules } from '../../domain/rules.ts';
import { byId } from '../../domain/order.ts';
import type { Problem } from '../../domain/problems.ts';
import { basePath, urls, type Urls } from '../urls.ts';
import type { PublishedFile } from '../types.ts';

type Publishable = { draft?: boolean; publishFrom?: CivilDate };

/** Entries public at the build date, in id order. */
function publicEntries<T extends Publishable>(list: Entry<T>[], buildDate: CivilDate): Entry<T>[] {
  return byId(list.filter((e) => isPublic(e.data, buildDate)));
}

export interface ModelContext {
  content: Content;
  buildDate: CivilDate;
  base: string;
  u: Urls;
  partners: Map<string, Partner>;
  /** The site's working calendar. */
  calendar: WorkingCalendar;
  /** The calendar of a decision maker: the site's, plus a body's own closure days and holidays. */
  calendarFor: (maker: string) => WorkingCalendar;
  bodyById: Map<string, Content['bodies'][number]>;
  personById: Map<string, Content['people'][number]>;
  /** Public entries only, by id. */
  meetingById: Map<string, Content['meetings'][number]>;
  forwardPlanById: Map<string, Content['forwardPlan'][number]>;
  decisionById: Map<string, Content['decisions'][number]>;
  meetings: Content['meetings'];
  forwardPlan: Content['forwardPlan'];
  decisions: Content['decisions'];
  pages: Content['pages'];
  /** Files the model publishes, by path from the content root. */
  published: Map<string, PublishedFile>;
  /** Dates past the bank-holiday list, found while building. */
  calendarProblems: Problem[];
  /** Bodies that cannot be published as written, found while rendering them. */
  bodyProblems: Problem[];
  /**
   * Builds one entry's record; a date the bank-holiday list does not cover is reported against
   * the entry (never guessed) and the entry is left out, so every such problem shows in one run.
   */
  guard: <T>(e: { file: string }, field: string, build: () => T) => T[];
}

export function modelContext(content: Content, buildDate: CivilDate): ModelContext {
  const s = content.site.data;
  const base = basePath(s.url);
  const calendar = workingCalendar(s.rules);
  const bodyById = new Map(content.bodies.map((b) => [b.id, b]));
  const bodyCalendars = new Map<string, WorkingCalendar>();
  const meetings = publicEntries(content.meetings, buildDate);
  const forwardPlan = publicEntries(content.forwardPlan, buildDate);
  const decisions = publicEntries(content.decisions, buildDate);
  const calendarProblems: Problem[] = [];
  return {
    content,
    buildDate,
    base,
    u: urls(base),
    partners: new Map(s.partners.map((p) => [p.id, p])),
    calendar,
    calendarFor(maker) {
      const own = bodyCalendarRules(s.rules, bodyById.get(maker)?.data.rules);
      if (!own) return calendar;
      let cal = bodyCalendars.get(maker);
      if (!cal) {
        cal = workingCalendar(own);
        bodyCalendars.set(maker, cal);
      }
      return cal;
    },
    bodyById,
    personById: new Map(content.people.map((p) => [p.id, p])),
    meetingById: new Map(meetings.map((m) => [m.id, m])),
    forwardPlanById: new Map(forwardPlan.map((f) => [f.id, f])),
    decisionById: new Map(decisions.map((d) => [d.id, d])),
    meetings,
    forwardPlan,
    decisions,
    pages: publicEntries(content.pages, buildDate),
    published: new Map(),
    calendarProblems,
    bodyProblems: [],
    guard(e, field, build) {
      try {
        return [build()];
      } catch (err) {
        if (!(err instanceof CalendarRangeError)) throw err;
        calendarProblems.push({
          file: e.file,
          field,
          found: `a date that needs the working days around ${err.date}`,
          expected: `dates the bank-holiday list covers (${err.first} to ${err.last}); ${err.advice}`,
        });
        return [];
      }
    },
  };
}
