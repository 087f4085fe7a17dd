import type { Link, PublicBody, PublicDecision, PublicDelegation, PublicModel } from '../types.ts';
import { formatDate } from '../../domain/dates.ts';
import { RETENTION_YEARS } from '../../domain/officer-decisions.ts';
import { findBy } from '../lookup.ts';
import { membershipPeriod, partnerShortName, roleText } from '../labels.ts';
import { groupBy, type SummaryRow } from './common.ts';

// ---- Officer decisions and the registers ----

export { RETENTION_YEARS };

/** Officer decisions, newest first, grouped by the year they were made. */
export function officerDecisionsByYear(m: PublicModel): [string, PublicDecision[]][] {
  return groupBy(
    m.decisions.filter((d) => d.officerDecision),
    (d) => d.year,
  );
}

/** The rows a decision's facts gain when an officer took it, or when it names a delegated power. */
export function officerDecisionFacts(d: PublicDecision): SummaryRow[] {
  return [
    ...(d.officerDecision ? [{ key: 'Officer decision', value: 'Taken by an officer under delegated powers' }] : []),
    ...(d.delegation ? [{ key: 'Delegated power', value: d.delegation.power, href: d.delegation.href }] : []),
    ...(d.delegation?.source ? [{ key: 'Power given by', value: d.delegation.source }] : []),
    ...(d.retainedUntil ? [{ key: 'Record and papers available until', value: formatDate(d.retainedUntil) }] : []),
  ];
}

/** "1 April 2018 to date (in force)", or "… to 31 March 2024 (ended)". */
export function delegationPeriodText(d: Pick<PublicDelegation, 'from' | 'until' | 'current'>): string {
  return `${membershipPeriod(d)}${d.current ? ' (in force)' : ' (not in force)'}`;
}

/** One current member of a body, as the register of members shows them. */
export interface RegisterMember {
  person: Link;
  role: string;
  partner: string;
  party?: string;
  ward?: string;
}

export interface BodyRegister {
  body: PublicBody;
  /** Members at the build date. */
  members: RegisterMember[];
  delegations: PublicDelegation[];
}

/**
 * The registers of s.100G: each body's current members with their role, partner, party and ward,
 * and the powers it has delegated. People's files hold no address or phone number to show.
 */
export function bodyRegisters(m: PublicModel): BodyRegister[] {
  return m.bodies.map((body) => ({
    body,
    members: body.members
      .filter((x) => x.current)
      .map((x) => {
        const p = findBy(m.people, 'id', x.person.id);
        return {
          person: x.person,
          role: roleText(x),
          partner: partnerShortName(x.partner ?? p?.partner),
          party: p?.party,
          ward: p?.ward,
        };
      }),
    delegations: body.delegations,
  }));
}

/** The officer decisions taken under a power, for its body's page. */
export function delegationDecisions(m: PublicModel, d: PublicDelegation): PublicDecision[] {
  return d.decisions.map((x) => findBy(m.decisions, 'id', x.id)).filter((x): x is PublicDecision => !!x);
}
