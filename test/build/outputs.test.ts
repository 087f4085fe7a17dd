// The sample site's machine-readable outputs parse in standard tools: RSS with an XML parser,
// calendars with ical.js, JSON against the JSON Schemas the build generates, CSV with csv-parse.
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { sharedBuild, filesOf, pagefindPages, repo, type BuildResult } from './helpers.ts';

const SITE = 'https://democracy.example.org/jcb/';
let r: BuildResult;
const read = (path: string) => readFileSync(join(r.outDir, path), 'utf8');
const json = <T = Record<string, unknown>[]>(path: string): T => JSON.parse(read(path));
/** The file a site address is served from, or undefined if it is not on this site. */
const fileFor = (url: string) => {
  if (!url.startsWith(SITE)) return undefined;
  const path = decodeURIComponent(new URL(url).pathname.slice('/jcb/'.length));
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
};
const exists = (url: string) => {
  const file = fileFor(url);
  return !!file && existsSync(join(r.outDir, file));
};

/** The address of every page built, but the not-found page, from the files themselves. */
const htmlPages = () =>
  filesOf(r.outDir)
    .filter((f) => f.path.endsWith('.html') && f.path !== '404.html')
    .map((f) => `${SITE}${f.path.replace(/(^|\/)index\.html$/, '$1')}`)
    .sort();

beforeAll(() => {
  r = sharedBuild(join(repo, 'content'), '2026-11-22');
});

describe('RSS feeds', () => {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' });
  const feeds = {
    decisions: 'decisions.json',
    meetings: 'meetings.json',
    'forward-plan': 'forward-plan.json',
    'officer-decisions': 'officer-decisions.json',
  } as const;

  it('builds', () => expect(r.status, r.output).toBe(0));

  for (const [name, data] of Object.entries(feeds)) {
    it(`feeds/${name}.xml is well-formed RSS 2.0, newest first, at most 50 items, each linking to its page`, () => {
      const xml = read(`feeds/${name}.xml`);
      expect(XMLValidator.validate(xml)).toBe(true);
      const doc = parser.parse(xml);
      expect(doc.rss['@_version']).toBe('2.0');
      const channel = doc.rss.channel;
      for (const key of ['title', 'link', 'description']) expect(channel[key], key).toBeTruthy();
      expect(exists(channel.link)).toBe(true);
      const items: { title: string; link: string; guid: { '#text': string }; pubDate: string }[] = channel.item ?? [];
      const entries = json(`data/${data}`);
      // A meeting joins its feed when it is announced: the three whose agendas are not due yet wait.
      const waiting = name === 'meetings' ? 3 : 0;
      expect(items.length).toBe(Math.min(50, entries.length - waiting));
      const ids = new Set(entries.map((e) => e.url));
      let previous = Infinity;
      for (const item of items) {
        expect(item.title).toBeTruthy();
        expect(ids.has(item.link), item.link).toBe(true);
        expect(exists(item.link), item.link).toBe(true);
        expect(item.guid['#text']).toBe(item.link);
        const time = Date.parse(item.pubDate);
        expect(time, item.pubDate).not.toBeNaN();
        expect(time).toBeLessThanOrEqual(previous);
        previous = time;
      }
    });
  }

  it('dates each decision by its publication date, midnight in London', () => {
    const doc = parser.parse(read('feeds/decisions.xml'));
    const decisions = json<{ url: string; published: string }[]>('data/decisions.json');
    for (const item of doc.rss.channel.item as { link: string; pubDate: string }[]) {
      const published = decisions.find((d) => d.url === item.link)!.published;
      const london = new Intl.DateTimeFormat('en-CA', {
        timeZone: 'Europe/London',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        hourCycle: 'h23',
      }).format(new Date(item.pubDate));
      expect(london, item.link).toBe(`${published}, 00`);
    }
  });

  it('is linked from the pages it covers', () => {
    expect(read('decisions/index.html')).toContain(
      '<link rel="alternate" type="application/rss+xml" title="Southampton Joint Commissioning Board: decisions" href="/jcb/feeds/decisions.xml">',
    );
    expect(read('meetings/index.html')).toMatch(
      /<link rel="alternate" type="application\/rss\+xml"[^>]*href="\/jcb\/feeds\/meetings.xml">/,
    );
    expect(read('forward-plan/index.html')).toMatch(
      /<link rel="alternate" type="application\/rss\+xml"[^>]*href="\/jcb\/feeds\/forward-plan.xml">/,
    );
  });
});

