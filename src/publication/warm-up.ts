/**
 * A build from nothing spends most of validation parsing front matter, rendering bodies and
 * reading papers, each piece independent of the others. Before the one-threaded check runs,
 * the warm-up does that work on every core (source/pool.ts) and keeps the results where the
 * check looks first: the memo (source/memo.ts) and the paper cache (papers/cache.ts). The check
 * then finds them there; it still decides every problem itself. A rebuild has little to warm.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inParallel, worthThreads } from '../source/pool.ts';
import { memoKeep, memoMisses, digest, useMemo } from '../source/memo.ts';
import { ENTRY_CODE, entryKey, entryTexts, readContentRoot, type ParsedEntry } from '../source/read.ts';
import { imageFree, MARKDOWN_CODE, type RenderedMarkdown } from './markdown.ts';
import { isCached } from '../papers/cache.ts';
import { paperTypeProblem } from '../papers/type.ts';

const url = (path: string) => new URL(path, import.meta.url).href;

/** Parses every entry file and renders every body without an image that is not kept already. */
export async function warmContent(root: string): Promise<void> {
  useMemo(root);
  const texts = entryTexts(root).map((t) => ({ ...t, key: entryKey(t.file, t.text) }));
  const missing = memoMisses(
    'entries',
    ENTRY_CODE,
    texts.map((t) => t.key),
  );
  // A small root is read quickly by the check itself.
  if (!worthThreads(texts.length)) return;
  const todo = texts.filter((t) => missing.has(t.key));
  if (worthThreads(todo.length)) {
    const parsed = await inParallel<{ file: string; text: string }, ParsedEntry>(
      url('../source/read.ts'),
      'parseEntryText',
      todo.map(({ file, text }) => ({ file, text })),
    );
    todo.forEach((t, i) => memoKeep('entries', ENTRY_CODE, t.key, parsed[i]));
  }

  const src = readContentRoot(root);
  const bodies = new Map<string, string>();
  for (const list of Object.values(src.entries))
    for (const e of list) if (e.body?.trim() && imageFree(e.body)) bodies.set(digest(e.body), e.body);
  const unrendered = memoMisses('markdown', MARKDOWN_CODE, [...bodies.keys()]);
  const keys = [...unrendered];
  if (!worthThreads(keys.length)) return;
  const rendered = await inParallel<string, RenderedMarkdown>(
    url('./markdown.ts'),
    'renderImageFree',
    keys.map((k) => bodies.get(k)!),
  );
  keys.forEach((k, i) => memoKeep('markdown', MARKDOWN_CODE, k, rendered[i]));
}

/** Reads into the paper cache every file the model publishes that has not been read before. */
export async function warmPapers(root: string, files: Iterable<string>): Promise<void> {
  const todo: { file: string; path: string }[] = [];
  for (const file of files) {
    const path = join(root, file);
    try {
      const bytes = readFileSync(path);
      // A file of the wrong type is the check's to report; it is never read.
      if (!paperTypeProblem(file, bytes) && !isCached(file, bytes)) todo.push({ file, path });
    } catch {
      // Unreadable: the check reports it.
    }
  }
  if (worthThreads(todo.length)) await inParallel(url('../papers/cache.ts'), 'readIntoCache', todo, 20);
}
