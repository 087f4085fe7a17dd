// npm run new writes a valid entry of each kind into a copy of test/fixtures/minimal, with the id
// and folder the content format expects, and the root still builds; a decision started from an
// agenda item is filled in from it; nothing is ever overwritten. npm run validate -- <file>
// reports a broken file's problems, and only that file's.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { build, fixtures, repo, scratch } from './helpers.ts';

const BUILD_DATE = '2024-06-10';
const root = join(scratch('new'), 'content');
cpSync(join(fixtures, 'minimal'), root, { recursive: true });

const npm = (...args: string[]) => {
  const r = spawnSync('npm', ['run', '-s', ...args], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: root, BUILD_DATE },
  });
  return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
};
const front = (file: string) => parse(readFileSync(join(root, file), 'utf8').split(/^---$/m)[1]);

describe('npm run new', () => {
  it('starts a decision from an agenda item, filled in from the meeting, and lists it on the item', () => {
    const meetingFile = 'meetings/2023-05-10-test-board.md';
    const meetingBefore = readFileSync(join(root, meetingFile), 'utf8');
    const r = npm('new', '--', 'decision', '--meeting', '2023-05-10-test-board', '--item', '3');
    expect(r.status, r.out).toBe(0);
    const file = 'decisions/2023/jcb-2023-004.md';
    expect(r.out).toContain(`Wrote ${join(root, file)}`);
    // The meeting file changed in that one list only: every other line, comment and the body as they were.
    expect(r.out).toContain(
      `Added jcb-2023-004 to the decisions of agenda item 3 in ${meetingFile} (${join(root, meetingFile)})`,
    );
    expect(readFileSync(join(root, meetingFile), 'utf8')).toBe(
      meetingBefore.replace('decisions: [jcb-2023-001]', 'decisions: [jcb-2023-001, jcb-2023-004]'),
    );
    expect(front(meetingFile).agenda[2].decisions).toEqual(['jcb-2023-001', 'jcb-2023-004']);
    expect(r.out).toMatch(/Next:\n {2}1\. Replace the placeholder/);
    expect(front(file)).toEqual({
      title: 'Award of the community equipment service contract',
      decisionMaker: 'test-board',
      meeting: '2023-05-10-test-board',
      item: 3,
      made: '2023-05-10',
      published: '2023-05-10',
      key: true,
      forwardPlan: 'fp-2023-001',
      outcome: 'approved',
      draft: true,
    });
    const body = readFileSync(join(root, file), 'utf8');
    expect(body.match(/^## .+$/gm)).toEqual([
      '## Decision',
      '## Reasons',
      '## Alternative options considered and rejected',
    ]);
    expect(body).toContain('Replace this paragraph');
  });

  it('writes a valid meeting, forward plan entry, person, fund year and decision from flags', () => {
    const cases: [string[], string[]][] = [
      [
        [
          'meeting',
          '--body',
          'test-board',
          '--date',
          '2024-05-20',
          '--time',
          '14:00',
          '--venue',
          'Room 2, Test Town Hall',
        ],
        ['meetings/2024-05-20-test-board.md'],
      ],
      [
        ['forward-plan', '--body', 'test-board', '--title', 'Carers strategy', '--expected', '2024-09-12'],
        ['forward-plan/fp-2024-001.md'],
      ],
      [
        ['person', '--name', 'Councillor Jane Doe', '--partner', 'test-council', '--title', 'Cabinet Member'],
        ['people/cllr-jane-doe.yaml'],
      ],
      [
        ['fund-year', '--fund', 'test-fund'],
        ['budgets/test-fund.yaml', 'budgets/test-fund/2024-25.csv'],
      ],
      [
        ['decision', '--body', 'test-board', '--date', '2024-05-20', '--title', 'Carers grant', '--outcome', 'noted'],
        ['decisions/2024/jcb-2024-001.md'],
      ],
    ];
    for (const [args, files] of cases) {
      const r = npm('new', '--', ...args);
      expect(r.status, r.out).toBe(0);
      for (const f of files) expect(existsSync(join(root, f)), `${f}\n${r.out}`).toBe(true);
      if (args[0] === 'fund-year')
        expect(r.out).toContain('Replace each n/a in budgets/test-fund/2024-25.csv with its figure');
      const check = npm('validate', '--', join(root, files[0]));
      expect(check.status, check.out).toBe(0);
      expect(check.out).toContain(`${files[0]} (in ${root}): no problems`);
    }
    expect(front('forward-plan/fp-2024-001.md')).toMatchObject({ published: BUILD_DATE, draft: true });
    const csv = readFileSync(join(root, 'budgets/test-fund/2024-25.csv'), 'utf8').split('\n');
    expect(csv[0]).toBe('scheme,test-council,test-icb,total');
    // Every amount is n/a until the clerk writes the figure, so an unfilled table never shows £0.
    expect(csv.slice(1).filter(Boolean).length).toBeGreaterThan(0);
    for (const row of csv.slice(1).filter(Boolean)) expect(row).toMatch(/,n\/a,n\/a,n\/a$/);
    expect(
      parse(readFileSync(join(root, 'budgets/test-fund.yaml'), 'utf8')).years.map((y: { year: string }) => y.year),
    ).toEqual(['2023-24', '2024-25']);
  });

  it('refuses to overwrite, and leaves nothing behind when the entry would not pass', () => {
    const file = join(root, 'decisions/2023/jcb-2023-004.md');
    const before = readFileSync(file, 'utf8');
    const again = npm(
      'new',
      '--',
      'decision',
      '--meeting',
      '2023-05-10-test-board',
      '--item',
      '3',
      '--id',
      'jcb-2023-004',
    );
    expect(again.status).toBe(1);
    expect(again.out).toContain(
      'Nothing was written: decisions/2023/jcb-2023-004.md: the id jcb-2023-004 is already used',
    );
    expect(readFileSync(file, 'utf8')).toBe(before);
    // A key decision with no forward plan entry is refused by the check in context.
    const key = npm(
      'new',
      '--',
      'decision',
      '--body',
      'test-board',
      '--date',
      '2024-05-21',
      '--title',
      'X',
      '--key',
      'true',
    );
    expect(key.status).toBe(1);
    expect(key.out).toMatch(/decisions\/2024\/jcb-2024-002\.md: forwardPlan: found nothing; a forward-plan entry id/);
    expect(existsSync(join(root, 'decisions/2024/jcb-2024-002.md'))).toBe(false);
    const missing = npm('new', '--', 'meeting', '--body', 'test-board');
    expect(missing.status).toBe(1);
    expect(missing.out).toContain('nothing given for --date');
  });

  it('leaves a content root that builds', () => {
    const r = build(root, BUILD_DATE);
    expect(r.status, r.output).toBe(0);
    expect(existsSync(join(r.outDir, 'meetings', '2024-05-20-test-board', 'index.html'))).toBe(true);
    expect(existsSync(join(r.outDir, 'people', 'cllr-jane-doe', 'index.html'))).toBe(true);
  });
});