describe('calendars', () => {
  const events = (path: string) => {
    const component = new ICAL.Component(ICAL.parse(read(path)));
    return { component, events: component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
  };
  const calendars = () => [
    ...readdirSync(join(r.outDir, 'calendar'))
      .filter((f) => f.endsWith('.ics'))
      .map((f) => `calendar/${f}`),
    ...readdirSync(join(r.outDir, 'meetings'))
      .filter((d) => existsSync(join(r.outDir, 'meetings', d, 'meeting.ics')))
      .map((d) => `meetings/${d}/meeting.ics`),
  ];

  it('every calendar parses, defines Europe/London, has stable unique UIDs and links each event to its page', () => {
    const files = calendars();
    expect(files.length).toBeGreaterThan(20);
    for (const path of files) {
      const { component, events: list } = events(path);
      const zones = component.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'));
      const uids = list.map((e) => e.uid);
      expect(new Set(uids).size, path).toBe(uids.length);
      for (const e of list) {
        expect(e.uid, path).toMatch(/^(meeting|call-in|forward-plan)-[a-z0-9-]+@democracy\.example\.org$/);
        expect(e.component.getFirstPropertyValue('dtstamp'), path).toBeTruthy();
        const url = String(e.component.getFirstPropertyValue('url'));
        expect(exists(url), `${path}: ${url}`).toBe(true);
        if (!e.startDate.isDate) {
          expect(e.component.getFirstProperty('dtstart')!.getParameter('tzid'), `${path} ${e.uid}`).toBe(
            'Europe/London',
          );
          expect(zones, path).toContain('Europe/London');
        }
      }
    }
  });

  it('calendar/meetings.ics has every meeting, cancelled ones CANCELLED, at their London times', () => {
    const meetings = json<{ id: string; start: string; status: string }[]>('data/meetings.json');
    const { events: list } = events('calendar/meetings.ics');
    expect(list.length).toBe(meetings.length);
    expect(meetings.some((x) => x.status === 'cancelled')).toBe(true);
    for (const x of meetings) {
      const e = list.find((ev) => ev.uid === `meeting-${x.id}@democracy.example.org`)!;
      expect(e, x.id).toBeDefined();
      expect(e.component.getFirstPropertyValue('status'), x.id).toBe(
        x.status === 'cancelled' ? 'CANCELLED' : x.status === 'postponed' ? 'TENTATIVE' : 'CONFIRMED',
      );
      expect(e.startDate.toString(), x.id).toBe(`${x.start}:00`);
    }
  });

  it('each board has its own calendar, and together they hold every meeting', () => {
    const bodies = json<{ id: string }[]>('data/bodies.json');
    const total = bodies.reduce((n, b) => n + events(`calendar/${b.id}.ics`).events.length, 0);
    expect(total).toBe(json('data/meetings.json').length);
  });

  it('calendar/forward-plan.ics has an all-day event for each planned key decision', () => {
    const planned = json<{ id: string; kind: string; status: string; expected: string }[]>(
      'data/forward-plan.json',
    ).filter((f) => f.kind === 'key-decision' && f.status === 'planned');
    const { events: list } = events('calendar/forward-plan.ics');
    expect(planned.length).toBeGreaterThan(0);
    expect(list.map((e) => e.uid).sort()).toEqual(
      planned.map((f) => `forward-plan-${f.id}@democracy.example.org`).sort(),
    );
    for (const f of planned) {
      const e = list.find((ev) => ev.uid === `forward-plan-${f.id}@democracy.example.org`)!;
      expect(e.startDate.isDate).toBe(true);
      expect(e.startDate.toString()).toBe(f.expected);
    }
  });

  it('each meeting page offers its own calendar file', () => {
    const html = read('meetings/2024-03-14-joint-commissioning-board/index.html');
    expect(html).toContain('href="/jcb/meetings/2024-03-14-joint-commissioning-board/meeting.ics">Add to calendar</a>');
    expect(events('meetings/2024-03-14-joint-commissioning-board/meeting.ics').events.map((e) => e.uid)).toEqual([
      'meeting-2024-03-14-joint-commissioning-board@democracy.example.org',
    ]);
  });

  it('the calendar page explains subscribing in Outlook, Google and Apple calendars, with absolute addresses', () => {
    const html = read('calendar/index.html');
    for (const word of [
      'Outlook',
      'Google Calendar',
      'Apple Calendar',
      'Subscribe from web',
      'From URL',
      'New Calendar Subscription',
    ])
      expect(html).toContain(word);
    expect(html).toContain(`${SITE}calendar/meetings.ics`);
    expect(read('meetings/index.html')).toContain('href="/jcb/calendar/"');
  });
});

describe('open data', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  const validator = (file: string) => {
    const schema = json<{ $id: string }>(`data/schema/${file}`);
    return ajv.getSchema(schema.$id) ?? ajv.compile(schema);
  };

  it('every JSON file is valid against the JSON Schema the build generates for it', () => {
    const schemas = readdirSync(join(r.outDir, 'data', 'schema'));
    expect(schemas.sort()).toEqual(
      ['bodies', 'budgets', 'decisions', 'forward-plan', 'index', 'meetings', 'officer-decisions', 'people'].map(
        (n) => `${n}.schema.json`,
      ),
    );
    for (const file of schemas) {
      const validate = validator(file);
      const data = json<unknown>(`data/${file.replace('.schema.json', '.json')}`);
      expect(validate(data), `${file}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
    }
  });

  it('the schemas reject a record that breaks them', () => {
    const validate = validator('decisions.schema.json');
    const [first] = json('data/decisions.json');
    expect(validate([{ ...first, made: '2026-02-30' }])).toBe(false);
    expect(validate([{ ...first, surprise: true }])).toBe(false);
  });

  for (const name of ['decisions', 'officer-decisions', 'meetings', 'forward-plan']) {
    it(`data/${name}.csv has a header and one row per entry of data/${name}.json`, () => {
      const text = read(`data/${name}.csv`);
      const rows: Record<string, string>[] = parseCsv(text, { columns: true });
      const records = json<{ id: string; url: string }[]>(`data/${name}.json`);
      expect(rows.length).toBe(records.length);
      expect(rows.map((x) => x.id)).toEqual(records.map((x) => x.id));
      expect(rows.map((x) => x.url)).toEqual(records.map((x) => x.url));
      expect(text).toMatch(/^id,(reference,)?url,/);
      expect(text.includes('\r\n')).toBe(true);
    });
  }

  it('joins lists with "; " and opens objects into dotted columns', () => {
    const rows: Record<string, string>[] = parseCsv(read('data/decisions.csv'), { columns: true });
    const decisions =
      json<{ id: string; wards: string[]; callIn: { status: string; lastDay: string | null } }[]>(
        'data/decisions.json',
      );
    for (const d of decisions) {
      const row = rows.find((x) => x.id === d.id)!;
      expect(row['callIn.status']).toBe(d.callIn.status);
      expect(row['callIn.lastDay']).toBe(d.callIn.lastDay ?? '');
      expect(row.wards).toBe(d.wards.join('; '));
    }
  });

  it('data/index.json names the site, build date and licence, and lists files that exist', () => {
    const index = json<{
      title: string;
      url: string;
      buildDate: string;
      licence: string;
      files: { path: string; url: string; records: number | null }[];
    }>('data/index.json');
    expect(index).toMatchObject({
      title: 'Southampton Joint Commissioning Board',
      url: SITE,
      buildDate: '2026-11-22',
      licence: 'OGL-UK-3.0',
    });
    const paths = index.files.map((f) => f.path);
    for (const p of [
      'decisions.json',
      'decisions.csv',
      'meetings.json',
      'meetings.csv',
      'forward-plan.json',
      'forward-plan.csv',
      'budgets.json',
      'budgets.csv',
      'bodies.json',
      'people.json',
      'index.json',
    ])
      expect(paths).toContain(`data/${p}`);
    for (const f of index.files) {
      expect(existsSync(join(r.outDir, f.path)), f.path).toBe(true);
      expect(f.url).toBe(`${SITE}${f.path}`);
    }
    expect(index.files.find((f) => f.path === 'data/decisions.json')!.records).toBe(json('data/decisions.json').length);
  });

  it('bodies.json and people.json hold the boards, memberships and people', () => {
    const bodies = json<{ id: string; members: { person: string }[] }[]>('data/bodies.json');
    const people = json<{ id: string; memberships: { body: string }[] }[]>('data/people.json');
    expect(bodies.map((b) => b.id)).toContain('joint-commissioning-board');
    const members = bodies.flatMap((b) => b.members.map((x) => `${b.id}/${x.person}`)).sort();
    expect(people.flatMap((p) => p.memberships.map((x) => `${x.body}/${p.id}`)).sort()).toEqual(members);
  });

  it('the open data page lists every file with its fields and the licence', () => {
    const html = read('data/index.html');
    for (const f of json<{ files: { path: string }[] }>('data/index.json').files.filter(
      (x) => x.path.startsWith('data/') && !x.path.startsWith('data/schema/'),
    )) {
      expect(html, f.path).toContain(`href="/jcb/${f.path}"`);
    }
    expect(html).toContain('Open Government Licence v3.0');
    expect(html).toContain('<code>callIn</code>');
    expect(html).toContain('Call-in as at the build date');
  });
});

describe('discoverability', () => {
  it('the sitemap lists every published page and nothing that does not exist', () => {
    const xml = read('sitemap.xml');
    expect(XMLValidator.validate(xml)).toBe(true);
    const locs: string[] = [new XMLParser({ isArray: (n) => n === 'url' }).parse(xml).urlset.url]
      .flat()
      .map((u: { loc: string }) => u.loc);
    for (const loc of locs) expect(exists(loc), loc).toBe(true);
    for (const file of ['decisions.json', 'meetings.json', 'forward-plan.json', 'bodies.json', 'people.json']) {
      for (const e of json<{ url: string }[]>(`data/${file}`)) expect(locs, e.url).toContain(e.url);
    }
    expect([...locs].sort()).toEqual(htmlPages());
  });

  it('pages carry a canonical link and Open Graph title, description and address', () => {
    const html = read('decisions/jcb-2024-001/index.html');
    expect(html).toContain(`<link rel="canonical" href="${SITE}decisions/jcb-2024-001/">`);
    expect(html).toContain('<meta property="og:title" content="Discharge to assess beds: contract award">');
    expect(html).toContain(`<meta property="og:url" content="${SITE}decisions/jcb-2024-001/">`);
    expect(html).toMatch(/<meta property="og:description" content="[^"]+">/);
  });

  it('meeting pages describe the meeting as a schema.org Event with its London time', () => {
    const html = read('meetings/2024-07-18-joint-commissioning-board/index.html');
    const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      startDate: '2024-07-18T14:00:00+01:00',
      url: `${SITE}meetings/2024-07-18-joint-commissioning-board/`,
      eventStatus: 'https://schema.org/EventScheduled',
    });
    const cancelled = json<{ id: string; status: string }[]>('data/meetings.json').find(
      (x) => x.status === 'cancelled',
    )!;
    expect(read(`meetings/${cancelled.id}/index.html`)).toContain('"eventStatus":"https://schema.org/EventCancelled"');
  });
});

describe('the search index', () => {
  const REGISTERS = [
    '',
    'decisions/',
    'meetings/',
    'forward-plan/',
    'budgets/',
    'bodies/',
    'people/',
    'call-in/',
    'transparency/',
    'officer-decisions/',
    'registers/',
    'accessibility/',
    'data/',
    'calendar/',
    'search/',
  ].map((p) => `${SITE}${p}`);

  it('covers exactly the entry pages the model publishes: every page but the registers and lists', () => {
    const indexed = pagefindPages(r.outDir)
      .map((p) => `${SITE}${p.url.replace(/^\//, '')}`)
      .sort();
    // Each year's transparency figures are a list too.
    const expected = htmlPages().filter((l) => !REGISTERS.includes(l) && !/\/transparency\/\d{4}\/$/.test(l));
    expect(indexed).toEqual(expected);
    // Among them every entry of the open data, and the Markdown pages.
    for (const file of ['decisions.json', 'meetings.json', 'forward-plan.json', 'bodies.json', 'people.json'])
      for (const e of json<{ url: string }[]>(`data/${file}`)) expect(indexed, e.url).toContain(e.url);
    for (const p of ['about/', 'glossary/', 'how-to-take-part/']) expect(indexed).toContain(`${SITE}${p}`);
    expect(indexed.length).toBeGreaterThan(100);
  });

  it('records type, date and filters for each entry', () => {
    const page = pagefindPages(r.outDir).find((p) => p.url === '/decisions/jcb-2024-001/')!;
    expect(page.meta).toMatchObject({
      title: 'Discharge to assess beds: contract award',
      type: 'Decision',
      date: '14 March 2024',
    });
    expect(page.filters).toMatchObject({
      Type: ['Decision'],
      Year: ['2024'],
      'Board or committee': ['Joint Commissioning Board'],
      'Key decision': ['Yes'],
    });
    expect(page.filters.Partner).toContain('Southampton City Council');
    expect(page.filters.Partner).not.toContain('NHS Southampton City Clinical Commissioning Group');
    expect(page.filters['Call-in']).toHaveLength(1);
  });

  it('indexes table cells as separate words', () => {
    // compressHTML: 'jsx' glued cells together ("chairSCCYes").
    const page = pagefindPages(r.outDir).find((p) => p.url === '/bodies/joint-commissioning-board/')!;
    expect(page.content).toContain('Member Role Partner Voting Period');
    expect(page.content).toMatch(/chair\. SCC\. Yes\./);
  });

  it('leaves the site notice, header and footer out of the index', () => {
    for (const p of pagefindPages(r.outDir)) {
      expect(p.content, p.url).not.toContain('This is a demonstration with illustrative data');
      expect(p.content, p.url).not.toContain('Skip to main content');
      expect(p.content, p.url).not.toContain('Information correct as at');
    }
  });

  it('the search page loads the Component UI from the base path and links to the registers', () => {
    const html = read('search/index.html');
    expect(html).toMatch(/<pagefind-config bundle-path="\/jcb\/pagefind\/" base-url="\/jcb\/"/);
    expect(html).toContain('src="/jcb/pagefind/pagefind-component-ui.js"');
    expect(html).toContain('href="/jcb/pagefind/pagefind-component-ui.css"');
    for (const href of ['/jcb/decisions/', '/jcb/meetings/', '/jcb/forward-plan/'])
      expect(html).toContain(`href="${href}"`);
    expect(html).toMatch(/<noscript>.*needs JavaScript.*<\/noscript>/s);
    expect(read('index.html')).toContain('href="/jcb/search/"');
  });
});
