/** Plain-English sentences for derived facts, shared by pages, feeds and calendars. */
import type {
  DecisionNotice,
  DispensationRecord,
  PublicCallIn,
  PublicDecision,
  PublicForwardPlanEntry,
  PublicFundYear,
  PublicMeeting,
  PublicModel,
  PublicPerson,
  PublicSite,
  PrivateMeetingNotice,
} from './types.ts';
import type { NoticeResult } from '../domain/notice.ts';
import type { CallInRule } from '../domain/call-in.ts';
import { describeClearDays } from '../domain/notice.ts';
import { formatDate, formatTime } from '../domain/dates.ts';
import { describeCondition, type ConditionResult } from '../domain/quorum.ts';
import { andList, orList } from '../domain/text.ts';
import { shownReference } from '../domain/references.ts';
import {
  callInOutcomeLabel,
  expectedWhen,
  forwardPlanKindShortLabel,
  money,
  moneyShort,
  partnerInSentence,
  partnerName,
} from './labels.ts';

/** "the end of Monday 8 April 2024" or "1pm on Monday 22 July 2024". */
export function callInCloses(c: PublicCallIn): string | undefined {
  const w = c.window;
  if (!w) return undefined;
  return w.closesAt === 'end-of-day'
    ? `the end of ${formatDate(w.lastDay)}`
    : `${formatTime(w.closesAt)} on ${formatDate(w.lastDay)}`;
}

/** "5 working days after the record was published on Thursday 28 March 2024; Good Friday and Easter Monday are not working days". */
export function callInCounting(c: PublicCallIn): string | undefined {
  const w = c.window;
  if (!w) return undefined;
  const from =
    c.rule.countFrom === 'publication'
      ? `the record was published on ${formatDate(w.start)}`
      : `the decision was made on ${formatDate(w.start)}`;
  const names = [...new Set(c.holidays.map((h) => h.name))];
  const crossed = names.length
    ? `; ${andList(names)} ${names.length === 1 ? 'is not a working day' : 'are not working days'}`
    : '';
  return `${c.rule.workingDays} working day${c.rule.workingDays === 1 ? '' : 's'} after ${from}${crossed}`;
}

/** "Tuesday 9 April 2024" or "1pm on Monday 22 July 2024". */
export function implementableFrom(c: PublicCallIn): string | undefined {
  const at = c.window?.implementableFrom;
  if (!at) return undefined;
  const time = at.slice(11, 16);
  return time === '00:00' ? formatDate(at.slice(0, 10)) : `${formatTime(time)} on ${formatDate(at.slice(0, 10))}`;
}

/** "published 71 clear days before the decision; 28 required". */
export function noticeSentence(n: NoticeResult, before: string): string {
  return `published ${formatDate(n.published)}, ${describeClearDays(n.clearDays, n.count)} before ${before}; ${n.required} required`;
}

export function decisionNoticeSentence(n: DecisionNotice): string {
  switch (n.route) {
    case 'forward-plan':
      return `Notice on the forward plan ${noticeSentence(n, 'the decision')}.`;
    case 'general-exception':
      return `General exception notice ${noticeSentence(n, 'the decision')}.`;
    case 'special-urgency':
      return `Taken under special urgency${n.agreedBy ? `, agreed by ${n.agreedBy}` : ''}${n.agreed ? ` on ${formatDate(n.agreed)}` : ''}: no notice period applies.`;
    case 'none':
      return 'No notice of this key decision was published.';
    default:
      return 'Not a key decision: no notice was required.';
  }
}

