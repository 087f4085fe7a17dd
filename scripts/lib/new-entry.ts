/**
 * npm run new: starts an entry of the content root from the essentials a clerk knows (asked for
 * in a terminal, or given as flags), with the id and folder the content format expects. What
 * each field accepts comes from the collection schemas; the fields not asked for are listed, from
 * the same schemas, in a comment in the new file. scripts/new.mjs writes and checks the result.
 */
import { createInterface, type Interface } from 'node:readline/promises';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import type { z } from 'zod';
import { readContentRoot, type SourceEntry, type SourceRoot } from '../../src/source/read.ts';
import { collectionSchemas, DECISION_HEADINGS } from '../../src/schemas/index.ts';
import { budgetStatus, decisionOutcome, forwardPlanKind, meetingStatus } from '../../src/schemas/values.ts';
import { entryId } from '../../src/schemas/common.ts';
import { financialYear, overlaps } from '../../src/domain/dates.ts';
import { buildDate } from '../../src/publication/build-date.ts';
import { addDecisionToItem } from './agenda-decision.ts';

export const KINDS = ['decision', 'meeting', 'forward-plan', 'person', 'fund-year'] as const;
export type Kind = (typeof KINDS)[number];

/** The flags each kind takes, and what they mean there. */
export const USAGE: Record<Kind, string> = {
  decision:
    'npm run new -- decision --meeting <meeting id> --item <n>, or --body <id> --date <YYYY-MM-DD> --title <text>; also --published, --key true|false, --outcome, --forward-plan <id>, --reference <council reference>, --id',
  meeting:
    'npm run new -- meeting --body <id> --date <YYYY-MM-DD> --time <HH:MM>; also --end <HH:MM>, --venue, --status',
  'forward-plan':
    'npm run new -- forward-plan --body <id> --title <text> --expected <YYYY-MM-DD>; also --kind, --published, --meeting <id>, --reference <council reference>, --summary, --id',
  person: 'npm run new -- person --name <name>; also --partner <id>, --title <job or portfolio>, --party, --id',
  'fund-year':
    'npm run new -- fund-year --fund <id>; also --year <YYYY-YY>, --status, --units, --source, --approved-by <decision id>, and for a new fund --name and --host <partner id>',
};

/** Flags npm run new takes (each kind reads the ones it needs). */
export const FLAGS = [
  'body',
  'date',
  'time',
  'end',
  'title',
  'meeting',
  'item',
  'published',
  'key',
  'outcome',
  'forward-plan',
  'reference',
  'expected',
  'kind',
  'summary',
  'venue',
  'status',
  'name',
  'partner',
  'party',
  'fund',
  'year',
  'units',
  'source',
  'approved-by',
  'host',
  'id',
] as const;
export type Flags = Partial<Record<(typeof FLAGS)[number], string>>;

/** A refusal to write, in a clerk's words. */
export class Refused extends Error {}

export interface FileToWrite {
  /** Relative to the content root, with forward slashes. */
  file: string;
  text: string;
  /** Set when an existing file is changed rather than a new one written. */
  before?: string;
  /** What was changed in an existing file, in a sentence. */
  change?: string;
}

export interface NewEntry {
  /** The entry written, relative to the content root. */
  file: string;
  writes: FileToWrite[];
  /** What the clerk should do next, in order. */
  next: string[];
}

interface Question {
  flag: keyof Flags;
  label: string;
  default?: string;
  choices?: readonly string[];
  /** May be left empty. */
  optional?: boolean;
  /** What is wrong with an answer, or undefined when it will do. */
  check?: (value: string) => string | undefined;
}

