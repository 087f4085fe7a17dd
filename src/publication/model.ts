/**
 * The publication gate. Builds, once per build and at the build date, the only
 * model any output reads: drafts and embargoed entries are dropped, exempt text
 * and files are withheld (their paragraph wording shown instead), references are
 * resolved to public entries only, and derived fields are computed. Each collection
 * has its builder under model/; this orchestrates them.
 */
import type { Content } from '../domain/content.ts';
import type { CivilDate } from '../domain/dates.ts';
import { ContentError } from '../domain/problems.ts';
import type { PublicModel } from './types.ts';
import { modelContext } from './model/context.ts';
import { links } from './model/links.ts';
import { buildBodies, buildMemberships, buildPeople } from './model/bodies.ts';
import { buildMeetings } from './model/meetings.ts';
import { buildDecisions } from './model/decisions.ts';
import { buildForwardPlan } from './model/forward-plan.ts';
import { buildFunds, linkSchemes } from './model/funds.ts';
import { addRecords } from './model/people.ts';
import { buildPages } from './model/pages.ts';
import { addDuties } from './model/duties.ts';
import { callInRule } from '../domain/rules.ts';
import { linkDelegations } from './model/delegations.ts';

// Outputs import the public types from here, beside the model that builds them.
export type * from './types.ts';
export { isPublic } from '../domain/visibility.ts';
export { formatBytes } from './model/documents.ts';
import { papersOf } from './model/documents.ts';

export interface BuildOptions {
  buildDate: CivilDate;
}

export function buildPublicModel(content: Content, options: BuildOptions): PublicModel {
  const ctx = modelContext(content, options.buildDate);
  const link = links(ctx);
  const s = content.site.data;

  const memberships = buildMemberships(ctx, link);
  const bodies = buildBodies(ctx, link, memberships);
  const people = buildPeople(ctx, memberships);
  const meetings = buildMeetings(ctx, link);
  const decisions = buildDecisions(ctx, link);
  const forwardPlan = buildForwardPlan(ctx, link);
  addDuties(ctx, meetings, decisions, forwardPlan);
  if (ctx.calendarProblems.length) throw new ContentError(ctx.calendarProblems);
  const funds = buildFunds(ctx, link);
  addRecords(people, meetings, decisions, (id) => ctx.bodyById.get(id)!.data);
  linkSchemes(funds, decisions);
  linkDelegations(ctx, link, bodies, decisions);
  const pages = buildPages(ctx);
  if (ctx.bodyProblems.length) throw new ContentError(ctx.bodyProblems);

  return {
    site: {
      title: s.title,
      description: s.description,
      url: s.url.endsWith('/') ? s.url : `${s.url}/`,
      base: ctx.base,
      notice: s.notice,
      licence: s.licence,
      contact: s.contact,
      partners: s.partners,
      buildDate: ctx.buildDate,
      timezone: s.timezone,
      callIn: callInRule(s.rules),
      accessibility: s.accessibility,
      backgroundPapers: s.backgroundPapers,
    },
    urls: ctx.u,
    bodies,
    people,
    meetings: meetings.sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id)),
    forwardPlan: forwardPlan.sort((a, b) => a.expectedDate.localeCompare(b.expectedDate) || a.id.localeCompare(b.id)),
    decisions: decisions.sort((a, b) => b.made.localeCompare(a.made) || b.id.localeCompare(a.id)),
    funds,
    pages,
    documents: ctx.published,
    papers: papersOf(ctx),
    partner: (id) => ctx.partners.get(id),
    calendar: ctx.calendar,
  };
}