/** "The CCG contributes £69.5m (66%) and SCC £35.7m (34%) of the £105.2m pooled fund." */
export function fundYearSummary(m: PublicModel, y: PublicFundYear): string {
  const t = y.table;
  const total = t.totals.total;
  const aligned =
    t.alignedTotals.total > 0
      ? ` ${moneyShort(t.alignedTotals.total)} is in aligned budgets, kept by each partner and not pooled.`
      : '';
  if (t.partners.length === 0 || total === 0) return `Nothing is pooled in ${y.year}.${aligned}`;
  const name = (id: string) => partnerInSentence(m.partner(id), id);
  const items = t.partners.map(
    (p, i) =>
      `${name(p)}${i === 0 ? ' contributes' : ''} ${moneyShort(t.totals[p])} (${Math.round((t.totals[p] / total) * 100)}%)`,
  );
  const sentence = `${andList(items)} of the ${moneyShort(total)} pooled fund.`;
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}${aligned ? ` A further${aligned}` : ''}`;
}

/** "Quorate: Cabinet Members: 3 present, 3 needed; …" or why no answer can be given. */
export function quorumSentence(q: PublicMeeting['quorum']): string | undefined {
  switch (q.evaluated) {
    case 'not-held':
      return undefined;
    case 'no-rule':
      return 'No quorum rule is recorded for this board.';
    case 'no-attendance':
      return 'Attendance was not recorded, so whether the meeting was quorate is not known.';
    default: {
      const failing = q.conditions.filter((c) => !c.met);
      const ordered = [...failing, ...q.conditions.filter((c) => c.met)];
      return `${q.quorate ? 'Quorate' : 'Not quorate'}: ${ordered.map(describeCondition).join('; ')}.`;
    }
  }
}

/** "Yes", "No", or "No, although the spending reaches the key decision threshold of £500,000". */
export function keyDecisionText(d: Pick<PublicDecision, 'key' | 'keyThreshold'>): string {
  if (d.key) return 'Yes';
  if (d.keyThreshold?.reached)
    return `No, although the spending reaches the key decision threshold of ${money(d.keyThreshold.threshold)}`;
  return 'No';
}

/**
 * Why a decision is in the report that it should have been treated as a key decision (reg 18):
 * "Not marked as a key decision, although its spending of £1,200,000 reaches the threshold of
 * £500,000. The Overview and Scrutiny Committee asked for a report on Monday 3 July 2023; not yet reported."
 */
export function keyDecisionReportReason(
  d: Pick<PublicDecision, 'spend' | 'keyThreshold' | 'keyDecisionReport'>,
): string {
  const r = d.keyDecisionReport;
  if (!r) return '';
  const parts: string[] = [];
  if (r.overThreshold && d.spend && d.keyThreshold)
    parts.push(
      `Not marked as a key decision, although its spending of ${money(d.spend.amount)} reaches the threshold of ${money(d.keyThreshold.threshold)}.`,
    );
  if (r.request)
    parts.push(
      `${r.request.by.charAt(0).toUpperCase()}${r.request.by.slice(1)} asked for a report on ${formatDate(r.request.requested)}; ${r.request.reported ? `reported on ${formatDate(r.request.reported)}` : 'not yet reported'}.`,
    );
  return parts.join(' ');
}

/** The "Notice" row of a decision not on the forward plan: the urgency procedure it took, or why there was none. */
export function noticeRouteText(d: Pick<PublicDecision, 'urgency' | 'key'>): string {
  if (d.urgency?.kind === 'general-exception')
    return `General exception: notice published ${formatDate(d.urgency.noticePublished!)}`;
  if (d.urgency?.kind === 'special-urgency')
    return `Special urgency: agreed by ${d.urgency.agreedBy} on ${formatDate(d.urgency.agreed!)}`;
  return d.key ? 'No notice recorded' : 'Not required (not a key decision)';
}

/** "Decision record published 2 working days after the decision; the target is 2." */
export function recordSentence(r: PublicDecision['record']): string {
  return `Decision record published ${r.workingDays} working day${r.workingDays === 1 ? '' : 's'} after the decision; the target is ${r.target}.`;
}

/**
 * A dispensation in words: "Dispensation: none" as written, or "Dispensation granted on Wednesday
 * 3 May 2023 by the Standards Committee: to speak and vote on the contract award".
 */
export function dispensationText(d: DispensationRecord): string {
  if ('text' in d) return `Dispensation: ${d.text}`;
  return `Dispensation granted on ${formatDate(d.granted)} by ${d.by}${d.scope ? `: ${d.scope}` : ''}`;
}

/** What a member declared on a decision, after their name: "Governor of the trust. Left the room. Dispensation: none." */
export function decisionDeclarationText(x: PublicDecision['declarations'][number]): string {
  return `${x.interest}${x.action ? `. ${x.action}` : ''}. ${dispensationText(x.dispensation ?? { text: 'none' })}.`;
}

/** "Call-in closes at the end of Monday 8 April 2024." or, once it has closed, "Call-in closed at …". */
/**
 * "Two councillors can call in a decision; it then goes to the Overview and Scrutiny Management
 * Committee.", from the constitution's call-in settings; undefined when it names neither.
 */
export function callInWhoSentence(rule: Pick<CallInRule, 'committee' | 'councillors'>): string | undefined {
  const n = rule.councillors;
  const who =
    n === undefined
      ? undefined
      : `${n === 1 ? 'One councillor' : `${numberWord(n)} councillors`} can call in a decision`;
  const committee = rule.committee?.replace(/^the\s+/i, '');
  if (who && committee) return `${who}; it then goes to the ${committee}.`;
  if (who) return `${who}.`;
  if (committee) return `A decision called in goes to the ${committee}.`;
  return undefined;
}

const NUMBER_WORDS = ['Zero', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten'];
const numberWord = (n: number) => NUMBER_WORDS[n] ?? String(n);

export function callInClosesSentence(c: PublicCallIn): string | undefined {
  const closes = callInCloses(c);
  if (!closes) return undefined;
  return `${c.status === 'open' ? 'Call-in closes at' : 'Call-in closed at'} ${closes}.`;
}

/** "Can be implemented from Tuesday 9 April 2024.", or what could have been for a decision called in. */
export function implementableSentence(c: PublicCallIn): string | undefined {
  const from = implementableFrom(c);
  if (!from) return undefined;
  return `${c.status === 'called-in' ? 'Had it not been called in, it could have been implemented from' : 'Can be implemented from'} ${from}.`;
}

/** "Referred back to the decision maker (Thursday 7 February 2019)": what came of a call-in, and when. */
export function callInOutcomeText(c: PublicCallIn): string | undefined {
  if (!c.outcome) return undefined;
  return `${callInOutcomeLabel[c.outcome]}${c.outcomeDate ? ` (${formatDate(c.outcomeDate)})` : ''}`;
}

const metOrNot = (n: { met: boolean }) => (n.met ? 'met' : 'not met');

/** "Wednesday 16 January 2019: 5 clear working days before the meeting; 5 required (met)". */
export function agendaNoticeSentence(n: NoticeResult): string {
  return `${formatDate(n.published)}: ${describeClearDays(n.clearDays, n.count)} before the meeting; ${n.required} required (${metOrNot(n)})`;
}

/** The first and further notices of a meeting to be held in private, each against its period. */
export function privateNoticeSentence(p: NonNullable<PublicMeeting['privateNotices']>): string {
  return [
    p.first
      ? `First notice ${noticeSentence(p.first, 'the meeting')} (${metOrNot(p.first)})`
      : 'No first notice recorded',
    p.further
      ? `further notice ${noticeSentence(p.further, 'the meeting')} (${metOrNot(p.further)})`
      : 'no further notice recorded',
  ].join('; ');
}

/** How a meeting held in private was noticed, and whether that met reg 5 of SI 2012/2089. */
export function privateMeetingRouteSentence(p: PrivateMeetingNotice): string {
  switch (p.route) {
    case 'urgent-agreement': {
      const agreed = `${p.agreedBy} agreed on ${formatDate(p.agreed!)} that the meeting was urgent and could not reasonably be deferred (regulation 5(6))`;
      return p.met
        ? `Held in private as urgent: ${agreed}.`
        : `Held in private as urgent, but the agreement came after the meeting: ${agreed}.`;
    }
    case 'notice': {
      if (p.met) return 'Both notices of the meeting in private were given in time.';
      const late = [
        !p.first ? 'no first notice is recorded' : !p.first.met ? 'the first notice was late' : undefined,
        !p.further ? 'no further notice is recorded' : !p.further.met ? 'the further notice was late' : undefined,
      ].filter((x) => x !== undefined);
      return `Notice of the meeting in private was not given in time: ${andList(late)}.`;
    }
    default:
      return 'No notice of the meeting in private is recorded.';
  }
}

/** "Items 5 and 6" or "No item": which agenda items are taken in private. */
export function itemsInPrivateText(items: string[]): string {
  if (items.length === 0) return 'No item';
  return `${items.length === 1 ? 'Item' : 'Items'} ${andList(items)}`;
}

/** "Available for inspection until Monday 10 May 2027". */
export function inspectionUntilText(until: string): string {
  return `Available for inspection until ${formatDate(until)}`;
}

/** How to inspect a background paper that is not published: the site's own words, else its contact details. */
export function inspectionSentence(site: Pick<PublicSite, 'backgroundPapers' | 'contact'>): string {
  if (site.backgroundPapers) return site.backgroundPapers.inspection;
  const c = site.contact;
  const ways = [
    c?.email && `email ${c.email}`,
    c?.phone && `telephone ${c.phone}`,
    c?.address && `write to ${c.address}`,
  ].filter((x): x is string => Boolean(x));
  return ways.length
    ? `To inspect one, contact democratic services: ${orList(ways)}.`
    : 'To inspect one, contact democratic services.';
}

/** Where a meeting's minutes stand: approved (at which meeting), draft, awaited or not applicable. */
export function minutesText(x: Pick<PublicMeeting, 'minutes' | 'status'>): string {
  if (x.minutes?.approvedAt) return `Approved at ${x.minutes.approvedAt.title}`;
  if (x.minutes?.published) return `Draft minutes published ${formatDate(x.minutes.published)}, not yet approved`;
  return x.status === 'held' ? 'Not yet published' : 'Not applicable';
}

type MeetingDeclaration = PublicMeeting['declarations'][number];

/** A declaration under its agenda item, after the member's name: "GP partner. Took no part in the discussion." */
export function itemDeclarationText(d: MeetingDeclaration): string {
  return `${d.interest}${d.action ? `. ${d.action}` : ''}.`;
}

/** A declaration in the meeting's list, after the member's name and item, with any dispensation. */
export function meetingDeclarationText(d: MeetingDeclaration): string {
  return `${d.interest}${d.action ? `. ${d.action}` : ''}${d.dispensation ? `. ${dispensationText(d.dispensation)}` : ''}.`;
}

/** "Cabinet Members (2 needed): Councillor Alex Marsh, Councillor Priya Delamere". */
export function quorumConditionText(c: ConditionResult): string {
  return `${c.label} (${c.condition.min} needed): ${c.present.length === 0 ? 'none present' : c.present.map((p) => p.name).join(', ')}`;
}

/** "Southampton City Council and Hampshire and Isle of Wight ICB (planned)": who pools a fund year's money. */
export function pooledFromText(m: Pick<PublicModel, 'partner'>, y: PublicFundYear): string {
  return `${andList(y.table.partners.map((p) => partnerName(m, p)))}${y.status === 'plan' ? ' (planned)' : ''}`;
}

/** "71 clear days before the decision; 28 required (met)": a forward plan entry's notice, before the decision or, while undecided, the expected date. */
export function forwardPlanNoticeSentence(f: Pick<PublicForwardPlanEntry, 'notice' | 'decision'>): string {
  const n = f.notice;
  return `${describeClearDays(n.clearDays, n.count)} before ${f.decision ? 'the decision' : 'the expected date'}; ${n.required} required (${metOrNot(n)})`;
}

/** Reg 9(1)(f): "Copies of, or extracts from, any document listed are available from Democratic Services, Civic Centre, Southampton SO14 7LY." */
export function documentsFromSentence(f: Pick<PublicForwardPlanEntry, 'documentsFrom'>): string | undefined {
  if (!f.documentsFrom) return undefined;
  return `Copies of, or extracts from, any document listed are available from ${f.documentsFrom.replace(/[.\s]+$/, '')}.`;
}

/** What will be in private: the meeting (or part of it), or the decision. */
export function inPrivateSentence(f: Pick<PublicForwardPlanEntry, 'kind'>): string {
  return f.kind === 'private-meeting'
    ? 'The meeting, or part of it, will be held in private.'
    : 'The decision will be taken in private.';
}

/** "fp-2024-003. Key decision. Decision maker: Joint Commissioning Board. Expected Thursday 18 July 2024." */
export function forwardPlanLine(f: PublicForwardPlanEntry): string {
  return `${shownReference(f)}. ${forwardPlanKindShortLabel[f.kind]}. Decision maker: ${f.decisionMaker.title}. Expected ${expectedWhen(f)}.`;
}

/** "Attended 5 of 6 meetings with recorded attendance while a member." */
export function attendanceRecordSentence(r: PublicPerson['attendanceRecord']): string {
  return `Attended ${r.attended} of ${r.expected} meetings with recorded attendance while a member.`;
}
