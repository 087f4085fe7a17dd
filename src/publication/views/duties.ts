/** The duty ledger summed: by year, and within a year by body and by kind of duty, with the lapses behind the figures. */
import { countDuties, DUTIES, type Duty, type DutyCounts, type DutyId } from '../../domain/duties.ts';
import type { PublicDecision, PublicMeeting, PublicModel } from '../types.ts';

type Entry = PublicMeeting | PublicDecision;
const yearOf = (x: Entry) => x.year;
/** The body a duty fell to: a meeting's body, or a decision's maker (a body or a person). */
const bodyOf = (x: Entry) => ('made' in x ? x.decisionMaker : x.body);
const entries = (m: PublicModel, year?: string): Entry[] =>
  [...m.meetings, ...m.decisions].filter((x) => year === undefined || yearOf(x) === year);

export interface DutySumRow {
  label: string;
  href?: string;
  counts: DutyCounts;
}

/** The column headings of a duty sum table after its first, in the order of `dutyCountCells`. */
export const DUTY_COUNT_HEADINGS = ['Applied', 'Met', 'Late', 'Not met', 'Not recorded', 'Not yet due'] as const;

/** A row's counts in the order of DUTY_COUNT_HEADINGS. */
export function dutyCountCells(c: DutyCounts): number[] {
  return [c.applied, c.met, c.late, c.missed, c['not-recorded'], c.pending];
}

/** Every year's duties, newest first, each linking to the year's page. */
export function dutySumsByYear(m: PublicModel, years: string[]): DutySumRow[] {
  return years.map((year) => ({
    label: year,
    href: m.urls.transparencyYear(year),
    counts: countDuties(entries(m, year).flatMap((x) => x.duties)),
  }));
}

/** One year's duties by the body they fell to, in name order; a total row last. */
export function dutySumsByBody(m: PublicModel, year: string): DutySumRow[] {
  const byBody = new Map<string, { label: string; href: string; duties: Duty[] }>();
  for (const x of entries(m, year)) {
    const b = bodyOf(x);
    const row = byBody.get(b.id) ?? { label: b.title, href: b.href, duties: [] };
    row.duties.push(...x.duties);
    byBody.set(b.id, row);
  }
  return [...byBody.values()]
    .filter((r) => r.duties.length)
    .sort((a, b) => a.label.localeCompare(b.label))
    .map((r) => ({ label: r.label, href: r.href, counts: countDuties(r.duties) }));
}

/** One year's duties by kind, in the ledger's order of kinds. */
export function dutySumsByKind(m: PublicModel, year: string): DutySumRow[] {
  const all = entries(m, year).flatMap((x) => x.duties);
  return (Object.keys(DUTIES) as DutyId[])
    .map((id) => ({ label: DUTIES[id].duty, counts: countDuties(all.filter((d) => d.id === id)) }))
    .filter((r) => r.counts.applied > 0);
}

/** The meetings and decisions of a year with a duty late, not met or not recorded, and which. */
export function dutyLapses(m: PublicModel, year: string): { href: string; title: string; duties: Duty[] }[] {
  return entries(m, year)
    .map((x) => ({
      href: x.href,
      title: 'made' in x ? `${x.id}: ${x.title}` : x.title,
      date: 'made' in x ? x.made : x.date,
      duties: x.duties.filter((d) => d.status === 'late' || d.status === 'missed' || d.status === 'not-recorded'),
    }))
    .filter((x) => x.duties.length)
    .sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title))
    .map(({ href, title, duties }) => ({ href, title, duties }));
}
