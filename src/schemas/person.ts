import { z } from 'zod';
import { entryId, heading } from './common.ts';

/** people/<id>.yaml: a member or officer. */
export const personSchema = z.strictObject({
  name: heading('name'),
  partner: entryId.optional(),
  title: z.string().optional(),
  party: z.string().optional(),
});

export type Person = z.infer<typeof personSchema>;