/** Asks for a value in a terminal, or takes it from the flags; refuses when neither gives one. */
export class Answers {
  private rl: Interface | undefined;
  private readonly flags: Flags;
  private readonly kind: Kind;
  constructor(flags: Flags, kind: Kind, interactive: boolean) {
    this.flags = flags;
    this.kind = kind;
    if (interactive) this.rl = createInterface({ input: process.stdin, output: process.stdout });
  }
  close() {
    this.rl?.close();
  }
  async ask(q: Question): Promise<string> {
    const given = this.flags[q.flag];
    if (given !== undefined) {
      const problem = this.problem(q, given.trim());
      if (problem) throw new Refused(`--${q.flag}: found ${JSON.stringify(given)}; ${problem}`);
      return given.trim();
    }
    if (!this.rl) {
      if (q.default !== undefined || q.optional) return q.default ?? '';
      throw new Refused(
        `nothing given for --${q.flag} (${q.label}); expected ${USAGE[this.kind]}, or run it in a terminal to be asked`,
      );
    }
    for (;;) {
      const hint = [q.choices && `one of ${q.choices.join(', ')}`, q.optional && 'Enter to leave out']
        .filter(Boolean)
        .join('; ');
      const answer = (
        await this.rl.question(`${q.label}${hint ? ` (${hint})` : ''}${q.default ? ` [${q.default}]` : ''}: `)
      ).trim();
      const value = answer || q.default || '';
      const problem = this.problem(q, value);
      if (!problem) return value;
      console.log(`  ${problem}`);
    }
  }
  private problem(q: Question, value: string): string | undefined {
    if (!value) return q.optional ? undefined : 'expected an answer';
    if (q.choices && !q.choices.includes(value)) return `expected one of ${q.choices.join(', ')}`;
    return q.check?.(value);
  }
}

type Shape = Record<string, z.ZodType>;
const shapeOf = (schema: z.ZodType) => (schema as unknown as { shape: Shape }).shape;

/** A check of one answer against one field of a collection's schema, in the schema's own words. */
function fieldCheck(schema: z.ZodType, field: string): (value: string) => string | undefined {
  return (value) => {
    const r = shapeOf(schema)[field].safeParse(value);
    return r.success ? undefined : (r.error.issues[0]?.message ?? 'expected a value of the documented form');
  };
}

/** The council's reference on an entry as read, written as text whether or not it was quoted. */
function referenceOf(entry: SourceEntry | undefined): string | undefined {
  const r = shapeOf(collectionSchemas.forwardPlan).reference.safeParse(entry?.data.reference);
  return r.success ? (r.data as string | undefined) : undefined;
}

const both =
  (...checks: ((v: string) => string | undefined)[]) =>
  (v: string) =>
    checks.reduce<string | undefined>((found, c) => found ?? c(v), undefined);

/** A value as YAML writes it on one line: lists and sets of fields in { } and [ ]. */
export function yamlValue(value: unknown): string {
  const doc = new YAML.Document(value);
  if (YAML.isCollection(doc.contents)) doc.contents.flow = true;
  return doc.toString({ lineWidth: 0, flowCollectionPadding: true }).trimEnd();
}

const fieldLines = (fields: [string, unknown][]) =>
  fields.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => `${k}: ${yamlValue(v)}`);

/** The fields of a schema the new file leaves out, as a comment, so a clerk sees what else there is. */
export function otherFieldsComment(schema: z.ZodType, written: string[], section: string): string[] {
  const rest = Object.keys(shapeOf(schema)).filter((k) => !written.includes(k));
  if (!rest.length) return [];
  const lines: string[] = [];
  let line = '#  ';
  for (const [i, k] of rest.entries()) {
    const word = ` ${k}${i < rest.length - 1 ? ',' : ''}`;
    if (line.length + word.length > 96) {
      lines.push(line);
      line = '#  ';
    }
    line += word;
  }
  lines.push(line);
  return [`# Other fields you can add are in docs/content-format.md, "${section}":`, ...lines];
}

/** The next id in a series such as jcb-2026-004: the prefix the collection already uses most, the year, one more than the last number. */
export function nextId(entries: SourceEntry[], fallbackPrefix: string, year: string): string {
  const series = entries.flatMap((e) => {
    const m = /^(.+)-(\d{4})-(\d+)$/.exec(e.id);
    return m ? [{ prefix: m[1], year: m[2], n: Number(m[3]) }] : [];
  });
  const counts = new Map<string, number>();
  for (const s of series) counts.set(s.prefix, (counts.get(s.prefix) ?? 0) + 1);
  const prefix = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? fallbackPrefix;
  const last = Math.max(0, ...series.filter((s) => s.prefix === prefix && s.year === year).map((s) => s.n));
  return `${prefix}-${year}-${String(last + 1).padStart(3, '0')}`;
}

