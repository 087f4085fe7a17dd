/**
 * Zod's default messages in a clerk's words ("expected some text, not an empty value" rather
 * than "Too small: expected string to have >=1 characters"). A field's own message, where the
 * schema gives one, still wins.
 */
import { z } from 'zod';

const TYPES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a set of fields (name: value)',
  date: 'a date written YYYY-MM-DD',
};

const plural = (n: number | bigint, one: string, many: string) => `${n} ${Number(n) === 1 ? one : many}`;

/** The publisher-facing message for a zod issue, or undefined to keep zod's. */
export function clerkMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return TYPES[issue.expected] ? `expected ${TYPES[issue.expected]}` : undefined;
    case 'too_small': {
      const n = issue.minimum as number;
      if (issue.origin === 'string')
        return n === 1
          ? 'expected some text, not an empty value'
          : `expected at least ${plural(n, 'character', 'characters')}`;
      if (issue.origin === 'number')
        return issue.inclusive ? `expected a number of at least ${n}` : `expected a number greater than ${n}`;
      if (issue.origin === 'array') return `expected a list of at least ${plural(n, 'item', 'items')}`;
      return undefined;
    }
    case 'too_big': {
      const n = issue.maximum as number;
      if (issue.origin === 'string') return `expected at most ${plural(n, 'character', 'characters')}`;
      if (issue.origin === 'number')
        return issue.inclusive ? `expected a number of at most ${n}` : `expected a number less than ${n}`;
      if (issue.origin === 'array') return `expected a list of at most ${plural(n, 'item', 'items')}`;
      return undefined;
    }
    default:
      return undefined;
  }
}

z.config({ customError: clerkMessage });