describe('npm run validate -- <file>', () => {
  it("reports a broken file's problem, and only that file's", () => {
    const person = join(root, 'people', 'cllr-jane-doe.yaml');
    writeFileSync(person, readFileSync(person, 'utf8').replace('partner: test-council', 'partner: test-counsil'));
    const page = join(root, 'pages', 'about.md');
    writeFileSync(page, readFileSync(page, 'utf8').replace(/^title: .*$/m, 'title:'));
    const r = npm('validate', '--', person);
    expect(r.status).toBe(1);
    expect(r.out).toContain('people/cllr-jane-doe.yaml (in');
    expect(r.out).toMatch(/people\/cllr-jane-doe\.yaml: partner: found "test-counsil"; /);
    expect(r.out).not.toContain('pages/about.md:');
    expect(r.out).toContain('Other files in');
    // The page alone, from inside the content root, found by walking up to site.yaml.
    const p = spawnSync('npm', ['--prefix', repo, 'run', '-s', 'validate', '--', 'about.md'], {
      cwd: join(root, 'pages'),
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: '', BUILD_DATE },
    });
    expect(p.status).toBe(1);
    expect(p.stderr).toMatch(/pages\/about\.md: title: found /);
    expect(p.stderr).not.toContain('cllr-jane-doe');
    // The whole root, as before.
    const all = npm('validate', '--', root);
    expect(all.status).toBe(1);
    expect(all.out).toContain(`${root}: 2 problems`);
  });
});
