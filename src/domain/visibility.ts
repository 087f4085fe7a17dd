/** What the publication gate keeps out of every output, by the build date. */
import type { CivilDate } from './dates.ts';

/** Is this entry public at the build date? Drafts and embargoes keep it out of every output. */
export function isPublic(data: { draft?: boolean; publishFrom?: CivilDate }, buildDate: CivilDate): boolean {
  return !data.draft && (!data.publishFrom || data.publishFrom <= buildDate);
}
