/**
 * The editing command's server, on loopback only: the admin page of Decap CMS, its configuration
 * generated from the schemas at each load, Decap's file-system proxy (decap-server) writing into
 * the content root, and the problems validate finds there now. Nothing here is part of the site:
 * the build never reads src/editor/, and the CMS's files are served from node_modules.
 */
import { createRequire } from 'node:module';
import { existsSync, readFileSync, watch, type FSWatcher } from 'node:fs';
import { join, basename, extname } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express, { type NextFunction, type Request, type Response } from 'express';
import { stringify } from 'yaml';
import { BODY_FIELD, editorConfig, EDITOR_COLLECTIONS, FORMATS, type EditorChoices } from './config.ts';
import { parseEntryText } from '../source/read.ts';
import { Walker } from '../source/walk.ts';
import { ID_PATTERN } from '../schemas/common.ts';
import { loadContentRoot } from '../publication/load.ts';
import type { Problem } from '../domain/problems.ts';

const require = createRequire(import.meta.url);
const here = import.meta.dirname;

/** The folder of Decap CMS's prebuilt bundle and its chunks, from the npm package. */
export const decapDist = () => join(require.resolve('decap-cms/package.json'), '..', 'dist');

/** The browser build of the yaml package, which the site's reader uses too. */
export const yamlDist = () => join(require.resolve('yaml/package.json'), '..', 'browser', 'dist');

/** Bodies, people and partners, read from the content root for the form's choices. */
export function readChoices(root: string): EditorChoices {
  const ignored: Problem[] = [];
  const named = (dir: string, ext: RegExp) =>
    existsSync(join(root, dir))
      ? new Walker(root, ignored)
          .files(join(root, dir))
          .filter((p) => ext.test(p))
          .flatMap((p) => {
            const file = `${dir}/${basename(p)}`;
            const { entry } = parseEntryText({ file, text: readFileSync(p, 'utf8') });
            const name = entry?.data.name;
            return [{ id: basename(p, extname(p)), name: typeof name === 'string' ? name : basename(p, extname(p)) }];
          })
      : [];
  const site = existsSync(join(root, 'site.yaml'))
    ? parseEntryText({ file: 'site.yaml', text: readFileSync(join(root, 'site.yaml'), 'utf8') }).entry?.data
    : undefined;
  const partners = (Array.isArray(site?.partners) ? (site.partners as Record<string, unknown>[]) : []).flatMap((p) =>
    typeof p?.id === 'string' ? [{ id: p.id, name: typeof p.name === 'string' ? p.name : p.id }] : [],
  );
  return { partners, decisionMakers: [...named('bodies', /\.md$/), ...named('people', /\.ya?ml$/)] };
}

/** The admin page: Decap's bundle, then the problems panel. No other origin is named anywhere. */
const ADMIN_PAGE = `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Editor</title>
<link rel="stylesheet" href="editor.css">
<link rel="cms-config-url" type="text/yaml" href="config.yml">
</head>
<body>
<script src="manual-init.js"></script>
<script src="decap/decap-cms.js"></script>
<script type="module" src="editor.js"></script>
</body>
</html>
`;

/**
 * The admin page may load only its own origin's files. Decap's editor styles itself with inline
 * styles (emotion) and its markdown editor and schema checks compile code at run time.
 */
const ADMIN_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "connect-src 'self' blob:",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export interface EditorServer {
  url: string;
  close: () => Promise<void>;
}

/** Where a file the CMS asks to write may go: an entry file of a collection it shows, or a paper. */
export function writableProblem(path: string): string | undefined {
  const parts = path.split('/');
  if (parts.some((p) => p === '' || p === '.' || p === '..' || p.startsWith('_') || p.startsWith('.')))
    return `${path}: the editor writes only inside the content root, never to names starting with _ or a dot`;
  if (parts[0] === 'documents') return parts.length > 1 ? undefined : `${path}: expected a file inside documents/`;
  const collection = EDITOR_COLLECTIONS.find((c) => c.folder === parts[0]);
  if (!collection) return `${path}: the editor writes only entries of its collections and papers under documents/`;
  const ext = collection.format === 'yaml' ? '.yaml' : '.md';
  const id = basename(path, extname(path));
  if (extname(path) !== ext) return `${path}: expected a ${ext} file`;
  if (!ID_PATTERN.test(id))
    return `${path}: "${id}" cannot be an id (lower-case letters, digits and single hyphens); change the title or name it is made from`;
  return undefined;
}

interface PersistBody {
  action?: string;
  params?: {
    entry?: { path?: string; newPath?: string };
    dataFiles?: { path?: string; newPath?: string }[];
    assets?: { path?: string }[];
  };
}

