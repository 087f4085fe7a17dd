// Static checks of the built sample site, as a host would receive it: html-validate with zero
// errors (rules in .htmlvalidate.json, the choices explained in the README), linkinator with zero
// broken links or fragments over the site served under its base path, no inline script or style
// (the site's Content-Security-Policy allows neither) and no resource from another origin.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { LinkChecker, LinkState } from 'linkinator';
import { parse } from 'parse5';
import { siteFiles } from '../../src/publication/site-check.ts';
import { sharedBuild, repo, type BuildResult } from './helpers.ts';
import { serve } from '../browser/harness.ts';

let r: BuildResult;
let html: { path: string; text: string }[] = [];
beforeAll(() => {
  r = sharedBuild(join(repo, 'content'), '2026-11-22');
  expect(r.status, r.output).toBe(0);
  html = siteFiles(r.outDir)
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .map((path) => ({ path, text: readFileSync(join(r.outDir, path), 'utf8') }));
});

interface Node {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
  value?: string;
}
function* elements(node: Node): Generator<Node> {
  if (node.attrs) yield node;
  for (const child of node.childNodes ?? []) yield* elements(child);
  if (node.content) yield* elements(node.content);
}
const attr = (n: Node, name: string) => n.attrs?.find((a) => a.name === name)?.value;
const text = (n: Node) => (n.childNodes ?? []).map((c) => c.value ?? '').join('');
/** Script types that hold data or templates, which a browser never runs. */
const DATA_TYPES = new Set(['application/json', 'application/ld+json', 'text/pagefind-template']);
const SITE = 'https://democracy.example.org';

describe('the built sample site', () => {
  it('has no html-validate error on any page', async () => {
    expect(html.length).toBeGreaterThan(100);
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const errors: string[] = [];
    for (const page of html) {
      const report = await validator.validateString(page.text, join(repo, 'dist-check', page.path));
      for (const result of report.results)
        for (const m of result.messages) errors.push(`${page.path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(errors).toEqual([]);
  });

  it('runs no inline script, event handler or javascript: link, and has no inline style', () => {
    const found: string[] = [];
    for (const page of html) {
      for (const el of elements(parse(page.text) as unknown as Node)) {
        const type = attr(el, 'type');
        if (el.nodeName === 'script' && !attr(el, 'src') && !(type && DATA_TYPES.has(type)))
          found.push(`${page.path}: inline script "${text(el).slice(0, 40)}"`);
        if (el.nodeName === 'style') found.push(`${page.path}: <style> element`);
        for (const a of el.attrs ?? []) {
          if (a.name === 'style') found.push(`${page.path}: style="${a.value}" on <${el.nodeName}>`);
          if (/^on/.test(a.name)) found.push(`${page.path}: ${a.name} on <${el.nodeName}>`);
          if (/^\s*javascript:/i.test(a.value)) found.push(`${page.path}: javascript: in ${a.name}`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('loads nothing from another origin: every script, stylesheet, image, frame and font is its own', () => {
    const found: string[] = [];
    const foreign = (url: string) => /^(https?:)?\/\//i.test(url.trim()) && !url.trim().startsWith(`${SITE}/`);
    for (const page of html) {
      for (const el of elements(parse(page.text) as unknown as Node)) {
        const loads =
          el.nodeName === 'link'
            ? !/^(canonical|alternate|author|license|help|search|next|prev)$/.test(attr(el, 'rel') ?? '')
            : ['script', 'img', 'source', 'iframe', 'video', 'audio', 'embed', 'object', 'track', 'input'].includes(
                el.nodeName,
              );
        for (const name of ['src', 'href', 'srcset', 'data', 'poster'])
          if (loads && attr(el, name) && foreign(attr(el, name)!))
            found.push(`${page.path}: <${el.nodeName} ${name}="${attr(el, name)}">`);
        if (el.nodeName === 'form' && attr(el, 'action') && foreign(attr(el, 'action')!))
          found.push(`${page.path}: form posts to ${attr(el, 'action')}`);
      }
    }
    for (const css of siteFiles(r.outDir).filter((f) => f.endsWith('.css'))) {
      const source = readFileSync(join(r.outDir, css), 'utf8');
      for (const m of source.matchAll(/(?:url\(\s*["']?|@import\s+["'])([^"')]+)/g))
        if (foreign(m[1])) found.push(`${css}: ${m[0]}`);
    }
    expect(found).toEqual([]);
  });
});

describe('links', () => {
  let site: { url: string; close: () => Promise<void> } | undefined;
  afterAll(() => site?.close());

  it('every link and fragment inside the site resolves (linkinator)', async () => {
    site = await serve(r.outDir, '/jcb/');
    const origin = new URL(site.url).origin;
    const result = await new LinkChecker().check({
      path: site.url,
      recurse: true,
      checkFragments: true,
      checkCss: true,
      concurrency: 8,
      // Links to other sites (legislation, partners) are not this site's to keep; its own are.
      linksToSkip: (link) => Promise.resolve(!link.startsWith(origin)),
    });
    const broken = result.links
      .filter((l) => l.state === LinkState.BROKEN)
      .map(
        (l) =>
          `${l.url} (${l.status ?? ''}) from ${l.parent ?? ''}${l.failureDetails ? ` ${JSON.stringify(l.failureDetails).slice(0, 120)}` : ''}`,
      );
    expect(result.links.filter((l) => l.state === LinkState.OK).length).toBeGreaterThan(html.length);
    expect(broken).toEqual([]);
  }, 300_000);
});
