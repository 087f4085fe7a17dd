/**
 * The public model's types: what every output (pages, feeds, calendars, search, open data)
 * may read. Only the publication model builds values of these types.
 */
import type { Duty } from '../domain/duties.ts';
import type {
  AccessibilitySettings,
  Body,
  Decision,
  ForwardPlanEntry,
  Meeting,
  Partner,
  PaperReview,
} from '../schemas/index.ts';
import type { BudgetTable } from '../domain/budget.ts';
import type { CivilDate } from '../domain/dates.ts';
import type { WorkingCalendar } from '../domain/working-days.ts';
import type { CallInAssessment, CallInRule } from '../domain/call-in.ts';
import type { DecisionNotice, KeyDecisionReportRequest, NoticeResult } from '../domain/notice.ts';
import type { DispensationRecord } from '../domain/declarations.ts';
import type { NoticeContents } from '../domain/notice-contents.ts';
import type { QuorumResult } from '../domain/quorum.ts';
import type { PrivateMeetingNotice } from '../domain/meeting-record.ts';
import type { Urls } from './urls.ts';

export type { CallInStatus } from '../domain/call-in.ts';
export type { DecisionNotice } from '../domain/notice.ts';
export type { DispensationRecord } from '../domain/declarations.ts';
export type { NoticeContents } from '../domain/notice-contents.ts';
export type { PrivateMeetingNotice, PrivateMeetingRoute } from '../domain/meeting-record.ts';
/** A decision's call-in facts, as the domain assesses them. */
export type PublicCallIn = CallInAssessment;

export interface Link {
  id: string;
  title: string;
  href: string;
}

export interface PublishedDocument {
  title: string;
  /** Set for a published file. */
  href?: string;
  /** The paper's own page, for a published file. */
  page?: string;
  /** Whether its page has its text, to read as a web page. */
  readable?: boolean;
  file?: string;
  type?: string;
  bytes?: number;
  /** "12 KB". */
  size?: string;
  /** Set for a withheld paper: the Schedule 12A wording. */
  withheld?: string;
  paragraphs?: number[];
}

/** A report's background paper (s.100D): a published file, a paper open to inspection, or a withheld paper. */
export interface PublicBackgroundPaper extends PublishedDocument {
  /** Set for a paper with no file that is not exempt: open to inspection until this day, four years from the meeting or decision. */
  inspectionUntil?: CivilDate;
}

export interface Withholding {
  paragraphs: number[];
  wording: string;
  descriptions: string[];
}

export interface PublicSite {
  title: string;
  description?: string;
  url: string;
  base: string;
  notice?: string;
  licence: string;
  contact?: { email?: string; phone?: string; address?: string; form?: string };
  partners: Partner[];
  buildDate: CivilDate;
  timezone: string;
  /** The site's call-in rule (a body may set its own): the window, the committee and how many councillors can call in. */
  callIn: CallInRule;
  /** The accessibility statement's settings from site.yaml. */
  accessibility: AccessibilitySettings;
  /** How to inspect background papers that are not published, as site.yaml sets it (else the contact details serve). */
  backgroundPapers?: { inspection: string };
}

export interface PublicMembership {
  person: Link;
  body: Link;
  role: string;
  partner?: Partner;
  voting: boolean;
  tags: string[];
  from?: CivilDate;
  until?: CivilDate;
  current: boolean;
}

export interface PublicBody {
  id: string;
  href: string;
  name: string;
  kind: Body['kind'];
  partners: Partner[];
  parent?: Link;
  children: Link[];
  from?: CivilDate;
  until?: CivilDate;
  meetsInPublic: boolean;
  decides: Body['decides'];
  voting: Body['voting'];
  castingVote: Body['castingVote'];
  chairing?: string;
  quorum: Body['quorum'];
  /** Each quorum condition in words, e.g. "practising clinicians: at least 2". */
  quorumLabels: string[];
  members: PublicMembership[];
  html?: string;
  /** The powers it has delegated (s.100G(2)), with the public decisions taken under each. */
  delegations: PublicDelegation[];
}

/** A power a body has delegated to an officer or a member. */
export interface PublicDelegation {
  id: string;
  /** Its place on the body's page: <body>#delegation-<id>. */
  href: string;
  /** The id of that place: delegation-<id>. */
  anchor: string;
  power: string;
  body: Link;
  holder: Link & { kind: 'member' | 'officer'; role?: string };
  from?: CivilDate;
  until?: CivilDate;
  /** Where the delegation is written down. */
  source?: string;
  /** In force at the build date. */
  current: boolean;
  /** Public decisions taken under it, newest first, with the council's reference when there is one. */
  decisions: (Link & { reference?: string })[];
}

export interface PublicPerson {
  id: string;
  href: string;
  name: string;
  partner?: Partner;
  title?: string;
  party?: string;
  memberships: PublicMembership[];
  /** Held meetings with recorded attendance while a member: how many attended. */
  attendance: {
    meeting: Link;
    status: 'present' | 'apologies' | 'absent' | 'substitute' | 'not-recorded';
    expected: boolean;
  }[];
  attendanceRecord: { attended: number; expected: number };
  declarations: { where: Link; interest: string }[];
  kind: 'member' | 'officer';
  ward?: string;
}

