/**
 * The accessibility statement (Public Sector Bodies (Websites and Mobile Applications) (No. 2)
 * Accessibility Regulations 2018, regulation 8), in the form of the GOV.UK model statement.
 * It is made at every build from the public papers' readings and site.yaml's `accessibility`
 * settings, so it says what the site's checks find today and never more. Only public papers
 * are given: a withheld paper has no file and is never read.
 */
import type { PublicModel } from '../types.ts';
import { BARRIER_KINDS, type BarrierKind, type PaperBarrier } from '../../papers/accessibility.ts';
import { formatDate, type CivilDate } from '../../domain/dates.ts';

/**
 * Documents published before this date need not be fixed unless they are essential to providing
 * a service (regulation 4(2)(a)); papers of past meetings are records, not services.
 */
export const DOCUMENTS_IN_SCOPE_FROM = '2018-09-23';

/** At most this many papers are listed by name; the counts cover them all. */
export const LISTED_PAPERS = 50;

export const EASS_URL = 'https://www.equalityadvisoryservice.com/';
export const ABILITYNET_URL = 'https://mcmw.abilitynet.org.uk/';

export interface BarrierGroup {
  kind: BarrierKind;
  /** "not tagged": the name the list of papers uses. */
  label: string;
  /** "12 papers". */
  count: number;
  reason: string;
  /** The WCAG 2.2 success criterion it fails, when it is known to fail one. */
  wcag?: string;
}

export interface ListedPaper {
  title: string;
  href: string;
  type: string;
  /** The page it is published on: "Meeting: Joint Commissioning Board, 12 March 2026". */
  on: { title: string; href: string };
  /** Short names of its problems, explained in the groups: "not tagged, no language set". */
  problems: string;
}

export interface ContactLine {
  /** "Email", "Call", "Write to". */
  label: string;
  text: string;
  href?: string;
}

export interface AccessibilityStatement {
  heading: string;
  siteUrl: string;
  runBy: string;
  compliant: boolean;
  /** The compliance sentence of the model statement. */
  status: string;
  contact: ContactLine[];
  /** "We'll consider your request and get back to you in 10 working days." */
  response: string;
  /** Known failures of papers in scope, by reason, most papers first. */
  failures: BarrierGroup[];
  /** Papers in scope the checks cannot assess, by reason. */
  unchecked: BarrierGroup[];
  /** Problems a person has found, from site.yaml. */
  issues: string[];
  /** Papers in scope with any barrier, newest first, at most LISTED_PAPERS. */
  listed: ListedPaper[];
  /** Papers in scope with any barrier, all of them. */
  papersWithBarriers: number;
  /** Papers published before 23 September 2018 with any barrier. */
  outOfScope: number;
  /** Public papers the checks read. */
  papersChecked: number;
  /** Whether any meeting links to a webcast on another site. */
  webcasts: boolean;
  buildDate: string;
  /** When a person prepared and last reviewed it, or that no person has. */
  preparation: string;
  tested?: string;
}

const papersCount = (n: number) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'paper' : 'papers'}`;

/** How to reach the publisher, line by line, from site.yaml's contact. */
export function contactLines(contact: PublicModel['site']['contact']): ContactLine[] {
  const lines: ContactLine[] = [];
  if (contact?.email) lines.push({ label: 'Email', text: contact.email, href: `mailto:${contact.email}` });
  if (contact?.phone)
    lines.push({
      label: 'Call',
      // Non-breaking spaces, so that a number is never split across two lines.
      text: contact.phone.replace(/ /g, '\u00a0'),
      ...(/\d/.test(contact.phone) ? { href: `tel:${contact.phone.replace(/[^\d+]/g, '')}` } : {}),
    });
  if (contact?.address) lines.push({ label: 'Write to', text: contact.address });
  // The 2018 Regulations' model statement asks for a contact form where there is one (reg 8(4)(c)).
  if (contact?.form) lines.push({ label: 'Online', text: 'use the contact form', href: contact.form });
  return lines;
}

/** Barrier groups of one certainty, by kind, most papers first (then in the order of BARRIER_KINDS). */
function groups(barriers: PaperBarrier[][], certain: boolean): BarrierGroup[] {
  const order = Object.keys(BARRIER_KINDS) as BarrierKind[];
  const counts = new Map<BarrierKind, number>();
  for (const list of barriers)
    for (const kind of new Set(list.map((b) => b.kind)))
      if (BARRIER_KINDS[kind].certain === certain) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || order.indexOf(a[0]) - order.indexOf(b[0]))
    .map(([kind, count]) => {
      const wcag: string | undefined = BARRIER_KINDS[kind].wcag;
      const { label, reason } = BARRIER_KINDS[kind];
      return { kind, label, count, reason, ...(wcag ? { wcag } : {}) };
    });
}

/** The model statement's sentence on when it was prepared and reviewed. */
export function preparation(prepared?: CivilDate, reviewed?: CivilDate): string {
  const review = reviewed ? `It was last reviewed on ${formatDate(reviewed)}.` : '';
  if (prepared) return [`This statement was prepared on ${formatDate(prepared)}.`, review].filter(Boolean).join(' ');
  return review || 'No person has reviewed this statement yet.';
}

/** The statement, from the model and what the checks found in each public paper (by file). */
export function accessibilityStatement(
  m: PublicModel,
  barriersOf: ReadonlyMap<string, PaperBarrier[]>,
): AccessibilityStatement {
  const { site } = m;
  const settings = site.accessibility;
  const withBarriers = m.papers.filter((p) => barriersOf.get(p.file)?.length);
  const inScope = withBarriers.filter((p) => p.date >= DOCUMENTS_IN_SCOPE_FROM);
  const scoped = inScope.map((p) => barriersOf.get(p.file)!);
  const failures = groups(scoped, true);
  const unchecked = groups(scoped, false);
  const compliant = !inScope.length && !settings.issues.length;
  const days = settings.responseDays;
  return {
    heading: `Accessibility statement for ${site.title}`,
    siteUrl: site.url,
    runBy: site.title,
    compliant,
    status: compliant
      ? 'This website is fully compliant with the Web Content Accessibility Guidelines version 2.2 AA standard.'
      : 'This website is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard, due to the non-compliances listed below.',
    contact: contactLines(site.contact),
    response: `We'll consider your request and get back to you in ${days} working ${days === 1 ? 'day' : 'days'}.`,
    failures,
    unchecked,
    issues: settings.issues,
    // m.papers is newest first.
    listed: inScope.slice(0, LISTED_PAPERS).map((p) => ({
      title: p.title,
      href: p.href,
      type: p.type,
      on: { title: `${p.uses[0].kind}: ${p.uses[0].title}`, href: p.uses[0].href },
      problems: barriersOf
        .get(p.file)!
        .map((b) => BARRIER_KINDS[b.kind].label)
        .join(', '),
    })),
    papersWithBarriers: inScope.length,
    outOfScope: withBarriers.length - inScope.length,
    papersChecked: m.papers.length,
    webcasts: m.meetings.some((x) => x.webcast),
    buildDate: formatDate(site.buildDate),
    preparation: preparation(settings.prepared, settings.reviewed),
    ...(settings.tested ? { tested: settings.tested } : {}),
  };
}

export { papersCount };

/** "12 papers (not tagged): it is not a tagged PDF, ...": a group as the statement's list says it. */
export const groupSentence = (g: BarrierGroup) =>
  `${papersCount(g.count)} (${g.label}): ${g.reason}.${g.wcag ? ` This fails WCAG 2.2 success criterion ${g.wcag}.` : ''}`;
