/** A publisher-facing problem: the file, the field, what was found and what was expected. */
export interface Problem {
  /** Path of the file, relative to the content root. */
  file: string;
  /** Dotted field path (`agenda.0.documents.1.file`), or '' for the whole file. */
  field: string;
  /**
   * The field in a clerk's words (`agenda item 9, decisions, 1st entry`), where they differ from
   * the dotted path; see field-words.ts.
   */
  place?: string;
  /** What the file holds there, as the publisher wrote it. */
  found: string;
  /** What the site expected instead. */
  expected: string;
}

export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value instanceof Date) return JSON.stringify(value.toISOString().slice(0, 10));
  const text = JSON.stringify(value);
  // Only a function or a symbol has no JSON form; neither comes from YAML.
  if (text === undefined) return typeof value === 'symbol' ? value.toString() : 'a value that cannot be shown';
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** Where in the file: the field in words, with the dotted path after it for whoever needs to find it in code. */
export function whereInFile(p: Problem): string {
  return p.place && p.place !== p.field ? `${p.place} (${p.field})` : p.field;
}

export function formatProblem(p: Problem): string {
  return `${p.file}${p.field ? `: ${whereInFile(p)}` : ''}: found ${p.found}; ${p.expected}`;
}

export class ContentError extends Error {
  problems: Problem[];
  constructor(problems: Problem[]) {
    super(
      `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}
