/**
 * The whole check of a content root, as validate and build run it: read and check every
 * file (source/load.ts), check the bodies not yet public too, then build the public model
 * once, which finds dates past the bank-holiday list and the papers to publish, each of
 * which must be readable, of the type its name says, and carry nothing its reader cannot see.
 */
import type { Content, Entry } from '../domain/content.ts';
import { type Problem, ContentError } from '../domain/problems.ts';
import { dataByFile, placeProblems } from '../domain/field-words.ts';
import { isPublic } from '../domain/visibility.ts';
import { readContent } from '../source/load.ts';
import { buildDate, buildDateProblem } from './build-date.ts';
import { renderMarkdown } from './markdown.ts';
import { entryImages } from './images.ts';
import { buildPublicModel, type PublicModel } from './model.ts';
import { checkPublishedFiles, type ReviewedFinding } from './papers.ts';
import { warmContent, warmPapers } from './warm-up.ts';

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

/** The problems found after reading, each field named in the clerk's words from the content's data. */
export function placeInContent(problems: Problem[], content: Content): Problem[] {
  const { site, bodies, people, meetings, forwardPlan, decisions, budgets, pages } = content;
  return placeProblems(
    problems,
    dataByFile([[site], bodies, people, meetings, forwardPlan, decisions, budgets, pages]),
  );
}

export interface LoadResult {
  content?: Content;
  problems: Problem[];
  /** Papers published with findings a person has reviewed. */
  reviewed?: ReviewedFinding[];
}

/**
 * Reads and checks a content root except for its papers, which loadContentRoot reads too:
 * for tests and tools that need the content only. `content` is set only when there are no problems.
 */
export function checkContentRoot(root: string, buildDateOverride?: string): LoadResult & { model?: PublicModel } {
  const dateProblem = buildDateOverride ? undefined : buildDateProblem();
  if (dateProblem) return { problems: [dateProblem] };
  const date = buildDateOverride ?? buildDate();
  const { content, problems } = readContent(root);
  if (!content) return { problems };
  problems.push(...withheldBodyProblems(content, date));
  if (problems.length) return { problems: placeInContent(problems, content) };
  // Derived dates (call-in, notices) need the bank-holiday list to cover them, and the papers
  // checked are those the model publishes: build the model once to find out.
  let model;
  try {
    model = buildPublicModel(content, { buildDate: date });
  } catch (err) {
    if (err instanceof ContentError) return { problems: placeInContent(err.problems, content) };
    throw err;
  }
  return { content, problems, model };
}

/** Reads and checks a content root, papers and all, as validate and build do. `content` is set only when there are no problems. */
export async function loadContentRoot(root: string, buildDateOverride?: string): Promise<LoadResult> {
  await warmContent(root);
  const { content, problems, model } = checkContentRoot(root, buildDateOverride);
  if (!content || !model) return { problems };
  await warmPapers(root, model.documents.keys());
  const papers = await checkPublishedFiles(root, model.documents);
  return papers.problems.length
    ? { problems: placeInContent(papers.problems, content) }
    : { content, problems, reviewed: papers.accepted };
}
