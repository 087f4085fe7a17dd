#!/usr/bin/env node
// Writes a realistic, repeatable, valid content root of a given size, for benchmarks and scale
// tests: bodies with members who change every four years, meetings with agendas, attendance,
// minutes and papers (small real PDFs), decisions with the three statutory headings at realistic
// lengths, forward-plan entries with 28 clear days' notice, and funds with a table for every year.
// The same size and seed always give the same files, byte for byte.
//
// Usage: node scripts/corpus.mjs <small|decade|archive|large> [--out <folder>] [--from <year>] [--seed <n>]
// The content root goes to node_modules/.cache/jcb-corpus/<size> unless --out says otherwise.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pdf, text } from '../test/support/pdf.ts';
import { addDays, dayOfWeek, formatDate } from '../src/domain/dates.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The sizes the benchmark knows. Years run up to and including `to`; the build date falls inside it. */
export const SIZES = {
  small: { bodies: 1, from: 2025, to: 2026, decisions: 40 },
  decade: { bodies: 5, from: 2017, to: 2026, decisions: 3000 },
  archive: { bodies: 5, from: 2001, to: 2026, decisions: 10000 },
  large: { bodies: 10, from: 2001, to: 2026, decisions: 50000 },
};

/** The build date the corpus is written for: some call-ins open, a meeting still to come. */
export const CORPUS_BUILD_DATE = '2026-11-22';

const COUNCIL = 'northam-council';
const NHS = 'northam-nhs';

const BODY_NAMES = [
  ['Joint Commissioning Board', 'jcb'],
  ['Adult Social Care Commissioning Committee', 'ascc'],
  ["Children's Health Commissioning Committee", 'chcc'],
  ['Mental Health Commissioning Committee', 'mhcc'],
  ['Primary and Community Care Committee', 'pccc'],
  ['Learning Disability Partnership Committee', 'ldpc'],
  ['Public Health Commissioning Committee', 'phcc'],
  ['Hospital Discharge and Flow Committee', 'hdfc'],
  ['Carers and Voluntary Sector Committee', 'cvsc'],
  ['Capital and Estates Committee', 'cec'],
];

const FIRST = [
  'Alex',
  'Amara',
  'Ben',
  'Bronwen',
  'Chidi',
  'Clare',
  'Dev',
  'Dora',
  'Eamon',
  'Esther',
  'Farah',
  'Gareth',
  'Hana',
  'Idris',
  'Imogen',
  'Jas',
  'Joan',
  'Kofi',
  'Lena',
  'Luke',
  'Maya',
  'Nadia',
  'Olu',
  'Owen',
  'Priya',
  'Rhys',
  'Ruth',
  'Sam',
  'Sana',
  'Tom',
  'Uma',
  'Viv',
  'Wyn',
  'Yusuf',
  'Zara',
];
const LAST = [
  'Ashdown',
  'Brookwater',
  'Carrow',
  'Delamere',
  'Ellery',
  'Fairbrook',
  'Gosling',
  'Halloran',
  'Ivesley',
  'Kettleby',
  'Lindfield',
  'Marsh',
  'Netherby',
  'Okafor',
  'Penhallow',
  'Quarrie',
  'Rossiter',
  'Stannard',
  'Tressider',
  'Underwood',
  'Varley',
  'Whitcombe',
  'Yardley',
  'Zeal',
];

