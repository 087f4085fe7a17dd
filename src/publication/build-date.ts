import { todayIn } from '../domain/dates.ts';

/** BUILD_DATE (YYYY-MM-DD) makes a build repeatable; otherwise today in the site's time zone. */
export function buildDate(env: Record<string, string | undefined> = process.env): string {
  const fixed = env.BUILD_DATE?.trim();
  if (fixed) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed)) throw new Error(`BUILD_DATE: found "${fixed}"; expected a date written YYYY-MM-DD`);
    return fixed;
  }
  return todayIn('Europe/London');
}