export interface PublicItem {
  item: string;
  anchor: string;
  title: string;
  summary?: string;
  minute?: string;
  /** `summary` is the public summary of the proceedings (s.100C(2)), shown where the withheld minute would be. */
  exempt?: Withholding & { reason?: string; review?: CivilDate; summary?: string };
  forwardPlan?: Link;
  decisions: Link[];
  documents: PublishedDocument[];
  /** The report's background papers; undefined when none are recorded, empty when the report lists none. */
  backgroundPapers?: PublicBackgroundPaper[];
  /** Whether the report's list of background papers is recorded (s.100D(1)). */
  backgroundPapersListed: boolean;
}

export interface PublicMeeting {
  id: string;
  href: string;
  title: string;
  body: Link;
  start: string;
  end?: string;
  date: CivilDate;
  year: string;
  venue?: string;
  status: Meeting['status'];
  agendaPublished?: CivilDate;
  /**
   * When the meeting was announced (meetingAnnounced): its agenda's date, the end of its embargo,
   * or the day its agenda is due. It dates the meeting in feeds and calendars, whatever the build date.
   */
  announced: CivilDate;
  privateNotice?: Meeting['privateNotice'];
  webcast?: string;
  items: PublicItem[];
  attendance: { person: Link; status: Meeting['attendance'][number]['status']; for?: Link }[];
  declarations: {
    person: Link;
    item?: string;
    interest: string;
    action?: string;
    /** The words written (`none`), or when and by whom a dispensation was granted. */
    dispensation?: DispensationRecord;
  }[];
  minutes?: { published?: CivilDate; approvedAt?: Link };
  documents: PublishedDocument[];
  html?: string;
  upcoming: boolean;
  /** Agenda published against the body's rule; undefined until an agenda is published. */
  agendaNotice?: NoticeResult;
  /** Notices of intention to meet in private, when any item is taken in private. */
  privateNotices?: { first?: NoticeResult; further?: NoticeResult };
  /** For a held meeting: the body's quorum conditions against the members present. */
  quorum: QuorumResult & { evaluated: 'yes' | 'not-held' | 'no-attendance' | 'no-rule' };
  /** Each statutory duty that applied to the meeting, and whether and when it was met. */
  duties: Duty[];
  /**
   * Reg 5 of SI 2012/2089, when any item is taken in private or a notice is recorded: the route
   * (notice, urgent agreement or none), each notice measured, whether the further notice's
   * contents are recorded, who agreed the urgency and when, and whether the meeting complied.
   */
  privateMeeting?: PrivateMeetingNotice;
}

export interface PublicForwardPlanEntry {
  id: string;
  /** The council's own reference for the matter, when it has one; pages show it in place of the id. */
  reference?: string;
  href: string;
  title: string;
  kind: ForwardPlanEntry['kind'];
  decisionMaker: Link;
  published: CivilDate;
  expected?: CivilDate;
  expectedFrom?: CivilDate;
  expectedTo?: CivilDate;
  /** The date to sort and group by: expected, else the start of the expected period. */
  expectedDate: CivilDate;
  meeting?: Link;
  wards: string[];
  leadOfficer?: string;
  consultation?: string;
  documents: PublishedDocument[];
  private?: Withholding & { reason?: string };
  status: 'planned' | 'decided' | 'deferred' | 'withdrawn';
  decision?: Link;
  revisions: { date: CivilDate; change: string }[];
  html?: string;
  /** Notice given before the decision date, or before the expected date while undecided. */
  notice: NoticeResult;
  /** Where copies of the listed documents are available: the entry's address, else the site's (reg 9(1)(f)). */
  documentsFrom?: string;
  /** How to ask for details of other documents as they become available (reg 9(1)(h)). */
  otherDocuments: string;
  /** The reg 9(1)(e) to (h) contents of a key decision notice, and whether they are complete. */
  noticeContents: NoticeContents;
  /**
   * For a notice of a private meeting whose meeting is public: that meeting's record of the
   * further notice (reg 5(4)) or of the urgent agreement (reg 5(6)).
   */
  privateMeeting?: { meeting: Link } & Omit<NonNullable<Meeting['privateNotice']>, 'first'>;
}