/** Where a new entry goes: a folder per year when the collection already keeps its files that way. */
export function folderFor(dir: string, entries: SourceEntry[], year: string): string {
  return entries.some((e) => new RegExp(`^${dir}/\\d{4}/`).test(e.file)) ? `${dir}/${year}` : dir;
}

/** An id made from a person's name: "Councillor Jane Doe" is cllr-jane-doe, "Dr Sam Roe" is dr-sam-roe. */
export function personId(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^councillor\b/, 'cllr')
    .replace(/^doctor\b/, 'dr')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The content root, read: entries with their raw fields, for ids and prefills. */
export interface Context {
  root: string;
  src: SourceRoot;
  today: string;
  answers: Answers;
  flags: Flags;
}

export function readRoot(root: string): SourceRoot {
  const src = readContentRoot(root);
  if (!src.site)
    throw new Refused(
      `${root}: found no site.yaml that can be read; expected a content root (set CONTENT_DIR to the folder holding site.yaml)`,
    );
  return src;
}

const ids = (list: SourceEntry[]) => new Set(list.map((e) => e.id));
const listed = (set: Set<string>, max = 12) =>
  [...set].slice(0, max).join(', ') + (set.size > max ? `, ... (${set.size} in all)` : '') || 'none yet';

function refuseTaken(ctx: Context, collection: keyof typeof collectionSchemas, id: string, file: string) {
  const other = ctx.src.entries[collection].find((e) => e.id === id);
  if (other)
    throw new Refused(`${file}: the id ${id} is already used by ${other.file}; expected a new id (give one with --id)`);
  if (existsSync(join(ctx.root, file))) throw new Refused(`${file} already exists; it was left as it was`);
}

function idCheck(value: string): string | undefined {
  const r = entryId.safeParse(value);
  return r.success ? undefined : r.error.issues[0]?.message;
}

const makerCheck = (ctx: Context) => {
  const makers = new Set([...ids(ctx.src.entries.bodies), ...ids(ctx.src.entries.people)]);
  return (v: string) => (makers.has(v) ? undefined : `expected the id of a body or a person (${listed(makers)})`);
};
const refCheck = (set: Set<string>, what: string) => (v: string) =>
  set.has(v) ? undefined : `expected the id of ${what} (${listed(set)})`;

const PLACEHOLDERS: Record<string, string> = {
  Decision: 'Replace this paragraph with the decision as it was made, in full.',
  Reasons: 'Replace this paragraph with the reasons for the decision.',
  'Alternative options considered and rejected':
    'Replace this paragraph with the other options that were considered, and why each was rejected.',
};

const draftLines = (ctx: Context, what: string) =>
  ctx.src.site?.data.contentRepository === 'public'
    ? []
    : [
        `# Keeps the ${what} off the site while it holds placeholder text: delete this line when it is ready.`,
        'draft: true',
      ];

