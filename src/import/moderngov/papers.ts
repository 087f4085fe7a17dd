/**
 * Downloading an imported meeting's public papers (--download): only papers on the council's own
 * ModernGov site, only document types the site publishes, and only papers the paper check passes.
 * Anything else stays a link to the council's site, with a note saying why. Restricted papers
 * never reach here: the mapping leaves them out before any paper is listed.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { detectPaperKind, extensionOf, paperTypeProblem, PAPER_KINDS } from '../../papers/type.ts';
import { readPaper } from '../../papers/check.ts';
import { SourceError, type ModernGovClient } from './client.ts';
import { paperFile, type Note, type PaperLink } from './map.ts';

export interface Download {
  /** Path from the content root, under documents/. */
  file: string;
  /** Where the new copy waits until the import writes; undefined when an earlier import's copy is kept. */
  staged?: string;
}

/** Every documents/ path the given content files name in a `file:` field. */
export function referencedDocuments(files: { text: string }[]): Set<string> {
  const out = new Set<string>();
  for (const f of files)
    for (const m of f.text.matchAll(/^[ \t-]*file: ["']?(documents\/[^"'\n]+?)["']?[ \t]*$/gm)) out.add(m[1]);
  return out;
}

/** Whether a link is on the council's ModernGov site (the host the service answers on). */
export function onSite(url: string, service: string): boolean {
  try {
    return new URL(url).host.toLowerCase() === new URL(service).host.toLowerCase();
  } catch {
    return false;
  }
}

const BINARY_KINDS = new Set(Object.keys(PAPER_KINDS).filter((k) => k !== 'text' && k !== 'csv'));

/** The extension a paper's copy takes: the link's own when it names this kind, else the kind's usual one. */
function extensionFor(url: string, kind: keyof typeof PAPER_KINDS): string {
  const ext = extensionOf(new URL(url).pathname.split('/').pop() ?? '');
  return PAPER_KINDS[kind].extensions.includes(ext) ? ext : PAPER_KINDS[kind].extensions[0];
}

export async function downloadPaper(
  client: ModernGovClient,
  p: PaperLink,
  o: { root: string; staging: string; prior: Set<string>; refresh: boolean },
): Promise<Download | { note: Note }> {
  const keep = (reason: string) => ({
    note: { what: p.where, reason: `${reason}: kept as a link to the council's site` },
  });
  if (!onSite(p.url, client.service)) return keep("not on the council's ModernGov site, so not downloaded");
  // A copy an earlier import made is kept as it is, without asking the server again.
  const earlier = [...o.prior].find((f) => f.startsWith(paperFile(p, '')));
  if (earlier && !o.refresh && existsSync(join(o.root, earlier))) return { file: earlier };

  let got: { bytes: Buffer; type: string };
  try {
    got = await client.getBytes(p.url, `the paper "${p.title}"`);
  } catch (err) {
    if (err instanceof SourceError) return keep(`could not be downloaded (${err.message})`);
    throw err;
  }
  const kind = detectPaperKind(got.bytes);
  if (!kind || /text\/html/i.test(got.type))
    return keep(
      `the server sent ${/text\/html/i.test(got.type) ? 'a web page' : 'a file of no document type the site publishes'}, not the paper`,
    );
  // Text and CSV are taken only when the link names them: a web page is text too.
  if (!BINARY_KINDS.has(kind) && !PAPER_KINDS[kind].extensions.includes(extensionOf(new URL(p.url).pathname)))
    return keep('the server sent plain text where the link names no text file, which may be an error page');
  const file = paperFile(p, extensionFor(p.url, kind));
  if (existsSync(join(o.root, file)) && !o.prior.has(file))
    return keep(`${file} already exists and no earlier import wrote it, so it is left alone`);
  const typeProblem = paperTypeProblem(file, got.bytes);
  if (typeProblem)
    return keep(`the paper check found ${typeProblem.found}; the site publishes ${typeProblem.expected}`);
  const reading = await readPaper(file, got.bytes).catch((err: Error) => ({
    findings: [{ found: `a file it could not read (${err.message})` }],
  }));
  if (reading.findings.length)
    return keep(
      `the paper check found ${reading.findings
        .map((f) => f.found)
        .join(
          '; ',
        )}; publish it here only after a person has checked it (see "Papers are checked before they are published" in docs/content-format.md)`,
    );
  const staged = join(o.staging, file);
  mkdirSync(dirname(staged), { recursive: true });
  writeFileSync(staged, got.bytes);
  return { file, staged };
}
