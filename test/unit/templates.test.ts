// Every _template file shipped in content/ is a valid entry once a clerk has filled in its
// placeholders: copied into test/fixtures/minimal/ with its <angle brackets>, dates and years
// replaced, it passes the whole check npm run validate makes, and so it does again with every
// optional field (the lines written #field:) switched on. A schema change that breaks a template
// fails here.
import { afterAll, describe, expect, it } from 'vitest';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadContentRoot } from '../../src/publication/load.ts';
import { formatProblem } from '../../src/domain/problems.ts';

const repo = join(import.meta.dirname, '..', '..');
const content = join(repo, 'content');
const minimal = join(repo, 'test', 'fixtures', 'minimal');
const pdf = join(minimal, 'documents', '2023-05-10', 'equipment-report.pdf');
const BUILD_DATE = '2024-06-10';
const parent = mkdtempSync(join(tmpdir(), 'templates-'));
afterAll(() => rmSync(parent, { recursive: true, force: true }));

/** Values from minimal/ for each placeholder; any other <text> becomes ordinary text. */
const VALUES: [RegExp, string][] = [
  [/<body id>/g, 'test-board'],
  [/<person id>/g, 'cllr-alex-test'],
  [/<another partner id>/g, 'test-icb'],
  [/<partner id>/g, 'test-council'],
  [/<meeting id>/g, '2023-05-10-test-board'],
  [/<forward plan id>/g, 'fp-2023-001'],
  [/<decision id>/g, 'jcb-2023-002'],
  [/<fund id>/g, 'test-fund'],
  [/<scheme slug>/g, 'community-equipment'],
  [/YYYY-MM-DDTHH:MM/g, '2024-05-08T14:00'],
  [/YYYY-MM-DD/g, '2024-05-08'],
  [/YYYY-YY/g, '2024-25'],
];
/** The placeholders replaced; any other <text> becomes a sentence of its own (schemes must differ). */
const fill = (text: string, extra: [RegExp, string][] = []) => {
  let n = 0;
  return [...extra, ...VALUES]
    .reduce((t, [from, to]) => t.replace(from, to), text)
    .replace(/<[^<>\n]+>/g, () => `Example text ${++n} written by the clerk`);
};
/** Switches on the optional fields: a # straight before a field name, or before a list item. */
const withOptional = (text: string) => text.replace(/^(\s*)#(?=[A-Za-z]\w*:|\s+- )/gm, '$1');

/** Each template, and where its filled copy goes in the content root. */
const TEMPLATES: { template: string; copy: string; extra?: [RegExp, string][] }[] = [
  { template: 'decisions/_template.md', copy: 'decisions/jcb-2024-101.md' },
  { template: 'meetings/_template.md', copy: 'meetings/2024-05-08-test-board.md' },
  { template: 'forward-plan/_template.md', copy: 'forward-plan/fp-2024-101.md' },
  { template: 'people/_template.yaml', copy: 'people/cllr-jane-template.yaml' },
  { template: 'bodies/_template.md', copy: 'bodies/template-board.md' },
  { template: 'pages/_template.md', copy: 'pages/template-page.md' },
  {
    template: 'budgets/_template.yaml',
    copy: 'budgets/template-fund.yaml',
    extra: [[/<fund id>/g, 'template-fund']],
  },
];

/** minimal/ with the filled template, the table a fund needs, and a paper at every path it names. */
function rootWith(name: string, copy: string, text: string): string {
  const root = join(parent, name);
  cpSync(minimal, root, { recursive: true });
  writeFileSync(join(root, copy), text);
  if (copy.startsWith('budgets/')) {
    const table = /table: (\S+)/.exec(text)![1];
    mkdirSync(dirname(join(root, 'budgets', table)), { recursive: true });
    writeFileSync(join(root, 'budgets', table), fill(readFileSync(join(content, 'budgets', '_template.csv'), 'utf8')));
  }
  for (const [, file] of text.matchAll(/file: (documents\/[^\s,}]+)/g)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    if (!existsSync(join(root, file))) copyFileSync(pdf, join(root, file));
  }
  return root;
}

describe('the templates in content/', () => {
  it('cover every collection', () => {
    const shipped = ['bodies', 'people', 'meetings', 'forward-plan', 'decisions', 'budgets', 'pages'].flatMap((dir) =>
      readdirSync(join(content, dir))
        .filter((f) => f.startsWith('_template.') && !f.endsWith('.csv'))
        .map((f) => `${dir}/${f}`),
    );
    expect(shipped.sort()).toEqual(TEMPLATES.map((t) => t.template).sort());
  });

  for (const { template, copy, extra } of TEMPLATES) {
    const text = readFileSync(join(content, template), 'utf8');
    it(`${template}, filled in, passes the check`, async () => {
      const filled = fill(text, extra);
      expect(filled).not.toMatch(/<[^<>\n]+>|YYYY/);
      const { problems } = await loadContentRoot(rootWith(`${copy.replace(/\W/g, '-')}`, copy, filled), BUILD_DATE);
      expect(problems.map(formatProblem)).toEqual([]);
    });
    it(`${template}, filled in with every optional field, passes the check`, async () => {
      const filled = fill(withOptional(text), extra);
      expect(filled).not.toEqual(fill(text, extra));
      const { problems } = await loadContentRoot(rootWith(`${copy.replace(/\W/g, '-')}-all`, copy, filled), BUILD_DATE);
      expect(problems.map(formatProblem)).toEqual([]);
    });
  }
});