async function newDecision(ctx: Context): Promise<NewEntry> {
  const { src, answers, flags } = ctx;
  const schema = collectionSchemas.decisions;
  let meeting: z.output<typeof collectionSchemas.meetings> | undefined;
  let meetingId: string | undefined;
  let item: z.output<typeof collectionSchemas.meetings>['agenda'][number] | undefined;
  if (flags.meeting) {
    const entry = src.entries.meetings.find((m) => m.id === flags.meeting);
    if (!entry) {
      const recent = new Set(
        src.entries.meetings
          .map((m) => m.id)
          .sort()
          .reverse(),
      );
      throw new Refused(
        `--meeting: found ${JSON.stringify(flags.meeting)}; expected the id of a meeting (${listed(recent, 6)})`,
      );
    }
    const parsed = collectionSchemas.meetings.safeParse(entry.data);
    if (!parsed.success)
      throw new Refused(`${entry.file} has problems of its own; fix them first (npm run validate -- ${entry.file})`);
    meeting = parsed.data;
    meetingId = entry.id;
    if (flags.item !== undefined) {
      item = meeting.agenda.find((it) => String(it.item) === flags.item);
      if (!item)
        throw new Refused(
          `--item: found ${JSON.stringify(flags.item)}; expected an item on the agenda of ${entry.id}: ${meeting.agenda.map((it) => `${it.item} (${it.title})`).join(', ') || 'it has none yet'}`,
        );
    }
  } else if (flags.item !== undefined) throw new Refused('--item: expected --meeting <meeting id> with it');

  const fpIds = ids(src.entries.forwardPlan);
  const decisionMaker = await answers.ask({
    flag: 'body',
    label: 'Who made the decision: a body id, or a person id for an individual decision',
    default: meeting?.body,
    check: makerCheck(ctx),
  });
  const made = await answers.ask({
    flag: 'date',
    label: 'Date the decision was made (YYYY-MM-DD)',
    default: meeting?.start.slice(0, 10),
    check: fieldCheck(schema, 'made'),
  });
  const published = await answers.ask({
    flag: 'published',
    label: 'Date the decision record is published (YYYY-MM-DD)',
    default: made,
    check: both(fieldCheck(schema, 'published'), (v) =>
      v < made ? `expected a date on or after the decision date (${made})` : undefined,
    ),
  });
  const title = await answers.ask({
    flag: 'title',
    label: 'Title',
    default: item?.title,
    check: fieldCheck(schema, 'title'),
  });
  const forwardPlan = await answers.ask({
    flag: 'forward-plan',
    label: 'Forward plan entry id, for a key decision',
    default: item?.forwardPlan,
    optional: true,
    check: refCheck(fpIds, 'a forward plan entry'),
  });
  const notice = src.entries.forwardPlan.find((f) => f.id === forwardPlan);
  const noticeReference = referenceOf(notice);
  const reference = await answers.ask({
    flag: 'reference',
    label: noticeReference
      ? `The council's reference (Enter for the forward plan entry's, ${noticeReference})`
      : "The council's own reference, such as a key decision number",
    optional: true,
    check: both(fieldCheck(schema, 'reference'), (v) =>
      noticeReference !== undefined && v !== noticeReference
        ? `expected the forward plan entry's reference, ${noticeReference}, or nothing (one matter has one reference)`
        : undefined,
    ),
  });
  const key = await answers.ask({
    flag: 'key',
    label: 'Is it a key decision',
    choices: ['true', 'false'],
    default: notice?.data.kind === 'key-decision' ? 'true' : 'false',
  });
  const outcome = await answers.ask({
    flag: 'outcome',
    label: 'Outcome',
    choices: decisionOutcome.options,
    default: 'approved',
  });
  const year = made.slice(0, 4);
  const id = flags.id ?? nextId(src.entries.decisions, 'jcb', year);
  const idProblem = idCheck(id);
  if (idProblem) throw new Refused(`--id: found ${JSON.stringify(id)}; ${idProblem}`);
  const file = `${folderFor('decisions', src.entries.decisions, year)}/${id}.md`;
  refuseTaken(ctx, 'decisions', id, file);

  const itemNumber = item?.item;
  const exempt = item?.exempt
    ? {
        paragraphs: item.exempt.paragraphs,
        summary: 'Replace this with the summary of the decision that may be published.',
      }
    : undefined;
  const fields: [string, unknown][] = [
    ['title', title],
    ['reference', reference],
    ['decisionMaker', decisionMaker],
    ['meeting', meetingId],
    ['item', itemNumber],
    ['made', made],
    ['published', published],
    ['key', key === 'true'],
    ['forwardPlan', forwardPlan],
    ['outcome', outcome],
    ['exempt', exempt],
  ];
  const written = [...fields.filter(([, v]) => v !== undefined && v !== '').map(([k]) => k), 'draft'];
  const body = DECISION_HEADINGS.map(
    (h) => `## ${h}\n\n${PLACEHOLDERS[h] ?? `Replace this paragraph with the ${h.toLowerCase()}.`}\n`,
  );
  const text = [
    '---',
    ...fieldLines(fields),
    ...draftLines(ctx, 'record'),
    ...otherFieldsComment(schema, written, 'decisions'),
    '---',
    '',
    body.join('\n'),
  ].join('\n');
  const next = [
    `Replace the placeholder paragraph under each heading of ${file}${exempt ? ', and the exempt summary' : ''}.`,
    `Check the outcome (${outcome}) and whether it is a key decision (${key}).`,
  ];
  if (key === 'true' && !forwardPlan)
    next.push('A key decision needs forwardPlan: <entry id>, or urgency (see docs/content-format.md, "urgency").');
  const writes: FileToWrite[] = [{ file, text }];
  // The agenda item lists the new decision, so the meeting page links to it.
  const meetingFile = src.entries.meetings.find((m) => m.id === meetingId)?.file;
  if (meeting && item && meetingFile) {
    const before = readFileSync(join(ctx.root, meetingFile), 'utf8');
    let added;
    try {
      added = addDecisionToItem(before, meeting.agenda.indexOf(item), id);
    } catch (err) {
      throw new Refused(`${meetingFile}: agenda item ${item.item}: ${(err as Error).message}`);
    }
    if (added.changed)
      writes.push({
        file: meetingFile,
        text: added.text,
        before,
        change: `Added ${id} to the decisions of agenda item ${item.item} in ${meetingFile}`,
      });
    else next.push(`Agenda item ${item.item} in ${meetingFile} already lists ${id}: it was left as it was.`);
  }
  if (draftLines(ctx, 'record').length) next.push('When the record is ready to publish, delete the line draft: true.');
  return { file, writes, next };
}

