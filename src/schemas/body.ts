import { z } from 'zod';
import { bodyDecides, bodyKind, castingVote, votingRule } from './values.ts';
import { civilDate, entryId, rulesSchema, heading } from './common.ts';

/** A quorum condition: at least `min` members present who match the partner or the tag. */
export const quorumCondition = z.strictObject({
  min: z.number().int().min(1),
  partner: entryId.optional(),
  tag: z.string().min(1).optional(),
  /** Count only voting members. */
  voting: z.boolean().optional(),
  /** How the condition reads, e.g. "practising clinicians"; otherwise worked out from the partner or tag. */
  label: z.string().min(1).optional(),
});

export const membershipSchema = z.strictObject({
  person: entryId,
  role: z.string().min(1).default('member'),
  partner: entryId.optional(),
  voting: z.boolean().default(true),
  tags: z.array(z.string().min(1)).default([]),
  from: civilDate.optional(),
  until: civilDate.optional(),
});

/**
 * A power the body has delegated (Local Government Act 1972 s.100G(2)): what may be decided,
 * who holds it, for when, and where the delegation is written down.
 */
export const delegationSchema = z.strictObject({
  /** Named by a decision taken under it (`delegation: <id>`); unique across the site. */
  id: entryId,
  /** The power, e.g. "To extend or vary contracts within the pooled budget, up to £500,000". */
  power: heading('power delegated'),
  /** The officer or member who holds it, from people/. */
  holder: entryId,
  from: civilDate.optional(),
  until: civilDate.optional(),
  /** Where the delegation is written down, e.g. "Constitution Part 3, paragraph 4.2". */
  source: z.string().min(1).optional(),
});

/** bodies/<id>.md: a board or committee; the Markdown body is its terms of reference. */
export const bodySchema = z.strictObject({
  name: heading('body name'),
  kind: bodyKind,
  partners: z.array(entryId).min(1, { error: 'expected at least one partner id' }),
  parent: entryId.optional(),
  from: civilDate.optional(),
  until: civilDate.optional(),
  meetsInPublic: z.boolean().default(true),
  decides: bodyDecides.default('delegated'),
  voting: votingRule.default('consensus'),
  castingVote: castingVote.default('none'),
  /** How the body is chaired, e.g. "Co-chairs from the council and the CCG, alternating meetings". */
  chairing: z.string().min(1).optional(),
  rules: rulesSchema.default({}),
  quorum: z.array(quorumCondition).default([]),
  members: z.array(membershipSchema).default([]),
  /** The powers the body has delegated to officers or members. */
  delegations: z.array(delegationSchema).default([]),
});

export type Body = z.infer<typeof bodySchema>;
export type Membership = z.infer<typeof membershipSchema>;
export type Delegation = z.infer<typeof delegationSchema>;
