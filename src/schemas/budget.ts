import { z } from 'zod';
import { budgetStatus } from './values.ts';
import { entryId, heading } from './common.ts';

/** budgets/<fund>.yaml: a pooled fund and its years. */
export const budgetSchema = z.strictObject({
  name: heading('fund name'),
  agreement: z.string().optional(),
  host: entryId,
  manager: z.string().optional(),
  riskShare: z.string().optional(),
  description: z.string().optional(),
  years: z
    .array(
      z.strictObject({
        year: z.string().regex(/^\d{4}-\d{2}$/, { error: 'expected a financial year written 2017-18' }),
        status: budgetStatus,
        units: z.enum(['pounds', 'thousands']),
        /** CSV path relative to budgets/, e.g. better-care-fund/2017-18.csv */
        table: z.string().regex(/^[^\s]+\.csv$/, { error: 'expected a CSV path such as better-care-fund/2017-18.csv' }),
        source: z.string().optional(),
        approvedBy: entryId.optional(),
      }),
    )
    .min(1, { error: 'expected at least one year' }),
});

export type Budget = z.infer<typeof budgetSchema>;