async function newMeeting(ctx: Context): Promise<NewEntry> {
  const { src, answers } = ctx;
  const schema = collectionSchemas.meetings;
  const body = await answers.ask({
    flag: 'body',
    label: 'Which body meets (its id)',
    check: refCheck(ids(src.entries.bodies), 'a body in bodies/'),
  });
  const date = await answers.ask({
    flag: 'date',
    label: 'Date (YYYY-MM-DD)',
    check: fieldCheck(schema, 'agendaPublished'),
  });
  const time = await answers.ask({
    flag: 'time',
    label: 'Start time (HH:MM)',
    check: (v) => fieldCheck(schema, 'start')(`${date}T${v}`),
  });
  const end = await answers.ask({
    flag: 'end',
    label: 'End time (HH:MM)',
    optional: true,
    check: (v) =>
      fieldCheck(schema, 'end')(`${date}T${v}`) ?? (v < time ? `expected a time after the start (${time})` : undefined),
  });
  const venue = await answers.ask({ flag: 'venue', label: 'Venue', optional: true });
  const status = await answers.ask({
    flag: 'status',
    label: 'Status',
    choices: meetingStatus.options,
    default: date < ctx.today ? 'held' : 'scheduled',
  });
  const id = `${date}-${body}`;
  const file = `${folderFor('meetings', src.entries.meetings, date.slice(0, 4))}/${id}.md`;
  refuseTaken(ctx, 'meetings', id, file);
  const fields: [string, unknown][] = [
    ['body', body],
    ['start', `${date}T${time}`],
    ['end', end ? `${date}T${end}` : undefined],
    ['venue', venue],
    ['status', status],
  ];
  const written = [...fields.filter(([, v]) => v !== undefined && v !== '').map(([k]) => k), 'agenda'];
  const text = [
    '---',
    ...fieldLines(fields),
    '# The agenda: add an item for each matter, numbered as on the printed agenda.',
    'agenda:',
    '  - item: 1',
    '    title: Apologies and changes in membership',
    ...otherFieldsComment(schema, written, 'meetings'),
    '---',
    '',
  ].join('\n');
  return {
    file,
    writes: [{ file, text }],
    next: [
      `Add the agenda items to ${file}, and agendaPublished: <date> when the agenda is published.`,
      'After the meeting: status: held, the attendance, any declarations, and the minutes below the closing ---.',
    ],
  };
}

