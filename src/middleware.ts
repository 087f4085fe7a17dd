/**
 * In astro dev only: when the content has problems, every page is a list of them (file, field,
 * what was found, what was expected), in place of an error with a stack trace, and it checks again
 * every few seconds, so the page comes back by itself once the files are fixed. A build never gets
 * here with problems: it checks the content first and stops.
 */
import { defineMiddleware } from 'astro:middleware';
import { whereInFile, type Problem } from './domain/problems.ts';
import { contentProblems, getModel } from './publication/index.ts';

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const isContentError = (err: unknown): err is Error & { problems: Problem[] } =>
  err instanceof Error && err.name === 'ContentError' && Array.isArray((err as { problems?: unknown }).problems);

export function problemsPage(problems: Problem[]): string {
  const rows = problems
    .map(
      (p) =>
        `<tr><td>${escape(p.file)}</td><td>${escape(p.field ? whereInFile(p) : '(the whole file)')}</td><td>${escape(p.found)}</td><td>${escape(p.expected)}</td></tr>`,
    )
    .join('\n');
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="3">
<title>The content has ${count}</title>
</head>
<body>
<main>
<h1>The content has ${count}</h1>
<p>Fix each one in its file and save it. This page checks again every few seconds and shows the site once there are no problems. The same list is printed where npm run dev is running.</p>
<table>
<caption>Problems in the content folder</caption>
<thead><tr><th scope="col">File</th><th scope="col">Field</th><th scope="col">Found</th><th scope="col">Expected</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</main>
</body>
</html>
`;
}

export const onRequest = defineMiddleware(async (_context, next) => {
  if (!import.meta.env.DEV) return next();
  let problems = await contentProblems();
  try {
    // The model every page reads: some problems are found only when it is built.
    if (!problems.length) await getModel();
  } catch (err) {
    if (!isContentError(err)) throw err;
    problems = err.problems;
  }
  if (problems.length)
    return new Response(problemsPage(problems), {
      status: 500,
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  return next();
});
