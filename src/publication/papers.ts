/**
 * The gate for papers, as validate, the build script and Astro's own build run it: each file
 * the model publishes must be readable, of the type its name says and, once read (from the
 * cache when it has been read before), carry nothing its reader cannot see unless a person
 * has reviewed exactly that. Withheld papers have no file in the model and are never read.
 */
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Problem } from '../domain/problems.ts';
import { paperTypeProblem } from '../papers/type.ts';
import { cachedReading, type CachedReading } from '../papers/cache.ts';
import { reviewOutcome, type ReviewedFinding } from '../papers/review.ts';
import type { PublishedFile } from './types.ts';

export type { ReviewedFinding } from '../papers/review.ts';

export interface PaperGate {
  problems: Problem[];
  /** Set when there are no problems: what was read, and the bytes checked. */
  reading?: CachedReading;
  bytes?: Uint8Array;
  accepted: ReviewedFinding[];
}

/** Checks one published file, read from the content root. */
export async function checkPublishedFile(root: string, file: string, published: PublishedFile): Promise<PaperGate> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(join(root, file));
  } catch (e) {
    const problem = {
      file,
      field: '',
      found: `a file that cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
      expected: 'a readable file',
    };
    return { problems: [problem], accepted: [] };
  }
  const typeProblem = paperTypeProblem(file, bytes);
  if (typeProblem) return { problems: [{ file, field: '', ...typeProblem }], accepted: [] };
  const reading = await cachedReading(file, bytes);
  const { problems, accepted } = reviewOutcome(file, reading.sha256, reading.findings, published.reviews);
  return problems.length ? { problems, accepted: [] } : { problems, accepted, reading, bytes };
}

/** Checks every file the model publishes; every problem is reported in one run. */
export async function checkPublishedFiles(
  root: string,
  files: Map<string, PublishedFile>,
): Promise<{ problems: Problem[]; accepted: ReviewedFinding[] }> {
  const problems: Problem[] = [];
  const accepted: ReviewedFinding[] = [];
  for (const [file, published] of files) {
    const gate = await checkPublishedFile(root, file, published);
    problems.push(...gate.problems);
    accepted.push(...gate.accepted);
  }
  return { problems, accepted };
}

/** "documents/x.xlsx (hidden-sheets), reviewed by A. Clerk on 2026-11-10: reason". */
export const formatReview = (r: ReviewedFinding) =>
  `${r.paper} (${r.kinds.join(', ')}), reviewed by ${r.by} on ${r.date}: ${r.reason}`;

/** Where the build keeps its publication log: PUBLICATION_LOG, else publication-log.jsonl in `repo`. */
export const publicationLogPath = (repo: string) =>
  resolve(repo, process.env.PUBLICATION_LOG || 'publication-log.jsonl');

/**
 * Adds a line to the publication log (JSON Lines) for each paper published with reviewed
 * findings: when, the build date, the paper, its SHA-256, what was reviewed, by whom, when and why.
 */
export function logReviews(path: string, buildDate: string, reviewed: ReviewedFinding[], now = new Date()): void {
  if (!reviewed.length) return;
  mkdirSync(dirname(path), { recursive: true });
  appendFileSync(
    path,
    reviewed
      .map((r) =>
        JSON.stringify({
          published: now.toISOString(),
          buildDate,
          paper: r.paper,
          sha256: r.sha256,
          findings: r.kinds,
          reviewedBy: r.by,
          reviewedOn: r.date,
          reason: r.reason,
          entry: r.entry,
        }),
      )
      .join('\n') + '\n',
  );
}