async function newForwardPlan(ctx: Context): Promise<NewEntry> {
  const { src, answers, flags } = ctx;
  const schema = collectionSchemas.forwardPlan;
  const title = await answers.ask({ flag: 'title', label: 'Title of the matter', check: fieldCheck(schema, 'title') });
  const kind = await answers.ask({
    flag: 'kind',
    label: 'Kind of notice',
    choices: forwardPlanKind.options,
    default: 'key-decision',
  });
  const decisionMaker = await answers.ask({
    flag: 'body',
    label: 'Who will decide: a body id, or a person id',
    check: makerCheck(ctx),
  });
  const published = await answers.ask({
    flag: 'published',
    label: 'Date first published on the forward plan (YYYY-MM-DD)',
    default: ctx.today,
    check: fieldCheck(schema, 'published'),
  });
  const expected = await answers.ask({
    flag: 'expected',
    label: 'Expected date of the decision (YYYY-MM-DD)',
    check: both(fieldCheck(schema, 'expected'), (v) =>
      v < published ? `expected a date on or after the date the notice is published (${published})` : undefined,
    ),
  });
  const meeting = await answers.ask({
    flag: 'meeting',
    label: 'Meeting at which it will be decided (its id)',
    optional: true,
    check: refCheck(ids(src.entries.meetings), 'a meeting'),
  });
  const reference = await answers.ask({
    flag: 'reference',
    label: "The council's own reference, such as a forward plan number",
    optional: true,
    check: fieldCheck(schema, 'reference'),
  });
  const summary = await answers.ask({
    flag: 'summary',
    label: 'A plain-English summary of the matter',
    optional: true,
  });
  const year = published.slice(0, 4);
  const id = flags.id ?? nextId(src.entries.forwardPlan, 'fp', year);
  const idProblem = idCheck(id);
  if (idProblem) throw new Refused(`--id: found ${JSON.stringify(id)}; ${idProblem}`);
  const file = `${folderFor('forward-plan', src.entries.forwardPlan, year)}/${id}.md`;
  refuseTaken(ctx, 'forwardPlan', id, file);
  const fields: [string, unknown][] = [
    ['title', title],
    ['reference', reference],
    ['kind', kind],
    ['decisionMaker', decisionMaker],
    ['published', published],
    ['expected', expected],
    ['meeting', meeting],
  ];
  const draft = summary ? [] : draftLines(ctx, 'notice');
  const written = [
    ...fields.filter(([, v]) => v !== undefined && v !== '').map(([k]) => k),
    ...(draft.length ? ['draft'] : []),
  ];
  const text = [
    '---',
    ...fieldLines(fields),
    ...draft,
    ...otherFieldsComment(schema, written, 'forward-plan'),
    '---',
    '',
    summary || 'Replace this paragraph with a plain-English summary of the matter to be decided.',
    '',
  ].join('\n');
  const next = summary
    ? [`Add the lead officer, wards and any papers to ${file}.`]
    : [`Replace the placeholder summary below the closing --- of ${file}.`];
  if (draft.length) next.push('When the notice is ready to publish, delete the line draft: true.');
  return { file, writes: [{ file, text }], next };
}

async function newPerson(ctx: Context): Promise<NewEntry> {
  const { src, answers, flags } = ctx;
  const schema = collectionSchemas.people;
  const partners = ((src.site?.data.partners ?? []) as { id?: unknown }[]).map((p) => String(p.id));
  const name = await answers.ask({
    flag: 'name',
    label: 'Name, as it should appear (e.g. Councillor Jane Doe)',
    check: fieldCheck(schema, 'name'),
  });
  const partner = await answers.ask({
    flag: 'partner',
    label: 'Partner organisation',
    choices: partners,
    optional: true,
  });
  const title = await answers.ask({ flag: 'title', label: 'Job or portfolio title', optional: true });
  const party = await answers.ask({ flag: 'party', label: 'Political party', optional: true });
  const id = flags.id ?? personId(name);
  const idProblem = idCheck(id);
  if (idProblem) throw new Refused(`--id: found ${JSON.stringify(id)}; ${idProblem}`);
  const file = `people/${id}.yaml`;
  refuseTaken(ctx, 'people', id, file);
  const fields: [string, unknown][] = [
    ['name', name],
    ['partner', partner],
    ['title', title],
    ['party', party],
  ];
  const written = fields.filter(([, v]) => v !== '').map(([k]) => k);
  const text = [...fieldLines(fields), ...otherFieldsComment(schema, written, 'people'), ''].join('\n');
  return {
    file,
    writes: [{ file, text }],
    next: [`Add ${id} to the members of each body they sit on (bodies/<id>.md, members).`],
  };
}

