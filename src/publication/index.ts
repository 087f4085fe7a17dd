/**
 * The one module that queries the content collections. It builds the public
 * model once per build; pages, data files, feeds and calendars import getModel().
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { Content, Entry } from '../domain/content.ts';
import { checkIntegrity } from '../domain/integrity.ts';
import { ContentError, type Problem } from '../domain/problems.ts';
import { dataByFile, placeProblems } from '../domain/field-words.ts';
import { buildDate } from './build-date.ts';
import { contentRoot } from '../source/read.ts';
import { checkPublishedFile, type PaperGate } from './papers.ts';
import type { CachedReading } from '../papers/cache.ts';
import { paperBarriers, type PaperBarrier } from '../papers/accessibility.ts';
export { buildDate };
import { buildPublicModel, type PublicModel, type PublicPage } from './model.ts';

async function entries<C extends 'bodies' | 'people' | 'meetings' | 'forwardPlan' | 'decisions' | 'budgets' | 'pages'>(
  name: C,
): Promise<Entry<CollectionEntry<C>['data']>[]> {
  const list = await getCollection(name);
  return list.map((e) => ({ id: e.id, file: e.filePath ?? e.id, data: e.data, body: e.body }));
}

let model: Promise<PublicModel> | undefined;

/**
 * The problems of the content as astro dev last read it; none in a build, which checks the
 * content before Astro starts and stops at the first problem Astro meets.
 */
export async function contentProblems(): Promise<Problem[]> {
  return (await getCollection('problems')).flatMap((e) => e.data.problems);
}

/**
 * In astro dev, the last model built from content without problems (or, until there is one, a
 * model of no entries). While the content has problems, the routes are still worked out from it,
 * so that every address reaches src/middleware.ts, which shows the problems instead of the page. Kept on globalThis because
 * astro dev runs this module again when the content changes.
 */
const devModel = globalThis as { lastGoodModel?: PublicModel };

async function load(): Promise<PublicModel> {
  const found = await contentProblems();
  const [site] = await getCollection('site');
  if (found.length) {
    if (import.meta.env.DEV && devModel.lastGoodModel) return devModel.lastGoodModel;
    // Started with problems: a site with no entries, so every address reaches the middleware.
    if (import.meta.env.DEV && site)
      return buildPublicModel(
        {
          site: { id: 'site', file: 'site.yaml', data: site.data },
          ...{ bodies: [], people: [], meetings: [], forwardPlan: [], decisions: [], budgets: [], pages: [] },
          documents: new Map(),
          tables: new Map(),
        },
        { buildDate: buildDate() },
      );
    throw new ContentError(found);
  }
  if (!site) throw new Error('site.yaml is missing from the content root');
  const files = await getCollection('files');
  const content: Content = {
    site: { id: 'site', file: 'site.yaml', data: site.data },
    bodies: await entries('bodies'),
    people: await entries('people'),
    meetings: await entries('meetings'),
    forwardPlan: await entries('forwardPlan'),
    decisions: await entries('decisions'),
    budgets: await entries('budgets'),
    pages: await entries('pages'),
    documents: new Map(
      files.flatMap((f) => (f.data.kind === 'document' ? [[f.data.path, f.data.bytes] as [string, number]] : [])),
    ),
    tables: new Map(
      files.flatMap((f) =>
        f.data.kind === 'table'
          ? [
              [f.data.path, { file: f.data.path, header: f.data.header, rows: f.data.rows }] as [
                string,
                Content['tables'] extends Map<string, infer T> ? T : never,
              ],
            ]
          : [],
      ),
    ),
  };
  const problems = checkIntegrity(content);
  if (problems.length) {
    const { bodies, people, meetings, forwardPlan, decisions, budgets, pages } = content;
    throw new ContentError(
      placeProblems(
        problems,
        dataByFile([[content.site], bodies, people, meetings, forwardPlan, decisions, budgets, pages]),
      ),
    );
  }
  const built = buildPublicModel(content, { buildDate: buildDate() });
  if (import.meta.env.DEV) devModel.lastGoodModel = built;
  return built;
}

/** The public model of this build, built once. */
export function getModel(): Promise<PublicModel> {
  if (!model) {
    const loading = load();
    // A model that could not be built is not kept: in astro dev the next page tries again.
    loading.catch(() => {
      if (model === loading) model = undefined;
    });
    model = loading;
  }
  return model;
}

/** Renders an MDX page that the model publishes (only when site.yaml sets allowMdx). */
export async function renderMdxPage(page: PublicPage) {
  const entry = (await getCollection('mdxPages')).find((e) => e.id === page.id);
  if (!page.mdx || !entry) throw new Error(`${page.id} is not an MDX page the model publishes`);
  return render(entry);
}

/** The bytes of a document the model publishes, once the paper check passes them; anything else is refused. */
export async function documentBytes(file: string): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array((await checkedPaper(file)).bytes!);
}

/**
 * What the paper check read of a document the model publishes: the text its reader sees, for
 * the paper's page and search. astro build run on its own skips validate, so the check holds
 * here too: a paper it refuses fails the build.
 */
export async function paperReading(file: string): Promise<CachedReading> {
  return (await checkedPaper(file)).reading!;
}

async function checkedPaper(file: string): Promise<PaperGate> {
  const m = await getModel();
  const published = m.documents.get(file);
  if (!published) throw new Error(`${file} is not published by the model`);
  const gate = await checkPublishedFile(contentRoot(process.cwd()), file, published);
  if (!gate.reading) throw new ContentError(gate.problems);
  return gate;
}

/**
 * What the paper check's reading shows of each public paper's accessibility, by file, for the
 * accessibility statement. Only papers the model publishes are read; the text is not kept.
 */
export async function paperBarrierMap(): Promise<Map<string, PaperBarrier[]>> {
  const m = await getModel();
  const out = new Map<string, PaperBarrier[]>();
  for (const p of m.papers) out.set(p.file, paperBarriers(p.file, await paperReading(p.file)));
  return out;
}
