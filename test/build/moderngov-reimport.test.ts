// Re-importing from ModernGov when the source changes in the ways real councils' do: a meeting
// moved to another day, a clerk's copy of a generated file, a hand-written meeting with an
// imported meeting's id, a run without the councillor feed, a decision notice with its own
// publication date, an empty meeting list and an unreadable meeting answer. Each run's content
// must still validate, and nothing but what the source changed may change.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesOf, fixtures, repo, scratch } from './helpers.ts';
import {
  importModernGov,
  recordedModernGov,
  summarySection,
  type RecordedServer,
} from '../support/moderngov-server.ts';

const recorded = join(fixtures, 'moderngov', 'recorded');
const recording = (name: string) => readFileSync(join(recorded, name), 'utf8');

let server: RecordedServer;
let root: string;
let variants: string;
const run = (...extra: string[]) => importModernGov(repo, server.url, root, ...extra);
const snapshot = () => new Map(filesOf(root).map((f) => [f.path, f.bytes.toString('utf8')]));
const changedFiles = (a: Map<string, string>, b: Map<string, string>) =>
  [...new Set([...a.keys(), ...b.keys()])].filter((p) => a.get(p) !== b.get(p)).sort();
const validate = () => spawnSync('npm', ['run', '-s', 'validate', '--', root], { cwd: repo, encoding: 'utf8' });
/** Answers that differ from the recordings, served before them. */
const serve = (files: Record<string, string>) => {
  rmSync(variants, { recursive: true, force: true });
  mkdirSync(variants, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(variants, name), text);
  server.dirs = [variants, recorded];
};
const MEETING = 'meetings/2026/2026-02-10-health-and-wellbeing-board.md';
const DECISION = 'decisions/2026/2026-02-10-health-and-wellbeing-board-item-3a.md';

beforeAll(async () => {
  server = await recordedModernGov([recorded]);
  variants = join(scratch('moderngov-variants'), 'answers');
});
beforeEach(async () => {
  root = join(scratch('moderngov-reimport'), 'content');
  cpSync(join(fixtures, 'minimal', 'site.yaml'), join(root, 'site.yaml'));
  server.dirs = [recorded];
  const first = await run('--councillors');
  expect(first.status, first.stderr).toBe(0);
});
afterAll(() => server.close());