/** The financial year after `year` (2026-27 after 2025-26). */
const yearAfter = (year: string) => {
  const start = Number(year.slice(0, 4)) + 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
};

async function newFundYear(ctx: Context): Promise<NewEntry> {
  const { src, answers, root } = ctx;
  const schema = collectionSchemas.budgets;
  const funds = src.entries.budgets;
  const fund = await answers.ask({
    flag: 'fund',
    label: `Fund id (${listed(ids(funds))}, or a new one)`,
    default: funds.length === 1 ? funds[0].id : undefined,
    check: idCheck,
  });
  const existing = funds.find((f) => f.id === fund);
  const partners = (src.site?.data.partners ?? []) as { id: string; kind?: string; from?: string; until?: string }[];
  const years = ((existing?.data.years ?? []) as { year?: unknown; table?: unknown; units?: unknown }[]).filter(
    (y) => typeof y.year === 'string',
  );
  const latest = years
    .map((y) => String(y.year))
    .sort()
    .at(-1);
  const thisYear = (() => {
    const y = Number(ctx.today.slice(0, 4)) - (ctx.today.slice(5) < '04-01' ? 1 : 0);
    return `${y}-${String((y + 1) % 100).padStart(2, '0')}`;
  })();
  const yearCheck = (v: string) => {
    const r = shapeOf(schema).years.safeParse([{ year: v, status: 'plan', units: 'pounds', table: 'x.csv' }]);
    if (!r.success) return r.error.issues[0]?.message;
    if (+v.slice(5) !== (+v.slice(2, 4) + 1) % 100)
      return 'expected a financial year of two calendar years in a row, e.g. 2026-27';
    return years.some((y) => y.year === v)
      ? `expected a year ${fund} does not have yet (it has ${years.map((y) => String(y.year)).join(', ')})`
      : undefined;
  };
  const year = await answers.ask({
    flag: 'year',
    label: 'Financial year (YYYY-YY)',
    default: latest ? yearAfter(latest) : thisYear,
    check: yearCheck,
  });
  const status = await answers.ask({
    flag: 'status',
    label: 'Status of the figures',
    choices: budgetStatus.options,
    default: 'plan',
  });
  const previous = years.find((y) => y.year === latest);
  const units = await answers.ask({
    flag: 'units',
    label: 'Units of the amounts',
    choices: ['pounds', 'thousands'],
    default: typeof previous?.units === 'string' ? previous.units : 'thousands',
  });
  const source = await answers.ask({
    flag: 'source',
    label: 'Where the figures come from (a report and paragraph)',
    optional: true,
  });
  const approvedBy = await answers.ask({
    flag: 'approved-by',
    label: 'Decision that approved the budget (its id)',
    optional: true,
    check: refCheck(ids(src.entries.decisions), 'a decision'),
  });

  // The table: the schemes and partner columns of the year before, each amount n/a (not available)
  // until the clerk writes the figure, so that a table not yet filled in never publishes as £0.
  const { start, end } = financialYear(year);
  const active = partners.filter((p) => overlaps({ from: p.from, until: p.until }, start, end)).map((p) => p.id);
  const before = typeof previous?.table === 'string' ? src.tables.get(`budgets/${previous.table}`) : undefined;
  // A column for each partner in the agreement that year, where the year before had its partners.
  const isPartner = (h: string) => partners.some((p) => p.id === h);
  const columns = before
    ? (() => {
        const kept = before.header.filter((h) => !isPartner(h) || active.includes(h));
        const at = kept.findLastIndex(isPartner) + 1 || 1;
        return [...kept.slice(0, at), ...active.filter((p) => !kept.includes(p)), ...kept.slice(at)];
      })()
    : ['scheme', ...active, 'total'];
  const schemes = before
    ? before.rows.map((r) => r[0]).filter((s) => s && s.toLowerCase() !== 'total')
    : ['Replace with the name of a scheme'];
  const kindAt = before?.header.indexOf('kind') ?? -1;
  const rows = (before?.rows.filter((r) => r[0] && r[0].toLowerCase() !== 'total') ?? schemes.map((s) => [s])).map(
    (r) => columns.map((c) => (c === 'scheme' ? r[0] : c === 'kind' ? (kindAt >= 0 ? r[kindAt] : '') : 'n/a')),
  );
  const csvCell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const table = `${fund}/${year}.csv`;
  const csv = [columns, ...rows].map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
  const csvFile = `budgets/${table}`;
  if (existsSync(join(root, csvFile))) throw new Refused(`${csvFile} already exists; it was left as it was`);

  const entry = { year, status, units, table, ...(source ? { source } : {}), ...(approvedBy ? { approvedBy } : {}) };
  let fundFile: FileToWrite;
  if (existing) {
    const file = existing.file;
    const text = readFileSync(join(root, file), 'utf8');
    fundFile = { file, text: addYear(text, entry), before: text };
  } else {
    const name = await answers.ask({ flag: 'name', label: 'Name of the fund', check: fieldCheck(schema, 'name') });
    const host = await answers.ask({
      flag: 'host',
      label: 'Partner that hosts the fund',
      choices: partners.map((p) => p.id),
      default: partners.find((p) => p.kind === 'local-authority')?.id,
    });
    const file = `budgets/${fund}.yaml`;
    if (existsSync(join(root, file))) throw new Refused(`${file} already exists; it was left as it was`);
    const text = [
      ...fieldLines([
        ['name', name],
        ['host', host],
      ]),
      ...otherFieldsComment(schema, ['name', 'host', 'years'], 'budgets'),
      'years:',
      ...yearLines(entry, '  '),
      '',
    ].join('\n');
    fundFile = { file, text };
  }
  return {
    file: fundFile.file,
    writes: [fundFile, { file: csvFile, text: csv }],
    next: [
      `Replace each n/a in ${csvFile} with its figure (in ${units === 'thousands' ? "£'000" : 'pounds'}); an empty cell counts as zero, and a figure left as n/a is published as not available.`,
      'Check the schemes and the partner columns, and add a final Total row if the report has one.',
    ],
  };
}