const TOPICS = [
  'home care',
  'reablement',
  'hospital discharge',
  'carers support',
  'community equipment',
  'mental health crisis care',
  'learning disability day services',
  'residential care fees',
  'extra care housing',
  'falls prevention',
  'dementia support',
  'substance misuse treatment',
  'stop smoking services',
  'school nursing',
  'health visiting',
  'community nursing',
  'wheelchair services',
  'palliative care',
  'telecare',
  'disabled facilities grants',
  'short breaks for children',
  'autism diagnosis',
  'supported living',
  'advocacy',
  'sexual health services',
];
const ACTIONS = [
  ['contract award', 'awarded the contract for'],
  ['budget allocation', 'allocated the budget for'],
  ['procurement strategy', 'approved the procurement strategy for'],
  ['fee uplift', 'approved the fee uplift for'],
  ['service redesign', 'approved the redesign of'],
  ['extension of contract', 'extended the contract for'],
  ['annual plan', 'approved the annual plan for'],
  ['performance report', 'noted the performance report on'],
];
const SENTENCES = [
  'The service supports people to stay independent at home for longer and reduces avoidable admissions to hospital.',
  'Demand has risen each year since the last review, and the current arrangements cannot meet it within the budget.',
  'The proposal was developed with people who use the service, their carers and the providers who deliver it.',
  'Both partners have agreed their contributions, and the pooled budget can absorb the cost without new savings.',
  'The equality impact assessment found no group that would be disadvantaged, and some that would benefit.',
  'Performance against the national measures improved over the year, although waiting times remain above target.',
  'The market engagement exercise showed that several providers could deliver the service at the required quality.',
  'Legal advice confirmed that the partners may act together under the Section 75 agreement for this purpose.',
  'The risks are set out in the report, with the actions that reduce each of them and the officer who holds it.',
  'Consultation ran for twelve weeks and most of those who responded supported the preferred option.',
  'The cost will be met from the existing budget, and the finance officers of both partners have confirmed it.',
  'Officers will report progress to the Board every six months, with the outcomes measured against the plan.',
  'Scrutiny members asked for assurance on the transition for current users, which the report now sets out.',
  'The option keeps continuity of care for people who already use the service while the new model is put in place.',
];

/** A small seeded generator (mulberry32): the same seed gives the same corpus on any machine. */
export function random(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  return { next, int, pick, chance: (p) => next() < p };
}

const pad = (n, w = 2) => String(n).padStart(w, '0');
const plus = addDays;
const weekday = dayOfWeek;
/** The next weekday on or after s. */
const onWeekday = (s) => (weekday(s) === 6 ? plus(s, 2) : weekday(s) === 0 ? plus(s, 1) : s);
/** The nth given weekday (0 Sunday) of a month. */
function nthWeekday(year, month, dow, n) {
  const first = `${year}-${pad(month)}-01`;
  return plus(first, ((dow - weekday(first) + 7) % 7) + 7 * (n - 1));
}
const y = (v) => (/^[\w .,/£&()-]+$/.test(v) && !/^[\d-]/.test(v) && !/: /.test(v) ? v : JSON.stringify(v));
const longDate = (s) => formatDate(s, false);

function paragraph(r, n) {
  return Array.from({ length: n }, () => r.pick(SENTENCES)).join(' ');
}

/** A one-page paper with its title and a few lines of text, as a real PDF. */
function paper(title, lines) {
  let content = text(72, 760, title, 16);
  lines.forEach((l, i) => (content += text(72, 730 - i * 16, l.slice(0, 90), 11)));
  return pdf([{ content }], { compress: true });
}

/**
 * Writes the corpus into `out` (emptied first) and returns what it wrote.
 * @param {{ size: keyof typeof SIZES, out?: string, from?: number, seed?: number }} options
 */
