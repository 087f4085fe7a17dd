import { z } from 'zod';
import { entryId } from './common.ts';

/** people/<id>.yaml: a member or officer. */
export const personSchema = z.strictObject({
  name: z.string().min(1),
  partner: entryId.optional(),
  title: z.string().optional(),
  party: z.string().optional(),
});

export type Person = z.infer<typeof personSchema>;