const yearLines = (entry: Record<string, string>, indent: string) =>
  Object.entries(entry).map(([k, v], i) => `${indent}${i === 0 ? '- ' : '  '}${k}: ${yamlValue(v)}`);

/**
 * The fund file with one more year. When years is the last field, the year is added at the end of
 * the file as typed, so comments and layout stay as the clerk left them; otherwise the YAML is
 * written again with the year added.
 */
export function addYear(text: string, entry: Record<string, string>): string {
  const doc = YAML.parseDocument(text);
  const contents = doc.contents;
  const last = YAML.isMap(contents) ? contents.items.at(-1) : undefined;
  const years = last && YAML.isScalar(last.key) && last.key.value === 'years' ? last.value : undefined;
  if (YAML.isSeq(years) && !years.flow) {
    const indent = /^(\s*)- /m.exec(text.slice(text.search(/^years:/m)))?.[1] ?? '  ';
    return `${text.replace(/\s*$/, '')}\n${yearLines(entry, indent).join('\n')}\n`;
  }
  doc.addIn(['years'], entry);
  return doc.toString({ lineWidth: 0 });
}

const MAKERS: Record<Kind, (ctx: Context) => Promise<NewEntry>> = {
  decision: newDecision,
  meeting: newMeeting,
  'forward-plan': newForwardPlan,
  person: newPerson,
  'fund-year': newFundYear,
};

/** Works out the new entry of `kind` in `root`: its files and what to do next. Nothing is written. */
export async function planEntry(kind: Kind, root: string, flags: Flags, interactive: boolean): Promise<NewEntry> {
  const answers = new Answers(flags, kind, interactive);
  try {
    return await MAKERS[kind]({ root, src: readRoot(root), today: buildDate(), answers, flags });
  } finally {
    answers.close();
  }
}
