/**
 * The editor's configuration (Decap CMS), generated from the content format's zod schemas each
 * time the editor asks for it, so a field added to a schema is in the form at the next reload and
 * the two cannot drift. Widgets follow from the schema: an enum is a select, a list a list, an
 * object a group, a date a date picker written YYYY-MM-DD, a date and time YYYY-MM-DDTHH:MM, a
 * field with a default or .optional() is not required. Which collection an id refers to is not in
 * the schemas (an id is an id), so REFERENCES below names the fields that refer to other entries.
 */
import { z } from 'zod';
import { collectionSchemas, DECISION_HEADINGS } from '../schemas/index.ts';
import { civilDate, localDateTime, timeOfDay } from '../schemas/common.ts';

type Schema = z.core.$ZodType;

/** A Decap CMS field, as written into config.yml. */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  pattern?: [string, string];
  options?: (string | { label: string; value: string })[];
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  fields?: CmsField[];
  field?: CmsField;
  collapsed?: boolean;
  summary?: string;
  date_format?: string | boolean;
  time_format?: string | boolean;
  picker_utc?: boolean;
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  options_length?: number;
  modes?: string[];
  sanitize_preview?: boolean;
  choose_url?: boolean;
  media_library?: { config: { multiple: boolean } };
  [key: string]: unknown;
}

export interface CmsCollection {
  name: string;
  label: string;
  label_singular: string;
  folder: string;
  create: boolean;
  delete: boolean;
  format: typeof FORMATS.frontmatter | typeof FORMATS.yaml;
  extension: 'md' | 'yaml';
  identifier_field: string;
  slug: string;
  path?: string;
  summary: string;
  editor: { preview: boolean };
  fields: CmsField[];
}

export interface CmsConfig {
  backend: { name: 'proxy'; proxy_url: string; branch: string };
  media_folder: string;
  public_folder: string;
  slug: { encoding: 'ascii'; clean_accents: true; sanitize_replacement: '-' };
  show_preview_links: false;
  search: boolean;
  collections: CmsCollection[];
}

/** What the form offers for ids that are not entries of a collection the editor shows. */
export interface EditorChoices {
  /** The partners of site.yaml. */
  partners: { id: string; name: string }[];
  /** Bodies and people, who can be a decision maker. */
  decisionMakers: { id: string; name: string }[];
}

type CollectionKey = keyof typeof collectionSchemas;

/**
 * The file formats the admin page registers with Decap (src/editor/admin/editor.js): front matter
 * fenced by lines that are exactly ---, as the site reads it, and plain YAML. Decap's own front
 * matter format keeps the Markdown text in a field named body, which is also a meeting's field.
 */
export const FORMATS = { frontmatter: 'jcb-frontmatter', yaml: 'jcb-yaml' } as const;

/** The form's name for the Markdown text after the front matter: no content field is snake_case. */
export const BODY_FIELD = 'markdown_body';

/**
 * The collections the editor shows, in the order of its menu. Budgets are not among them: a fund's
 * years are tables kept in a spreadsheet and saved as CSV beside it, which a form cannot edit.
 */
