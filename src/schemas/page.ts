import { z } from 'zod';
import { civilDate, heading } from './common.ts';

/** pages/<slug>.md or .mdx: a free page. */
export const pageSchema = z.strictObject({
  title: heading('page title'),
  description: z.string().optional(),
  /** Position in lists of pages; lower first. */
  order: z.number().optional(),
  updated: civilDate.optional(),
  draft: z.boolean().default(false),
  publishFrom: civilDate.optional(),
});

export type Page = z.infer<typeof pageSchema>;
