import { z } from 'zod';
import { entryId, heading } from './common.ts';
import { personKind } from './values.ts';

/**
 * Fields a person's file must never hold: the registers publish names, roles, partners, parties
 * and wards, never private contact details (Local Government Act 1972 s.100G asks for a register
 * of members, not their homes).
 */
export const PRIVATE_PERSON_FIELDS = [
  'address',
  'homeAddress',
  'home',
  'postcode',
  'phone',
  'telephone',
  'mobile',
  'homePhone',
  'personalPhone',
  'email',
] as const;

const PRIVATE = new Set<string>(PRIVATE_PERSON_FIELDS);

/** people/<id>.yaml: a member or officer. */
export const personSchema = z.strictObject(
  {
    name: heading('name'),
    partner: entryId.optional(),
    title: z.string().optional(),
    party: z.string().optional(),
    /** A member (councillor, NHS board member) or an officer; an officer's individual decisions are officer decisions. */
    kind: personKind.default('member'),
    /** The ward a councillor represents, shown in the registers. */
    ward: z.string().min(1).optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys' && issue.keys.some((k) => PRIVATE.has(k))
        ? "expected no home address, phone number or email in a person's file: the site never publishes private contact details (give the partner and title instead)"
        : undefined,
  },
);

export type Person = z.infer<typeof personSchema>;