export const EDITOR_COLLECTIONS: {
  key: CollectionKey;
  folder: string;
  label: string;
  singular: string;
  format: 'frontmatter' | 'yaml';
  identifier: string;
  /** How a new entry's file name (its id) is made; an id is lower-case letters, digits and hyphens. */
  slug: string;
  /** The field whose year names the subfolder a new entry is saved in, as the sample content does. */
  yearFrom?: string;
  summary: string;
  body?: string;
}[] = [
  {
    key: 'meetings',
    folder: 'meetings',
    label: 'Meetings and agendas',
    singular: 'Meeting',
    format: 'frontmatter',
    identifier: 'body',
    // The content format's rule for meeting ids: YYYY-MM-DD-<body id>.
    slug: "{{start | date('YYYY-MM-DD')}}-{{body}}",
    yearFrom: 'start',
    summary: '{{start}} {{body}} ({{status}})',
    body: 'Minutes or summary',
  },
  {
    key: 'decisions',
    folder: 'decisions',
    label: 'Decisions',
    singular: 'Decision',
    format: 'frontmatter',
    identifier: 'title',
    slug: '{{slug}}',
    yearFrom: 'made',
    summary: '{{made}} {{title}}',
    body: 'Record of the decision',
  },
  {
    key: 'forwardPlan',
    folder: 'forward-plan',
    label: 'Forward plan',
    singular: 'Forward plan entry',
    format: 'frontmatter',
    identifier: 'title',
    slug: '{{slug}}',
    yearFrom: 'published',
    summary: '{{published}} {{title}}',
    body: 'Summary of the matter',
  },
  {
    key: 'bodies',
    folder: 'bodies',
    label: 'Boards and committees',
    singular: 'Board or committee',
    format: 'frontmatter',
    identifier: 'name',
    slug: '{{slug}}',
    summary: '{{name}}',
    body: 'Terms of reference',
  },
  {
    key: 'people',
    folder: 'people',
    label: 'People',
    singular: 'Person',
    format: 'yaml',
    identifier: 'name',
    slug: '{{slug}}',
    summary: '{{name}}',
  },
  {
    key: 'pages',
    folder: 'pages',
    label: 'Pages',
    singular: 'Page',
    format: 'frontmatter',
    identifier: 'title',
    slug: '{{slug}}',
    summary: '{{title}}',
    body: 'Text',
  },
];

/** Collections of the content format the editor leaves to other tools, and why. */
export const NOT_IN_EDITOR: Partial<Record<CollectionKey, string>> = {
  budgets: 'a fund year is a CSV table kept in a spreadsheet',
};

/** A relation to the entries of a collection the editor shows, by their id (file name). */
const toEntries = (collection: string, display: string[], search: string[]) => ({
  widget: 'relation',
  collection,
  value_field: '{{filename}}',
  display_fields: display,
  search_fields: search,
  options_length: 50,
});

const meetings = () => toEntries('meetings', ['{{filename}}'], ['start', 'body', 'venue']);
const people = () => toEntries('people', ['{{name}}', '({{filename}})'], ['name', 'title']);

/**
 * Fields that hold the id of another entry, by dotted path in their collection (`*` for each
 * item of a list). Any other id is a text field that takes only an id's characters.
 */
export const REFERENCES: Record<string, (choices: EditorChoices) => Partial<CmsField>> = {
  'meetings.body': () => toEntries('bodies', ['{{name}}'], ['name']),
  'meetings.agenda.*.forwardPlan': () => toEntries('forwardPlan', ['{{filename}}', '{{title}}'], ['title']),
  'meetings.agenda.*.decisions': () => toEntries('decisions', ['{{filename}}', '{{title}}'], ['title']),
  'meetings.attendance.*.person': people,
  'meetings.attendance.*.for': people,
  'meetings.declarations.*.person': people,
  'meetings.minutes.approvedAt': meetings,
  'decisions.decisionMaker': (c) => choose(c.decisionMakers),
  'decisions.madeBy': people,
  'decisions.meeting': meetings,
  // Every agenda item of every meeting, labelled with its meeting: pick one of the meeting chosen above.
  'decisions.item': () => ({
    widget: 'relation',
    collection: 'meetings',
    value_field: 'agenda.*.item',
    display_fields: ['{{filename}}', 'agenda.*.item', 'agenda.*.title'],
    search_fields: ['agenda.*.title', 'start', 'body'],
    options_length: 100,
  }),
  'decisions.forwardPlan': () => toEntries('forwardPlan', ['{{filename}}', '{{title}}'], ['title']),
  'decisions.declarations.*.person': people,
  'forwardPlan.decisionMaker': (c) => choose(c.decisionMakers),
  'forwardPlan.meeting': meetings,
  'bodies.partners': (c) => choose(c.partners),
  'bodies.parent': () => toEntries('bodies', ['{{name}}'], ['name']),
  'bodies.quorum.*.partner': (c) => choose(c.partners),
  'bodies.members.*.person': people,
  'bodies.members.*.partner': (c) => choose(c.partners),
  'people.partner': (c) => choose(c.partners),
};

