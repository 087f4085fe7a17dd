import { LONDON, todayIn } from '../domain/local-time.ts';
import { isRealDate } from '../schemas/common.ts';
import { ContentError, type Problem } from '../domain/problems.ts';

/** What is wrong with a BUILD_DATE setting, as a problem, or undefined when it is usable. */
export function buildDateProblem(env: Record<string, string | undefined> = process.env): Problem | undefined {
  const fixed = env.BUILD_DATE?.trim();
  if (!fixed) return undefined;
  const ok =
    /^\d{4}-\d{2}-\d{2}$/.test(fixed) && isRealDate(+fixed.slice(0, 4), +fixed.slice(5, 7), +fixed.slice(8, 10));
  return ok
    ? undefined
    : {
        file: 'BUILD_DATE',
        field: '',
        found: JSON.stringify(fixed),
        expected: 'a real date written YYYY-MM-DD, e.g. BUILD_DATE=2024-06-10, or no BUILD_DATE for today',
      };
}

/** BUILD_DATE (YYYY-MM-DD) makes a build repeatable; otherwise today in the site's time zone. */
export function buildDate(env: Record<string, string | undefined> = process.env): string {
  const fixed = env.BUILD_DATE?.trim();
  if (fixed) {
    const problem = buildDateProblem(env);
    if (problem) throw new ContentError([problem]);
    return fixed;
  }
  return todayIn(LONDON);
}
