/**
 * Content collections: loaders plus schemas, nothing else. Every collection is
 * read from one content root (CONTENT_DIR, else content/) by the same reader the
 * validate command uses, so both see the same entries and the same problems.
 */
import { defineCollection } from 'astro:content';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { z } from 'zod';
import { contentRoot, readContentRoot, type CollectionName, type SourceRoot } from './source/read.ts';
import { collectionSchemas, siteSchema } from './schemas/index.ts';
import { ContentError, formatProblem, type Problem } from './domain/problems.ts';
import { numberIdProblems, readContent } from './source/load.ts';

const root = contentRoot(process.cwd());
let source: SourceRoot | undefined;
/** In astro dev: which entries passed their schema at the last reading, and every problem found. */
let dev:
  | { logger: LoaderContext['logger']; passed?: Record<CollectionName | 'site', Set<string>>; problems: Problem[] }
  | undefined;

/**
 * Read once per process; a problem the reader finds (duplicate ids, bad YAML) stops the build.
 * In astro dev nothing stops: each reading is checked as npm run validate checks it, the problems
 * are printed in the terminal and kept in the problems collection for the pages to show, and only
 * the entries that pass their schema are loaded, until the files are fixed.
 */
function read(): SourceRoot {
  if (source) return source;
  source = readContentRoot(root);
  if (!dev) {
    if (source.problems.length) throw new ContentError(source.problems);
    return source;
  }
  const { content, problems } = readContent(root);
  const passed = {} as Record<CollectionName | 'site', Set<string>>;
  for (const name of Object.keys(source.entries) as CollectionName[])
    passed[name] = new Set(content ? content[name].map((e) => e.id) : []);
  passed.site = new Set(content ? ['site'] : []);
  const before = dev.problems.map(formatProblem).join('\n');
  dev.passed = passed;
  dev.problems = problems;
  const now = problems.map(formatProblem).join('\n');
  if (now && now !== before)
    dev.logger.error(
      `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'} (the pages list them until they are fixed):\n${now
        .split('\n')
        .map((l) => `  ${l}`)
        .join('\n')}`,
    );
  else if (!now && before) dev.logger.info('The content has no problems: the pages show it again.');
  return source;
}

/**
 * In `astro dev`, a change under the content root is read again, once, and every collection
 * reloads from that reading. Saving a file often writes and renames temporary files, so the
 * reading waits until the folder has been quiet for a moment. A build never watches, so it reads
 * the root once for all of them.
 */
const reloads = new Set<() => unknown>();
let watching = false;
function watch(context: LoaderContext, reload: () => unknown): void {
  reloads.add(reload);
  if (!context.watcher || watching) return;
  watching = true;
  dev = { logger: context.logger.fork('content'), problems: [] };
  context.watcher.add(root);
  let timer: ReturnType<typeof setTimeout> | undefined;
  context.watcher.on('all', (_event, path) => {
    if (!path.startsWith(root)) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      source = undefined;
      void (async () => {
        for (const r of reloads) {
          try {
            await r();
          } catch (err) {
            context.logger.error(err instanceof Error ? err.message : String(err));
          }
        }
      })();
    }, 200);
  });
}

/** Whether an entry is loaded: always in a build (problems stop it first); in dev, once it passes its schema. */
const loads = (name: CollectionName | 'site', id: string) => !dev?.passed || dev.passed[name].has(id);

function fromRoot(name: CollectionName | 'site'): Loader {
  return {
    name: `content-root:${name}`,
    async load(context) {
      const { store } = context;
      const fill = async () => {
        const src = read();
        store.clear();
        const entries = name === 'site' ? (src.site ? [{ ...src.site, id: 'site' }] : []) : src.entries[name];
        for (const e of entries.filter((x) => loads(name, x.id))) {
          // An id YAML could not keep as typed (012) would pass the schema as another id: refused here too.
          const numberIds = numberIdProblems(name === 'site' ? siteSchema : collectionSchemas[name], e);
          if (numberIds.length) throw new ContentError(numberIds);
          const data = await context.parseData({ id: e.id, data: e.data, filePath: `${root}/${e.file}` });
          // Bodies are rendered and sanitised by the publication model, for public entries only.
          store.set({
            id: e.id,
            data,
            body: e.body,
            filePath: e.file,
            digest: context.generateDigest({ data: e.data, body: e.body ?? '' }),
          });
        }
      };
      watch(context, fill);
      await fill();
    },
  };
}

/** Files under documents/ and budget CSV tables: listed, never rendered. */
const files: Loader = {
  name: 'content-root:files',
  load(context) {
    const fill = () => {
      const src = read();
      context.store.clear();
      for (const [path, bytes] of src.documents)
        context.store.set({ id: `document:${path}`, data: { kind: 'document', path, bytes } });
      for (const [path, t] of src.tables)
        context.store.set({ id: `table:${path}`, data: { kind: 'table', path, header: t.header, rows: t.rows } });
    };
    watch(context, fill);
    fill();
    return Promise.resolve();
  },
};

/** In astro dev, the problems of the last reading of the content root; always empty in a build. */
const problems: Loader = {
  name: 'content-root:problems',
  load(context) {
    const fill = () => {
      read();
      context.store.clear();
      // One entry, never none: Astro warns of an empty collection each time it is read.
      context.store.set({ id: 'problems', data: { problems: (dev?.problems ?? []).map((p) => ({ ...p })) } });
    };
    watch(context, fill);
    fill();
    return Promise.resolve();
  },
};

export const collections = {
  site: defineCollection({ loader: fromRoot('site'), schema: siteSchema }),
  bodies: defineCollection({ loader: fromRoot('bodies'), schema: collectionSchemas.bodies }),
  people: defineCollection({ loader: fromRoot('people'), schema: collectionSchemas.people }),
  meetings: defineCollection({ loader: fromRoot('meetings'), schema: collectionSchemas.meetings }),
  forwardPlan: defineCollection({ loader: fromRoot('forwardPlan'), schema: collectionSchemas.forwardPlan }),
  decisions: defineCollection({ loader: fromRoot('decisions'), schema: collectionSchemas.decisions }),
  budgets: defineCollection({ loader: fromRoot('budgets'), schema: collectionSchemas.budgets }),
  pages: defineCollection({ loader: fromRoot('pages'), schema: collectionSchemas.pages }),
  // MDX runs code at build, so Astro compiles MDX pages only when site.yaml sets allowMdx: true.
  // What is published, and when, still comes from the reader's entries in pages.
  mdxPages: defineCollection({
    loader: {
      name: 'content-root:mdx-pages',
      load: async (context) => {
        if (read().site?.data.allowMdx !== true) return context.store.clear();
        const mdx = glob({
          pattern: ['**/*.mdx', '!**/_*', '!**/_*/**'],
          base: `${root}/pages`,
          generateId: ({ entry }) => entry.replace(/^.*\//, '').replace(/\.mdx$/, ''),
        });
        return mdx.load(context);
      },
    },
    schema: z.object({}).passthrough(),
  }),
  problems: defineCollection({
    loader: problems,
    schema: z.object({
      problems: z.array(
        z.object({
          file: z.string(),
          field: z.string(),
          place: z.string().optional(),
          found: z.string(),
          expected: z.string(),
        }),
      ),
    }),
  }),
  files: defineCollection({
    loader: files,
    schema: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('document'), path: z.string(), bytes: z.number() }),
      z.object({
        kind: z.literal('table'),
        path: z.string(),
        header: z.array(z.string()),
        rows: z.array(z.array(z.string())),
      }),
    ]),
  }),
};
