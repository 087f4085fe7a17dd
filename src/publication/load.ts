/**
 * The whole check of a content root, as validate and build run it: read and check every
 * file (source/load.ts), check the bodies not yet public too, then build the public model
 * once, which finds dates past the bank-holiday list and the papers to publish, each of
 * which must be readable, of the type its name says, and carry nothing its reader cannot see.
 */
import type { Content, Entry } from '../domain/content.ts';
import { type Problem, ContentError } from '../domain/problems.ts';
import { isPublic } from '../domain/visibility.ts';
import { paperTypeProblem } from '../papers/type.ts';
import { paperCheckProblems } from '../papers/check.ts';
import { readContent } from '../source/load.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDate, buildDateProblem } from './build-date.ts';
import { renderMarkdown } from './markdown.ts';
import { entryImages } from './images.ts';
import { buildPublicModel } from './model.ts';

/**
 * The model renders and checks the bodies it publishes; bodies not yet public (drafts, embargoes)
 * are checked here too, so a problem is found before the day it would be published.
 */
function withheldBodyProblems(content: Content, date: string): Problem[] {
  const problems: Problem[] = [];
  for (const list of [
    content.bodies,
    content.meetings,
    content.forwardPlan,
    content.decisions,
    content.pages,
  ] as Entry<{ draft?: boolean; publishFrom?: string }>[][]) {
    for (const e of list) {
      if (!e.body?.trim() || isPublic(e.data, date)) continue;
      // Checked only: nothing is published from an entry that is not public.
      const { findings } = renderMarkdown(e.body, { image: entryImages(e.file, content.documents, (file) => file) });
      problems.push(...findings.map((f) => ({ file: e.file, field: 'body', ...f })));
    }
  }
  return problems;
}

export interface LoadResult {
  content?: Content;
  problems: Problem[];
}

/** Reads and checks a content root. `content` is set only when there are no problems. */
export function loadContentRoot(root: string, buildDateOverride?: string): LoadResult {
  const dateProblem = buildDateOverride ? undefined : buildDateProblem();
  if (dateProblem) return { problems: [dateProblem] };
  const date = buildDateOverride ?? buildDate();
  const { content, problems } = readContent(root);
  if (!content) return { problems };
  problems.push(...withheldBodyProblems(content, date));
  if (problems.length) return { problems };
  // Derived dates (call-in, notices) need the bank-holiday list to cover them, and the papers
  // checked are those the model publishes: build the model once to find out.
  let model;
  try {
    model = buildPublicModel(content, { buildDate: date });
  } catch (err) {
    if (err instanceof ContentError) return { problems: err.problems };
    throw err;
  }
  problems.push(...publishedPaperProblems(root, [...model.documents.keys()]));
  return problems.length ? { problems } : { content, problems };
}

/** Each file the model publishes must be readable and the document type its name says. */
function publishedPaperProblems(root: string, files: string[]): Problem[] {
  return files.flatMap((file) => {
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(root, file));
    } catch (e) {
      return [
        {
          file,
          field: '',
          found: `a file that cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
          expected: 'a readable file',
        },
      ];
    }
    const problem = paperTypeProblem(file, bytes);
    return problem ? [{ file, field: '', ...problem }] : paperCheckProblems(file, bytes);
  });
}