export interface PublicDecision {
  id: string;
  /** The council's reference: the decision's own, else its public forward plan entry's (one matter, one reference). */
  reference?: string;
  href: string;
  title: string;
  decisionMaker: Link & { kind: 'body' | 'person' };
  madeBy: Link[];
  meeting?: Link;
  item?: string;
  itemHref?: string;
  made: CivilDate;
  published: CivilDate;
  year: string;
  key: boolean;
  forwardPlan?: Link;
  urgency?: Decision['urgency'];
  outcome: Decision['outcome'];
  vote?: Decision['vote'];
  spend?: Decision['spend'] & { fundLink?: Link; schemeLink?: Link };
  wards: string[];
  declarations: {
    person: Link;
    interest: string;
    /** The words written (`none`), or when and by whom a dispensation was granted. */
    dispensation?: DispensationRecord;
    action?: string;
  }[];
  exempt?: Withholding & { summary: string; review?: CivilDate };
  documents: PublishedDocument[];
  html?: string;
  callIn: PublicCallIn;
  notice: DecisionNotice;
  /** Set for a decision that spends: the key decision threshold in force, and whether the spending reaches it. */
  keyThreshold?: { threshold: number; reached: boolean };
  /** How long the record took to publish, against the target in working days. */
  record: { workingDays: number; target: number; met: boolean };
  /** Each statutory duty that applied to the decision and its record, and whether and when it was met. */
  duties: Duty[];
  /**
   * Set when the decision belongs in the report that it should have been treated as a key decision
   * (reg 18): not marked key though its spending reaches the threshold, or asked for by scrutiny.
   */
  keyDecisionReport?: { overThreshold: boolean; request?: KeyDecisionReportRequest };
  /** Taken by an officer (a person of kind officer): an officer decision under regs 7 and 8 of SI 2014/2095. */
  officerDecision: boolean;
  /** The delegated power it was taken under, when the record names one. */
  delegation?: Omit<PublicDelegation, 'decisions'>;
  /** For an officer decision: the last day the record and its papers are kept for inspection (reg 8). */
  retainedUntil?: CivilDate;
  /** The report's background papers; undefined when none are recorded, empty when the report lists none. */
  backgroundPapers?: PublicBackgroundPaper[];
  /** Whether the report's list of background papers is recorded (s.100D(1)). */
  backgroundPapersListed: boolean;
}

export interface PublicFundYear {
  year: string;
  /** The year's page: the fund's own page for the year it shows, budgets/<fund>/<year>/ for the others. */
  href: string;
  /** Its table as CSV, in whole pounds. */
  csv: string;
  status: 'plan' | 'revised' | 'outturn';
  units: 'pounds' | 'thousands';
  source?: string;
  approvedBy?: Link;
  table: BudgetTable;
}

export interface PublicFund {
  id: string;
  href: string;
  name: string;
  agreement?: string;
  description?: string;
  host: Partner;
  manager?: string;
  riskShare?: string;
  /** Oldest first. */
  years: PublicFundYear[];
  /** The year the fund's own page shows (see fundYearOnShow); every other year has a page of its own. */
  shownYear: string;
  /** Every scheme named in any year, with the public decisions that approved spending from it. */
  schemes: { slug: string; name: string; href: string; decisions: Link[] }[];
}

export interface PublicPage {
  id: string;
  href: string;
  title: string;
  description?: string;
  order?: number;
  /** When the page was last updated, shown under its heading. */
  updated?: CivilDate;
  /** Sanitised HTML of a Markdown page. */
  html?: string;
  /** An MDX page (only with allowMdx in site.yaml), rendered by Astro. */
  mdx?: true;
}

/** Where a published paper belongs: a meeting, an agenda item, a decision or a forward plan entry. */
export interface PaperUse {
  /** The content file that publishes it (for messages). */
  entry: string;
  /** "Agenda item", "Meeting", "Decision", "Forward plan". */
  kind: string;
  /** "Item 4: Better Care Fund plan, Joint Commissioning Board, 12 November 2026". */
  title: string;
  href: string;
  date: CivilDate;
  /** The board whose meeting it belongs to, for a meeting or an agenda item. */
  body?: string;
  /** The paper's title where it is used, e.g. "Report". */
  paperTitle: string;
}

/** A file the model publishes: its size and, for a paper, where it belongs and its reviews. */
export interface PublishedFile {
  bytes: number;
  /** Empty for an image shown in a body. */
  uses: PaperUse[];
  reviews: { entry: string; field: string; review: PaperReview }[];
}

/** A public paper, with a page of its own. */
export interface PublicPaper {
  file: string;
  /** The paper's own page. */
  href: string;
  /** The file itself. */
  download: string;
  /** "Report: Better Care Fund plan". */
  title: string;
  type: string;
  bytes: number;
  size: string;
  uses: PaperUse[];
  date: CivilDate;
}

export interface PublicModel {
  site: PublicSite;
  urls: Urls;
  bodies: PublicBody[];
  people: PublicPerson[];
  meetings: PublicMeeting[];
  forwardPlan: PublicForwardPlanEntry[];
  decisions: PublicDecision[];
  funds: PublicFund[];
  pages: PublicPage[];
  /** Files to publish, by path from the content root: only those named by public, non-withheld papers. */
  documents: Map<string, PublishedFile>;
  /** Every public paper (a file a document list names), newest first. */
  papers: PublicPaper[];
  partner(id: string): Partner | undefined;
  calendar: WorkingCalendar;
}