describe('re-importing from ModernGov', () => {
  it('moves a meeting that moved to another day, with its decision, and the content still validates', async () => {
    serve({
      'GetMeetings-144.xml': recording('GetMeetings-144.xml').replace('10/02/2026', '17/02/2026'),
      'GetMeeting-4967.xml': recording('GetMeeting-4967.xml').replaceAll('10/02/2026', '17/02/2026'),
    });
    const r = await run('--councillors');
    expect(r.status, r.stderr).toBe(0);
    expect(summarySection(r.stdout, 'Added')).toEqual([
      'decisions/2026/2026-02-17-health-and-wellbeing-board-item-3a.md',
      'meetings/2026/2026-02-17-health-and-wellbeing-board.md',
    ]);
    expect(summarySection(r.stdout, 'Removed')).toEqual([DECISION, MEETING]);
    const v = validate();
    expect(v.status, v.stdout + v.stderr).toBe(0);
  });

  it("leaves alone a clerk's copy of a generated file, even with the header kept, and a file whose header was deleted", async () => {
    const copy = 'decisions/2026/bcf-plan-with-reasons.md';
    writeFileSync(
      join(root, copy),
      readFileSync(join(root, DECISION), 'utf8').replace(
        'title: Better Care Fund plan 2026/27',
        'title: BCF plan (own copy)',
      ),
    );
    const generated = readFileSync(join(root, DECISION), 'utf8');
    expect(generated).toContain('to keep your edits, delete this line');
    // A clerk marks the decision key and deletes the header line, as it says: the file is theirs.
    writeFileSync(join(root, DECISION), generated.replace(/^# Generated.*\n/m, '').replace('key: false', 'key: true'));
    const before = snapshot();
    const r = await run('--councillors');
    expect(r.status, r.stderr).toBe(0);
    expect(summarySection(r.stdout, 'Removed')).toEqual([]);
    expect(r.stdout).toContain(`${DECISION}: a hand-written file has this id: left alone`);
    expect(changedFiles(before, snapshot())).toEqual([]);
  });

  it('keeps the decisions of a meeting whose header a clerk deleted, and changes nothing', async () => {
    writeFileSync(join(root, MEETING), readFileSync(join(root, MEETING), 'utf8').replace(/^# Generated.*\n/m, ''));
    const before = snapshot();
    const r = await run('--councillors');
    expect(r.status, r.stderr).toBe(0);
    expect(summarySection(r.stdout, 'Removed')).toEqual([]);
    expect(changedFiles(before, snapshot())).toEqual([]);
    const v = validate();
    expect(v.status, v.stdout + v.stderr).toBe(0);
  });

  it("imports no decision for a meeting a person wrote by hand under the imported meeting's id", async () => {
    rmSync(join(root, 'decisions'), { recursive: true });
    writeFileSync(
      join(root, MEETING),
      '---\nbody: health-and-wellbeing-board\nstart: 2026-02-10T14:00\nstatus: held\nagenda:\n  - item: 1\n    title: Welcome\n---\n\nWritten by hand.\n',
    );
    const r = await run('--councillors');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`${DECISION}: its meeting 2026-02-10-health-and-wellbeing-board is a hand-written file`);
    expect(summarySection(r.stdout, 'Added')).toEqual([]);
    const v = validate();
    expect(v.status, v.stdout + v.stderr).toBe(0);
  });

  it('keeps people as the councillor feed gave them when a run does not read it, and their ids by member id', async () => {
    const person = readFileSync(join(root, 'people/cllr-basil-curley.yaml'), 'utf8');
    expect(person).toMatch(/^# Generated .*member 192\)/);
    const before = snapshot();
    const r = await run();
    expect(r.status, r.stderr).toBe(0);
    expect(changedFiles(before, snapshot())).toEqual([]);
    // Renamed at the source: the same member keeps the same file and id.
    serve({
      'GetCouncillorsByWard.xml': recording('GetCouncillorsByWard.xml').replace(
        'Councillor Basil Curley',
        'Councillor Basil Curley-Jones',
      ),
    });
    const renamed = await run('--councillors');
    expect(renamed.status, renamed.stderr).toBe(0);
    expect(summarySection(renamed.stdout, 'Updated')).toEqual(['people/cllr-basil-curley.yaml']);
    expect(readFileSync(join(root, 'people/cllr-basil-curley.yaml'), 'utf8')).toContain(
      'name: Councillor Basil Curley-Jones',
    );
  });

  it("takes a decision record's published date from the decision notice the source publishes", async () => {
    expect(readFileSync(join(root, DECISION), 'utf8')).toContain('published: 2026-03-20');
    const notice = `<linkeddoc><attachmentid>60950</attachmentid><title>Decision notice</title><isurl>False</isurl><url>https://democracy.example.gov.uk/documents/g4967/Decisions.pdf</url><isrestricted>False</isrestricted><publicationdate>12/02/2026</publicationdate><isdecisionattachment>True</isdecisionattachment></linkeddoc>`;
    serve({
      'GetMeeting-4967.xml': recording('GetMeeting-4967.xml').replace(
        '        <linkeddoc>\n          <attachmentid>60901</attachmentid>',
        `        ${notice}\n        <linkeddoc>\n          <attachmentid>60901</attachmentid>`,
      ),
    });
    const r = await run('--councillors');
    expect(r.status, r.stderr).toBe(0);
    const decision = readFileSync(join(root, DECISION), 'utf8');
    expect(decision).toContain('published: 2026-02-12');
    // The notice is not an agenda paper: the agenda's publication date is unchanged.
    expect(readFileSync(join(root, MEETING), 'utf8')).toContain('agendaPublished: 2026-02-01');
  });

  it('removes nothing when the server lists no meetings, or cannot give one meeting', async () => {
    const before = snapshot();
    serve({
      'GetMeetings-144.xml': recording('GetMeetings-144.xml').replace(
        /<committeemeetings>[\s\S]*<\/committeemeetings>/,
        '<committeemeetings></committeemeetings>',
      ),
    });
    const empty = await run('--councillors');
    expect(empty.status, empty.stderr).toBe(0);
    expect(empty.stdout).toMatch(
      /committee 144 \(Health & Wellbeing Board\): the server lists no meetings between 2026-01-01 and 2026-12-31: meetings imported earlier are kept/,
    );
    expect(changedFiles(before, snapshot())).toEqual([]);

    serve({ 'GetMeeting-4967.xml': '<?xml version="1.0" encoding="utf-8"?>\n<meeting></meeting>\n' });
    const unreadable = await run('--councillors');
    expect(unreadable.status, unreadable.stderr).toBe(0);
    expect(unreadable.stdout).toMatch(
      /meeting 4967 \(Health & Wellbeing Board\): the server's answer has no date.*earlier import of it is kept/,
    );
    expect(changedFiles(before, snapshot())).toEqual([]);
  });
});
