/**
 * A paper the check finds something in may still be published when a person has reviewed the
 * findings and says so on the paper (`reviewed:` in the content): which kinds of finding, who,
 * when and why. The review holds for the file it was made on (its SHA-256): a changed file
 * needs review again. Findings not named stay problems, and a review that names a kind the
 * check does not find is refused, so that a review never silently covers more than was seen.
 */
import type { Problem } from '../domain/problems.ts';
import type { PaperReview } from '../schemas/index.ts';
import { FINDING_KINDS, type PaperFinding } from './findings.ts';

export interface ReviewedFinding {
  paper: string;
  sha256: string;
  kinds: string[];
  by: string;
  date: string;
  reason: string;
  /** The content file that holds the review. */
  entry: string;
}

export interface ReviewOutcome {
  problems: Problem[];
  /** Reviews that let findings through, for the build output and the publication log. */
  accepted: ReviewedFinding[];
}

const refusal = (file: string, f: PaperFinding): Problem => ({
  file,
  field: '',
  found: f.found,
  expected: `a paper that carries nothing its reader cannot see and no personal identifiers: ${f.fix}; or, if a person has checked that it is safe to publish, a reviewed: entry on the paper naming ${f.kind} (see "Papers are checked before they are published" in docs/content-format.md)`,
});

/** What stops a paper being published, given the check's findings and the reviews on it. */
export function reviewOutcome(
  file: string,
  hash: string,
  findings: PaperFinding[],
  reviews: { entry: string; field: string; review: PaperReview }[],
): ReviewOutcome {
  const problems: Problem[] = [];
  const accepted: ReviewedFinding[] = [];
  const current = reviews.filter((r) => r.review.sha256 === hash);
  for (const r of reviews) {
    if (r.review.sha256 !== hash) {
      problems.push({
        file: r.entry,
        field: `${r.field}.sha256`,
        found: `a review of ${file} made on a different file (${r.review.sha256.slice(0, 12)}...); the file is now ${hash}`,
        expected: `the SHA-256 of the file as it is now, once a person has reviewed what the check finds in it again`,
      });
      continue;
    }
    const found = new Set(findings.map((f) => f.kind));
    const extra = r.review.findings.filter((k) => !found.has(k));
    if (extra.length)
      problems.push({
        file: r.entry,
        field: `${r.field}.findings`,
        found: `${extra.join(', ')} for ${file}, which the check does not find in it${found.size ? ` (it finds ${[...found].join(', ')})` : ' (it finds nothing)'}`,
        expected: `only the kinds of finding the check makes in the file, from: ${Object.keys(FINDING_KINDS).join(', ')}`,
      });
    else
      accepted.push({
        paper: file,
        sha256: hash,
        kinds: r.review.findings,
        by: r.review.by,
        date: r.review.date,
        reason: r.review.reason,
        entry: r.entry,
      });
  }
  const reviewed = new Set(current.flatMap((r) => r.review.findings));
  problems.push(...findings.filter((f) => !reviewed.has(f.kind)).map((f) => refusal(file, f)));
  return { problems, accepted: problems.length ? [] : accepted };
}
