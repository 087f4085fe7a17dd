/**
 * Which statutory duties applied to a meeting or a decision: from the facts of the record and
 * the rules in force for its body, the duties of the ledger, each measured by src/domain/duties.ts.
 */
import type { Meeting } from '../schemas/index.ts';
import type { CivilDate } from './dates.ts';
import { factDuty, noticeDuty, recordDuty, type Duty } from './duties.ts';
import type { PrivateMeetingNotice } from './meeting-record.ts';
import type { DecisionNotice } from './notice.ts';
import type { NoticeContents } from './notice-contents.ts';
import type { RulesInForce } from './rules.ts';
import { andList } from './text.ts';
import type { WorkingCalendar } from './working-days.ts';

/** An agenda item, as far as the ledger needs it. */
export interface ItemDutyFacts {
  /** The item's number, as printed. */
  item: string;
  /** The item's papers: an item with any is a report. */
  documents: readonly unknown[];
  /** Whether the report's list of background papers is recorded (s.100D(1)). */
  backgroundPapersListed: boolean;
  /** Set for an item taken in private, with the public summary of its proceedings, if written. */
  exempt?: { summary?: string };
}

/** What the ledger needs to know of a meeting. */
export interface MeetingDutyFacts {
  status: Meeting['status'];
  date: CivilDate;
  agendaPublished?: CivilDate;
  /** None of the body's partners is a local authority: it meets under the 1960 Act only. */
  nhsOnly: boolean;
  /** Whether any item on the record's agenda is exempt. */
  exemptOnAgenda: boolean;
  /** The reg 5 route the meeting took, as measured by privateMeetingNotice(). */
  privateMeeting?: Pick<PrivateMeetingNotice, 'route' | 'agreed' | 'agreedBy' | 'met' | 'contents'>;
  /** The days the first and further private-meeting notices were published, from the record. */
  privateNotice?: { first?: CivilDate; further?: CivilDate };
  /** The public items. */
  items: readonly ItemDutyFacts[];
  /** The day the minutes were published, from the record. */
  minutesPublished?: CivilDate;
}

export type MeetingDutyRules = Pick<
  RulesInForce,
  'agendaPublication' | 'privateMeetingNotice' | 'privateMeetingFurtherNotice'
>;

/** The duties that applied to a meeting, as at the build date; none for a cancelled or postponed meeting. */
export function meetingDuties(
  x: MeetingDutyFacts,
  rules: MeetingDutyRules,
  cal: WorkingCalendar,
  buildDate: CivilDate,
): Duty[] {
  if (x.status === 'cancelled' || x.status === 'postponed') return [];
  const duties: Duty[] = [
    noticeDuty(
      x.nhsOnly ? 'agenda-published-nhs' : 'agenda-published',
      cal,
      x.agendaPublished,
      x.date,
      rules.agendaPublication,
      buildDate,
    ),
  ];
  // Regulation 5 governs executive meetings; a body of NHS partners alone meets under the 1960 Act.
  const inPrivate = !x.nhsOnly && x.exemptOnAgenda;
  const pm = x.privateMeeting;
  if (inPrivate && pm?.route === 'urgent-agreement') {
    // privateMeetingNotice() has measured the agreement against the meeting date.
    duties.push(
      factDuty('private-urgent-agreement', pm.agreed, pm.met, pm.agreedBy ? `Agreed by ${pm.agreedBy}` : undefined),
    );
  } else if (inPrivate) {
    const notice = x.privateNotice;
    const lacking = pm ? privateNoticeLacks(pm.contents) : [];
    duties.push(
      noticeDuty('private-first-notice', cal, notice?.first, x.date, rules.privateMeetingNotice, buildDate),
      noticeDuty(
        'private-further-notice',
        cal,
        notice?.further,
        x.date,
        rules.privateMeetingFurtherNotice,
        buildDate,
        notice?.further && lacking.length ? `The record does not give ${andList(lacking)}` : undefined,
      ),
    );
  }
  // Each report (an item with papers) lists its background papers, from the day the agenda is published.
  const reports = x.items.filter((it) => it.documents.length > 0);
  if (reports.length) {
    const unlisted = reports.filter((it) => !it.backgroundPapersListed).map((it) => it.item);
    duties.push(
      factDuty(
        'background-papers',
        x.agendaPublished,
        unlisted.length === 0,
        unlisted.length
          ? `Not recorded for ${unlisted.length === 1 ? 'item' : 'items'} ${andList(unlisted)}`
          : undefined,
        'not-recorded',
      ),
    );
  }
  if (x.status === 'held') {
    const published = x.minutesPublished;
    duties.push(
      factDuty(
        'minutes-published',
        published,
        !!published && published <= buildDate,
        'The law sets no number of days',
        'not-recorded',
      ),
    );
    if (published && published <= buildDate && inPrivate) {
      const without = x.items.filter((it) => it.exempt && !it.exempt.summary).map((it) => it.item);
      duties.push(
        factDuty(
          'exempt-minutes-summary',
          published,
          without.length === 0,
          without.length ? `No summary for ${without.length === 1 ? 'item' : 'items'} ${andList(without)}` : undefined,
        ),
      );
    }
  }
  return duties;
}