export function writeCorpus({ size, out, from, seed = 1 }) {
  const spec = SIZES[size];
  if (!spec) throw new Error(`unknown size ${size}; expected one of ${Object.keys(SIZES).join(', ')}`);
  const root = resolve(out ?? join(repo, 'node_modules', '.cache', 'jcb-corpus', size));
  const first = from ?? spec.from;
  const r = random(seed);
  rmSync(root, { recursive: true, force: true });
  const files = new Map();
  const put = (path, body) => files.set(path, body);

  put(
    'site.yaml',
    [
      '# A generated content root for benchmarks (scripts/corpus.mjs). Every name is invented.',
      'title: Northam Health and Care Partnership',
      'description: Meetings, forward plan, decisions and pooled budgets of the Northam health and care partnership',
      'url: https://democracy.example.org/northam/',
      'timezone: Europe/London',
      'licence: OGL-UK-3.0',
      'contact: { email: democratic.services@example.org }',
      'documentsFrom: Democratic Services, Northam Council, Civic Offices, Northam NM1 1AA',
      'partners:',
      `  - { id: ${COUNCIL}, name: Northam Council, short: NC, kind: local-authority }`,
      `  - { id: ${NHS}, name: NHS Northam, short: NHS, kind: nhs-commissioner }`,
      '',
    ].join('\n'),
  );
  put(
    'pages/about.md',
    '---\ntitle: About this site\ndescription: What the partnership publishes here.\norder: 1\n---\n\nA generated archive for measuring the build.\n',
  );

  const people = new Map();
  const person = (partner) => {
    const f = r.pick(FIRST);
    const l = r.pick(LAST);
    const name = partner === COUNCIL ? `Councillor ${f} ${l}` : `${f} ${l}`;
    const base = `${partner === COUNCIL ? 'cllr-' : ''}${f}-${l}`.toLowerCase();
    let id = base;
    for (let n = 2; people.has(id); n++) id = `${base}-${n}`;
    people.set(id, { name, partner });
    return id;
  };

  const years = spec.to - first + 1;
  const bodies = BODY_NAMES.slice(0, spec.bodies).map(([name, short], i) => {
    const id =
      short === 'jcb' ? 'joint-commissioning-board' : name.toLowerCase().replace(/['’]/g, '').replace(/\W+/g, '-');
    // Members serve four-year terms; each term has four from each partner.
    const terms = [];
    for (let t = first; t <= spec.to; t += 4) {
      const start = t === first ? `${first}-01-01` : `${t}-05-20`;
      const end = t + 4 > spec.to ? undefined : `${t + 4}-05-19`;
      terms.push({
        from: start,
        until: end,
        council: Array.from({ length: 4 }, () => person(COUNCIL)),
        nhs: Array.from({ length: 4 }, () => person(NHS)),
      });
    }
    return { id, name, short, index: i, terms };
  });

  for (const b of bodies) {
    const members = b.terms.flatMap((t) =>
      [...t.council.map((p) => [p, COUNCIL]), ...t.nhs.map((p) => [p, NHS])].map(
        ([p, partner], k) =>
          `  - { person: ${p}, role: ${k === 0 ? 'chair' : k === 4 ? 'vice-chair' : 'member'}, partner: ${partner}, voting: true, tags: [${partner === NHS ? 'nhs' : 'council'}], from: ${t.from}${t.until ? `, until: ${t.until}` : ''} }`,
      ),
    );
    put(
      `bodies/${b.id}.md`,
      [
        '---',
        `name: ${y(b.name)}`,
        `kind: ${b.index === 0 ? 'joint-committee' : 'committee'}`,
        `partners: [${COUNCIL}, ${NHS}]`,
        ...(b.index === 0 ? [] : ['parent: joint-commissioning-board']),
        `from: ${first}-01-01`,
        'meetsInPublic: true',
        'decides: delegated',
        'voting: consensus',
        'quorum:',
        `  - { min: 2, partner: ${COUNCIL}, label: council members }`,
        '  - { min: 2, tag: nhs, label: NHS members }',
        'members:',
        ...members,
        '---',
        '',
        `The ${b.name} takes joint decisions for the council and the NHS on the services in its terms of reference.`,
        '',
        '## Purpose',
        '',
        paragraph(r, 4),
        '',
        '## Membership',
        '',
        'Four members of the council and four members nominated by the NHS, appointed every four years.',
        '',
      ].join('\n'),
    );
  }

  // Meetings: each body meets monthly on its own weekday and week; the decisions are spread
  // over the meetings so the total matches the size.
  const meetings = [];
  for (let year = first; year <= spec.to; year++)
    for (let month = 1; month <= 12; month++)
      for (const b of bodies) {
        // The last meetings before the build date fall in its week, so their call-in windows are open.
        const date =
          year === 2026 && month === 11
            ? plus('2026-11-17', b.index % 3)
            : nthWeekday(year, month, 2 + (b.index % 3), 1 + (Math.floor(b.index / 3) % 3));
        if (date > '2026-12-20') continue;
        meetings.push({ body: b, date });
      }
  meetings.sort((a, b) => a.date.localeCompare(b.date) || a.body.index - b.body.index);
  const held = meetings.filter((m) => m.date < CORPUS_BUILD_DATE);

  const counters = new Map();
  const next = (key) => {
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    return n;
  };
  let fundYears = 0;
  const lastMeeting = new Map();

  held.forEach((m, index) => {
    const b = m.body;
    const term = b.terms.findLast((t) => t.from <= m.date);
    const year = m.date.slice(0, 4);
    const id = `${m.date}-${b.id}`;
    // Spread evenly over the held meetings, so every year of the archive has its share.
    const count =
      Math.floor(((index + 1) * spec.decisions) / held.length) - Math.floor((index * spec.decisions) / held.length);
    const agendaPublished = plus(m.date, -14);
    const attendance = [...term.council, ...term.nhs].map((p) => ({
      p,
      status: r.chance(0.1) ? 'apologies' : 'present',
    }));
    const present = attendance.filter((a) => a.status === 'present').length;
    const previous = lastMeeting.get(b.id);
    lastMeeting.set(b.id, m.date);
    const agenda = [
      `  - { item: 1, title: Apologies, minute: ${y(`Apologies were received from ${attendance.length - present} members.`)} }`,
      '  - { item: 2, title: Declarations of interest, minute: No interests were declared. }',
      `  - { item: 3, title: Minutes of the previous meeting, minute: ${y(
        previous
          ? `RESOLVED that the minutes of the meeting on ${longDate(previous)} be approved.`
          : 'There was no previous meeting.',
      )} }`,
    ];
    let exemptItem = false;
    for (let k = 0; k < count; k++) {
      const topic = r.pick(TOPICS);
      const [action, verb] = r.pick(ACTIONS);
      const title = `${topic[0].toUpperCase()}${topic.slice(1)}: ${action} ${year}`;
      const decision = `${b.short}-${year}-${pad(next(`${b.short}-${year}`), 3)}`;
      const item = k + 4;
      const key = r.chance(0.6);
      const exempt = !exemptItem && r.chance(0.03);
      exemptItem ||= exempt;
      const published = onWeekday(plus(m.date, 1));
      let fp;
      if (key) {
        fp = `fp-${decision}`;
        const noticed = plus(m.date, -r.int(35, 60));
        put(
          `forward-plan/${year}/${fp}.md`,
          [
            '---',
            `title: ${y(title)}`,
            'kind: key-decision',
            `decisionMaker: ${b.id}`,
            `published: ${noticed}`,
            `expected: ${m.date}`,
            `meeting: ${id}`,
            'wards: [all]',
            'leadOfficer: Director of Integrated Commissioning',
            'documents: [{ title: Report of the Director of Integrated Commissioning }]',
            ...(exempt ? ['private: { paragraphs: [3], reason: Commercial terms of the bids }'] : []),
            '---',
            '',
            `A key decision on ${topic}: ${paragraph(r, 2)}`,
            '',
          ].join('\n'),
        );
      }
      const outcome = r.chance(0.9) ? 'approved' : r.pick(['noted', 'recommended', 'rejected']);
      const calledIn = !exempt && r.chance(0.01);
      put(
        `decisions/${year}/${decision}.md`,
        [
          '---',
          `title: ${y(title)}`,
          `decisionMaker: ${b.id}`,
          `meeting: ${id}`,
          `item: ${item}`,
          `made: ${m.date}`,
          `published: ${published}`,
          `key: ${key}`,
          ...(fp ? [`forwardPlan: ${fp}`] : []),
          `outcome: ${outcome}`,
          `vote: { method: show-of-hands, for: ${present}, against: 0, abstained: 0 }`,
          ...(key && r.chance(0.5) ? [`spend: { amount: ${r.int(5, 400) * 10000} }`] : []),
          'wards: [all]',
          ...(calledIn
            ? [
                `callIn: { calledIn: ${plus(published, 2)}, outcome: no-further-action, outcomeDate: ${plus(published, 20)} }`,
              ]
            : []),
          ...(exempt
            ? [
                'exempt:',
                '  paragraphs: [3]',
                `  summary: ${y(`The ${b.name} ${verb} ${topic}. The record is withheld because it holds the commercial terms of the bids.`)}`,
              ]
            : []),
          '---',
          '',
          '## Decision',
          '',
          `The ${b.name} ${verb} ${topic}. ${paragraph(r, r.int(1, 3))}`,
          '',
          '## Reasons',
          '',
          ...Array.from({ length: r.int(1, 3) }, () => [paragraph(r, r.int(3, 6)), '']).flat(),
          '## Alternative options considered and rejected',
          '',
          `Doing nothing: rejected because ${r.pick(SENTENCES).toLowerCase()} ${paragraph(r, r.int(1, 2))}`,
          '',
        ].join('\n'),
      );
      agenda.push(
        [
          `  - item: ${item}`,
          `    title: ${y(title)}`,
          ...(fp ? [`    forwardPlan: ${fp}`] : []),
          `    decisions: [${decision}]`,
          ...(exempt
            ? [
                '    documents:',
                '      - { title: Report, exempt: { paragraphs: [3] } }',
                '    exempt:',
                '      paragraphs: [3]',
                '      reason: Commercial terms of the bids',
                `      summary: ${y(`The ${b.name} considered the bids in private and ${verb} ${topic}; the commercial terms are withheld.`)}`,
              ]
            : []),
          `    minute: ${exempt ? 'RESOLVED as set out in the decision record.' : y(`RESOLVED that the ${b.name} ${verb} ${topic}.`)}`,
        ].join('\n'),
      );
    }
    // Matters noticed for this meeting that did not come to it: withdrawn, or deferred to a later one.
    for (let k = 0; k < Math.round(count * 0.4); k++) {
      const topic = r.pick(TOPICS);
      const [action] = r.pick(ACTIONS);
      const withdrawn = r.chance(0.5);
      const fp = `fp-${b.short}-${year}-${pad(next(`fp-${b.short}-${year}`), 3)}`;
      put(
        `forward-plan/${year}/${fp}.md`,
        [
          '---',
          `title: ${y(`${topic[0].toUpperCase()}${topic.slice(1)}: ${action} ${year}`)}`,
          'kind: key-decision',
          `decisionMaker: ${b.id}`,
          `published: ${plus(m.date, -r.int(35, 60))}`,
          `expected: ${m.date}`,
          'wards: [all]',
          'documents: [{ title: Report of the Director of Integrated Commissioning }]',
          `status: ${withdrawn ? 'withdrawn' : 'deferred'}`,
          'revisions:',
          `  - { date: ${plus(m.date, -7)}, change: ${y(withdrawn ? 'Withdrawn: the matter will not come forward.' : 'Deferred to a later meeting.')} }`,
          '---',
          '',
          `A key decision on ${topic}. ${paragraph(r, 2)}`,
          '',
        ].join('\n'),
      );
    }
    const folder = `documents/${m.date}/${b.id}`;
    put(
      `${folder}/agenda-pack.pdf`,
      paper(`${b.name}: agenda, ${longDate(m.date)}`, [paragraph(r, 2), paragraph(r, 2)]),
    );
    put(`${folder}/minutes.pdf`, paper(`${b.name}: minutes, ${longDate(m.date)}`, [paragraph(r, 2)]));
    put(
      `meetings/${year}/${id}.md`,
      [
        '---',
        `body: ${b.id}`,
        `start: ${m.date}T${b.index % 2 ? '10:00' : '14:00'}`,
        `end: ${m.date}T${b.index % 2 ? '12:00' : '16:00'}`,
        'venue: Civic Offices, Northam',
        'status: held',
        `agendaPublished: ${agendaPublished}`,
        ...(exemptItem ? [`privateNotice: { first: ${plus(m.date, -40)}, further: ${agendaPublished} }`] : []),
        'agenda:',
        ...agenda,
        'attendance:',
        ...attendance.map((a) => `  - { person: ${a.p}, status: ${a.status} }`),
        `minutes: { published: ${plus(m.date, 8)} }`,
        'documents:',
        `  - { title: Agenda pack, file: ${folder}/agenda-pack.pdf }`,
        `  - { title: Minutes, file: ${folder}/minutes.pdf }`,
        '---',
        '',
        `The ${b.name} met on ${longDate(m.date)}. ${paragraph(r, 3)}`,
        '',
      ].join('\n'),
    );
  });

  // Meetings still to come: on the calendar, with no papers yet.
  for (const m of meetings.filter((x) => x.date >= CORPUS_BUILD_DATE)) {
    put(
      `meetings/${m.date.slice(0, 4)}/${m.date}-${m.body.id}.md`,
      [
        '---',
        `body: ${m.body.id}`,
        `start: ${m.date}T14:00`,
        'venue: Civic Offices, Northam',
        'status: scheduled',
        '---',
        '',
      ].join('\n'),
    );
  }

  // One pooled fund per body, with a table for every financial year.
  for (const b of bodies) {
    const fund = `${b.short}-pooled-fund`;
    const yearsList = [];
    for (let year = first; year < spec.to; year++) {
      const fy = `${year}-${pad((year + 1) % 100)}`;
      const rows = ['scheme,' + `${NHS},${COUNCIL},total`];
      for (const topic of TOPICS.slice(b.index, b.index + 6)) {
        const a = r.int(200, 9000);
        const c = r.int(100, 4000);
        rows.push(`${topic[0].toUpperCase()}${topic.slice(1)},${a},${c},${a + c}`);
      }
      put(`budgets/${fund}/${fy}.csv`, rows.join('\n') + '\n');
      yearsList.push(
        `  - { year: "${fy}", status: plan, units: thousands, table: ${fund}/${fy}.csv, source: Generated figures }`,
      );
      fundYears++;
    }
    if (!yearsList.length) continue;
    put(
      `budgets/${fund}.yaml`,
      [
        `name: ${y(`${b.name} pooled fund`)}`,
        'agreement: Section 75 partnership agreement (NHS Act 2006)',
        `host: ${COUNCIL}`,
        'manager: Director of Integrated Commissioning',
        'years:',
        ...yearsList,
        '',
      ].join('\n'),
    );
  }

  for (const [id, p] of people)
    put(
      `people/${id}.yaml`,
      `name: ${y(p.name)}\npartner: ${p.partner}\n${p.partner === COUNCIL ? 'party: Independent\n' : ''}`,
    );

  for (const [path, body] of files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), body);
  }
  const countOf = (prefix) => [...files.keys()].filter((p) => p.startsWith(prefix)).length;
  return {
    root,
    size,
    from: first,
    years,
    bodies: bodies.length,
    meetings: countOf('meetings/'),
    decisions: countOf('decisions/'),
    forwardPlan: countOf('forward-plan/'),
    people: people.size,
    papers: countOf('documents/'),
    fundYears,
    files: files.size,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const flag = (name) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args.splice(i, 2)[1] : undefined;
  };
  const out = flag('out');
  const from = flag('from');
  const seed = flag('seed');
  const size = args[0] ?? 'small';
  try {
    const c = writeCorpus({ size, out, from: from ? +from : undefined, seed: seed ? +seed : undefined });
    console.log(
      `${c.size} corpus from ${c.from} in ${c.root}: ${c.bodies} bodies, ${c.meetings} meetings, ${c.decisions} decisions, ` +
        `${c.forwardPlan} forward-plan entries, ${c.people} people, ${c.papers} papers, ${c.fundYears} fund years`,
    );
    console.log(`Build it with: CONTENT_DIR=${c.root} BUILD_DATE=${CORPUS_BUILD_DATE} npm run build`);
  } catch (err) {
    console.error(err.message);
    process.exit(1);
  }
}