const choose = (list: { id: string; name: string }[]): Partial<CmsField> => ({
  widget: 'select',
  options: list.map(({ id, name }) => ({ label: `${name} (${id})`, value: id })),
});

/** "decisionMaker" → "Decision maker". */
export const labelOf = (name: string) => {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

const def = (s: Schema) => s._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;

/** The schema under .optional() and .default(), and whether the field may be left out. */
function unwrap(s: Schema): { inner: Schema; optional: boolean; fallback?: unknown } {
  let optional = false;
  let fallback: unknown;
  for (;;) {
    const d = def(s);
    if (d.type === 'optional' || d.type === 'nullable') optional = true;
    else if (d.type === 'default' || d.type === 'prefault') {
      optional = true;
      fallback = d.defaultValue;
    } else return { inner: s, optional, fallback };
    s = d.innerType as Schema;
  }
}

interface Check {
  check: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  error?: (issue: object) => unknown;
}
const checks = (s: Schema): Check[] =>
  ((def(s).checks as { _zod: { def: Check } }[] | undefined) ?? []).map((c) => c._zod.def);

/** The schema's own message for a check, which is written in a clerk's words. */
function messageOf(c: Check): string | undefined {
  try {
    const m = c.error?.({});
    return typeof m === 'string' ? m : undefined;
  } catch {
    return undefined;
  }
}

function stringField(s: Schema): Partial<CmsField> {
  const all = checks(s);
  const out: Partial<CmsField> = {};
  const regex = all.find((c) => c.check === 'string_format' && c.pattern);
  if (regex?.pattern)
    out.pattern = [regex.pattern.source, messageOf(regex) ?? `expected text matching ${regex.pattern.source}`];
  const max = all.find((c) => c.check === 'max_length')?.maximum;
  // A title or a name is one line; free text (a summary, a minute, a reason) may run on.
  out.widget = max !== undefined || regex ? 'string' : 'text';
  if (def(s).format === 'url') out.hint = 'A web address starting https://';
  return out;
}

function numberField(s: Schema): Partial<CmsField> {
  const out: Partial<CmsField> = { widget: 'number', value_type: 'float' };
  for (const c of checks(s)) {
    if (c.check === 'number_format' && /int/.test(c.format ?? '')) out.value_type = 'int';
    if (c.check === 'greater_than' && c.value !== undefined) out.min = c.inclusive ? c.value : c.value + 1;
    if (c.check === 'less_than' && c.value !== undefined) out.max = c.inclusive ? c.value : c.value - 1;
  }
  return out;
}

const DATE: Partial<CmsField> = {
  widget: 'datetime',
  date_format: 'YYYY-MM-DD',
  time_format: false,
  picker_utc: false,
  hint: 'A date, YYYY-MM-DD',
};
const DATE_TIME: Partial<CmsField> = {
  widget: 'datetime',
  date_format: 'YYYY-MM-DD',
  time_format: 'HH:mm',
  picker_utc: false,
  hint: 'London time, YYYY-MM-DDTHH:MM',
};
const TIME: Partial<CmsField> = {
  widget: 'datetime',
  date_format: false,
  time_format: 'HH:mm',
  picker_utc: false,
  hint: 'A time, HH:MM',
};

/** The widget for one schema, with no name or label yet. */
function widgetOf(s: Schema, path: string, choices: EditorChoices): Partial<CmsField> {
  const reference = REFERENCES[path];
  if (s === civilDate) return DATE;
  if (s === localDateTime) return DATE_TIME;
  if (s === timeOfDay) return TIME;
  const d = def(s);
  switch (d.type) {
    case 'pipe': {
      // z.preprocess(fn, schema) is a pipe from a transform: the form edits what the schema checks.
      const into = def(d.in as Schema).type === 'transform' ? (d.out as Schema) : (d.in as Schema);
      return widgetOf(into, path, choices);
    }
    case 'string':
      return reference ? reference(choices) : stringField(s);
    case 'number':
      return numberField(s);
    case 'boolean':
      return { widget: 'boolean' };
    case 'enum':
      return { widget: 'select', options: Object.values(d.entries as Record<string, string>) };
    case 'literal': {
      const values = d.values as unknown[];
      if (values.every((v) => typeof v === 'boolean')) return { widget: 'boolean' };
      return { widget: 'select', options: values.map(String) };
    }
    case 'union': {
      // An item number (5 or "5a"), or end-of-day or a time: typed as text, checked on save.
      const options = (d.options as Schema[]).map((o) => widgetOf(o, path, choices));
      const pattern = options.find((o) => o.pattern)?.pattern;
      return reference ? reference(choices) : { widget: 'string', ...(pattern ? { pattern } : {}) };
    }
    case 'array': {
      const element = unwrap(d.element as Schema).inner;
      const min = checks(s).find((c) => c.check === 'min_length')?.minimum;
      const list: Partial<CmsField> = min ? { min } : {};
      if (reference) {
        const target = reference(choices);
        return { ...target, multiple: true, ...list };
      }
      const item = widgetOf(element, `${path}.*`, choices);
      if (item.widget === 'object') {
        return {
          widget: 'list',
          collapsed: true,
          fields: item.fields,
          summary: summaryOf(item.fields ?? []),
          ...list,
        };
      }
      if (item.widget === 'select') return { ...item, multiple: true, ...list };
      // A list of plain text is typed with commas between the items.
      if (item.widget === 'text' || (item.widget === 'string' && !item.pattern))
        return { widget: 'list', hint: 'Separate the items with commas', ...list };
      return {
        widget: 'list',
        field: { name: 'value', label: labelOf(path.split('.').at(-1) ?? ''), ...item } as CmsField,
        ...list,
      };
    }
    case 'object':
      return { widget: 'object', collapsed: true, fields: fieldsOf(s, path, choices, false) };
    default:
      throw new Error(`The editor has no widget for a ${d.type} schema (at ${path}): add one in src/editor/config.ts`);
  }
}

/** How an item of a list reads when folded: its first one or two fields. */
function summaryOf(fields: CmsField[]): string {
  return fields
    .slice(0, 2)
    .map((f) => `{{fields.${f.name}}}`)
    .join(' ');
}

/** The form's fields for an object schema, one for each of its keys, in the schema's order. */
function fieldsOf(s: Schema, path: string, choices: EditorChoices, topLevel: boolean): CmsField[] {
  const shape = def(s).shape as Record<string, Schema>;
  return Object.entries(shape).map(([name, field]) => {
    const { inner, optional, fallback } = unwrap(field);
    const widget = widgetOf(inner, `${path}.${name}`, choices);
    const out: CmsField = { name, label: labelOf(name), widget: 'string', ...widget, required: !optional };
    // A default on a field inside a group or list would make Decap start the group or an item
    // with it, so only top-level fields carry one.
    // A yes-or-no question the schema needs starts at no; one whose default is yes shows it. A
    // switch left at no is not written when no is the default, as a clerk typing would leave it out.
    if (topLevel && (out.widget === 'boolean' || out.widget === 'select') && !out.multiple) {
      const start = out.widget === 'boolean' ? (fallback === true ? true : optional ? undefined : false) : fallback;
      if (start !== undefined && !Array.isArray(start)) out.default = start;
    }
    if (out.widget === 'object' || out.widget === 'list') delete out.default;
    // Decap checks the fields of a group even when it is left empty: inside a group that may be
    // left out, a field the schema needs is asked for in its hint and checked by validate on saving.
    if (optional && out.widget === 'object' && out.fields) out.fields = out.fields.map(whenUsed);
    return out;
  });
}

/** A field needed only once its group is used. */
function whenUsed(f: CmsField): CmsField {
  const fields = f.widget === 'object' && f.fields ? { fields: f.fields.map(whenUsed) } : {};
  if (f.required === false) return { ...f, ...fields };
  return {
    ...f,
    ...fields,
    required: false,
    hint: [f.hint, 'Needed when this group is filled in'].filter(Boolean).join('. '),
  };
}

/** The Markdown body of a collection's files, with the headings a decision record must hold. */
function bodyField(key: CollectionKey, label: string): CmsField {
  return {
    name: BODY_FIELD,
    label,
    widget: 'markdown',
    required: key === 'decisions',
    // Raw Markdown is saved exactly as typed; the rich-text mode is a button away.
    modes: ['raw', 'rich_text'],
    sanitize_preview: true,
    ...(key === 'decisions'
      ? {
          default: DECISION_HEADINGS.map((h) => `## ${h}\n\n`).join(''),
          hint: `Keep the three headings, in this order: ${DECISION_HEADINGS.join('; ')}`,
        }
      : {}),
  };
}

/** The form's fields of one collection, generated from its schema (the collection's own unless given). */
export function collectionFields(
  key: CollectionKey,
  choices: EditorChoices,
  body?: string,
  schema: Schema = collectionSchemas[key],
): CmsField[] {
  const fields = fieldsOf(schema, key, choices, true);
  if (fields.some((f) => f.name === BODY_FIELD))
    throw new Error(`The ${key} schema has a field named ${BODY_FIELD}, the editor's name for the Markdown text`);
  return body ? [...fields, bodyField(key, body)] : fields;
}

/** Decap's file widget holds more than the path while a file is chosen: validate checks the path. */
function withoutPattern(field: CmsField): CmsField {
  const out = { ...field };
  delete out.pattern;
  return out;
}

/** The file field of a paper: a file under documents/, chosen from there or uploaded into it. */
function withPaperFiles(fields: CmsField[]): CmsField[] {
  return fields.map((f) => {
    if (f.name === 'documents' && f.widget === 'list' && f.fields)
      return {
        ...f,
        summary: '{{fields.title}} {{fields.file}}',
        fields: f.fields.map((g) =>
          g.name === 'file'
            ? {
                ...withoutPattern(g),
                widget: 'file',
                choose_url: true,
                media_library: { config: { multiple: false } },
                hint: 'A paper under documents/: upload it here, or type its path, e.g. documents/2026-11-19/report.pdf',
              }
            : g,
        ),
      };
    if (f.fields) return { ...f, fields: withPaperFiles(f.fields) };
    return f;
  });
}

/** The whole configuration: the proxy at proxyUrl writes the files of the content root. */
export function editorConfig(proxyUrl: string, choices: EditorChoices): CmsConfig {
  return {
    backend: { name: 'proxy', proxy_url: proxyUrl, branch: 'main' },
    media_folder: 'documents',
    public_folder: 'documents',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    show_preview_links: false,
    search: true,
    collections: EDITOR_COLLECTIONS.map((c) => ({
      name: c.key,
      label: c.label,
      label_singular: c.singular,
      folder: c.folder,
      create: true,
      delete: false,
      format: FORMATS[c.format],
      extension: c.format === 'yaml' ? 'yaml' : 'md',
      identifier_field: c.identifier,
      slug: c.slug,
      // New entries go in a folder for their year. Decap lower-cases a path template, so its date
      // filter cannot be used here: the year is the first four characters of the date, cut with
      // truncate (whose "..." the slug rules then remove).
      ...(c.yearFrom ? { path: `{{${c.yearFrom} | truncate(4, "")}}/{{slug}}` } : {}),
      summary: c.summary,
      editor: { preview: false },
      fields: withPaperFiles(collectionFields(c.key, choices, c.body)),
    })),
  };
}