/** What the further private-meeting notice does not give, of its reasons, representations and response (reg 5(4)). */
export function privateNoticeLacks(c: PrivateMeetingNotice['contents']): string[] {
  return [
    !c.reasons && 'the reasons',
    !c.representations && 'the representations received',
    !c.response && 'the response',
  ].filter((w): w is string => !!w);
}

/** What the ledger needs to know of a decision. */
export interface DecisionDutyFacts {
  made: CivilDate;
  published: CivilDate;
  /** The year whose special urgency report lists it. */
  year: string;
  /** The notice route it took, as measured by decisionNotice(). */
  notice: DecisionNotice;
  /** Taken by an officer: an officer decision under regs 7 and 8 of SI 2014/2095. */
  officerDecision: boolean;
  /** Whether the record's list of background papers is recorded. */
  backgroundPapersListed: boolean;
  /** The conflicts of interest declared. */
  declarations: readonly unknown[];
}

/** The forward plan entry that gave notice of a key decision, as far as the ledger needs it. */
export interface ForwardPlanDutyFacts {
  published: CivilDate;
  noticeContents: Pick<NoticeContents, 'applies' | 'complete' | 'missing' | 'documentsListed'>;
}

export type DecisionDutyRules = Pick<RulesInForce, 'keyDecisionNotice' | 'generalException' | 'decisionRecordDays'>;

/** The duties that applied to a decision and its record; `fp` is the forward plan entry that gave notice of it. */
export function decisionDuties(
  d: DecisionDutyFacts,
  rules: DecisionDutyRules,
  cal: WorkingCalendar,
  buildDate: CivilDate,
  fp?: ForwardPlanDutyFacts,
): Duty[] {
  const duties: Duty[] = [];
  const n = d.notice;
  switch (n.route) {
    case 'forward-plan':
      duties.push(noticeDuty('key-decision-notice', cal, n.published, d.made, rules.keyDecisionNotice, buildDate));
      if (fp?.noticeContents.applies)
        duties.push(
          factDuty(
            'key-decision-notice-contents',
            fp.published,
            fp.noticeContents.complete,
            fp.noticeContents.missing.length
              ? `Missing: ${fp.noticeContents.missing.map((k) => (k === 'documents' ? 'the list of documents' : 'the address for copies')).join(' and ')}`
              : `${fp.noticeContents.documentsListed} ${fp.noticeContents.documentsListed === 1 ? 'document' : 'documents'} listed`,
          ),
        );
      break;
    case 'general-exception':
      duties.push(noticeDuty('general-exception', cal, n.published, d.made, rules.generalException, buildDate));
      break;
    case 'special-urgency':
      duties.push(
        factDuty(
          'special-urgency',
          n.agreed,
          // The agreement must come before the decision it allows.
          !!n.agreedBy && !!n.agreed && n.agreed <= d.made,
          n.agreedBy ? `Agreed by ${n.agreedBy}` : undefined,
        ),
        factDuty(
          'special-urgency-report',
          undefined,
          true,
          `Listed in the report for ${d.year} on the transparency page`,
        ),
      );
      break;
    case 'none':
      duties.push(
        factDuty(
          'key-decision-notice',
          undefined,
          false,
          'A key decision with no forward plan notice or urgency procedure',
        ),
      );
      break;
    case 'not-required':
      break;
  }
  duties.push(
    recordDuty(
      d.officerDecision ? 'officer-decision-record' : 'decision-record',
      cal,
      d.made,
      d.published,
      rules.decisionRecordDays,
    ),
    factDuty('record-contents', d.published, true),
    ...(d.officerDecision
      ? [
          factDuty(
            'officer-background-papers',
            d.published,
            d.backgroundPapersListed,
            d.backgroundPapersListed ? undefined : 'The record does not list its background papers, or say it has none',
            'not-recorded',
          ),
        ]
      : []),
    factDuty('record-declarations', d.published, true, d.declarations.length ? undefined : 'None declared'),
  );
  return duties;
}