/** The problems validate finds in the content root, worked out again whenever a file changes. */
class ProblemWatch {
  private generation = 0;
  private result?: { generation: number; body: object };
  private running?: Promise<object>;
  private watcher?: FSWatcher;
  private readonly root: string;
  constructor(root: string) {
    this.root = root;
    try {
      this.watcher = watch(root, { recursive: true }, () => this.changed());
    } catch {
      // Without a watcher every request checks again.
      this.watcher = undefined;
    }
  }
  changed() {
    this.generation++;
  }
  async current(): Promise<object> {
    if (this.watcher && this.result?.generation === this.generation) return this.result.body;
    if (this.running) return this.running;
    const generation = this.generation;
    this.running = (async () => {
      try {
        const { problems } = await loadContentRoot(this.root);
        return { checked: new Date().toISOString(), problems };
      } catch (err) {
        return {
          checked: new Date().toISOString(),
          error: err instanceof Error ? err.message : String(err),
          problems: [],
        };
      }
    })();
    try {
      const body = await this.running;
      this.result = { generation, body };
      return body;
    } finally {
      this.running = undefined;
    }
  }
  close() {
    this.watcher?.close();
  }
}

/** Starts the editor over the content root, on 127.0.0.1 at port (0: any free port). */
export async function startEditor(root: string, port = 0): Promise<EditorServer> {
  // decap-server's file-system proxy reads its folder from the environment when it is set up.
  process.env.GIT_REPO_DIRECTORY = root;
  const { registerLocalFs } = require('decap-server/dist/middlewares') as {
    registerLocalFs: (app: express.Express, options?: object) => Promise<void>;
  };
  const problems = new ProblemWatch(root);
  const app = express();
  app.disable('x-powered-by');
  let origins: string[] = [];

  // Only this machine's browser, at this address: another site open in the same browser, or a
  // name that resolves to loopback (DNS rebinding), may not read or write the content root.
  app.use((req: Request, res: Response, next: NextFunction) => {
    const origin = req.headers.origin;
    if (!origins.some((o) => o === `http://${req.headers.host}`) || (origin && !origins.includes(origin))) {
      res.status(403).type('text').send('The editor answers only its own page on this machine.');
      return;
    }
    res.set({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer', 'Cache-Control': 'no-store' });
    next();
  });

  app.get('/', (_req, res) => res.redirect('/admin/'));
  app.get('/favicon.ico', (_req, res) => res.status(204).end());
  app.get('/admin/', (_req, res) => {
    res.set({ 'Content-Security-Policy': ADMIN_CSP, 'X-Frame-Options': 'DENY' }).type('html').send(ADMIN_PAGE);
  });
  app.get('/admin/config.yml', (req, res) => {
    const config = editorConfig(`http://${req.headers.host}/api/v1`, readChoices(root));
    res.type('text/yaml').send(stringify(config));
  });
  app.get('/admin/manual-init.js', (_req, res) => res.type('text/javascript').send('window.CMS_MANUAL_INIT = true;\n'));
  app.get('/admin/settings.js', (_req, res) =>
    res
      .type('text/javascript')
      .send(
        `export const BODY_FIELD = ${JSON.stringify(BODY_FIELD)};\nexport const FORMATS = ${JSON.stringify(FORMATS)};\n`,
      ),
  );
  app.get('/admin/editor.js', (_req, res) => res.type('text/javascript').sendFile(join(here, 'admin', 'editor.js')));
  app.get('/admin/editor.css', (_req, res) => res.type('text/css').sendFile(join(here, 'admin', 'editor.css')));
  app.use('/admin/decap', express.static(decapDist(), { index: false, fallthrough: false }));
  // The YAML library the site reads with, in its browser build, for the admin page's file formats.
  app.use('/admin/yaml', express.static(yamlDist(), { index: false, fallthrough: false }));
  app.get('/api/problems', (_req, res, next) => {
    problems.current().then((body) => res.json(body), next);
  });

  const api = express();
  api.use(express.json({ limit: '250mb' }));
  api.post('/api/v1', (req: Request, res: Response, next: NextFunction) => {
    const body = req.body as PersistBody;
    if (body.action === 'persistEntry' || body.action === 'persistMedia') {
      const params = body.params ?? {};
      const paths = [
        params.entry?.path,
        params.entry?.newPath,
        ...(params.dataFiles ?? []).flatMap((f) => [f.path, f.newPath]),
        ...(params.assets ?? []).map((a) => a.path),
        (params as { asset?: { path?: string } }).asset?.path,
      ].filter((p): p is string => typeof p === 'string');
      const refused = paths.map(writableProblem).find(Boolean);
      if (refused) {
        res.status(422).json({ error: refused });
        return;
      }
      // The check after a save sees the files saved, whenever the watcher hears of them.
      res.on('finish', () => problems.changed());
    }
    if (body.action === 'entriesByFolder') {
      // The site ignores names starting with _ or a dot (notes, templates): so does the editor.
      const json = res.json.bind(res);
      res.json = (entries: { file?: { path?: string } }[]) =>
        json(
          Array.isArray(entries)
            ? entries.filter(
                (e) => !(e.file?.path ?? '').split('/').some((p) => p.startsWith('_') || p.startsWith('.')),
              )
            : entries,
        );
    }
    next();
  });
  await registerLocalFs(api);
  app.use(api);

  const server: Server = await new Promise((resolve) => {
    const s = app.listen(port, '127.0.0.1', () => resolve(s));
  });
  const { port: bound } = server.address() as AddressInfo;
  origins = [`http://127.0.0.1:${bound}`, `http://localhost:${bound}`];
  return {
    url: `http://127.0.0.1:${bound}/admin/`,
    close: () =>
      new Promise((resolve) => {
        problems.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
