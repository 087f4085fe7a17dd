// The editor's form is generated from the content format's zod schemas: every field of every
// collection it shows is in it, with the widget its schema implies, and a field added to a
// schema is in the form without any other change.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { collectionSchemas, decisionSchema } from '../../src/schemas/index.ts';
import { civilDate, entryId, ID_PATTERN } from '../../src/schemas/common.ts';
import {
  BODY_FIELD,
  EDITOR_COLLECTIONS,
  NOT_IN_EDITOR,
  REFERENCES,
  collectionFields,
  editorConfig,
  type CmsField,
} from '../../src/editor/config.ts';
import { writableProblem } from '../../src/editor/server.ts';

const choices = {
  partners: [{ id: 'test-council', name: 'Test Council' }],
  decisionMakers: [{ id: 'test-board', name: 'Test Board' }],
};
const config = editorConfig('http://127.0.0.1:1/api/v1', choices);

type Schema = z.core.$ZodType;
const def = (s: Schema) => s._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
function bare(s: Schema): Schema {
  const d = def(s);
  if (['optional', 'nullable', 'default', 'prefault'].includes(d.type)) return bare(d.innerType as Schema);
  return s;
}

/** Every field path of a schema: objects by key, lists of objects with `*`. */
function schemaPaths(s: Schema, prefix = ''): string[] {
  const d = def(bare(s));
  if (d.type === 'object')
    return Object.entries(d.shape as Record<string, Schema>).flatMap(([k, v]) => [
      `${prefix}${k}`,
      ...schemaPaths(v, `${prefix}${k}.`),
    ]);
  if (d.type === 'array') {
    const element = def(bare(d.element as Schema));
    return element.type === 'object' ? schemaPaths(d.element as Schema, `${prefix}*.`) : [];
  }
  return [];
}

/** Every field path of the form, in the same notation. */
function formPaths(fields: CmsField[], prefix = ''): string[] {
  return fields.flatMap((f) => [
    `${prefix}${f.name}`,
    ...(f.widget === 'object' && f.fields ? formPaths(f.fields, `${prefix}${f.name}.`) : []),
    ...(f.widget === 'list' && f.fields ? formPaths(f.fields, `${prefix}${f.name}.*.`) : []),
  ]);
}

function fieldAt(fields: CmsField[], path: string): CmsField {
  const [name, ...rest] = path.split('.');
  const f = fields.find((x) => x.name === name);
  if (!f) throw new Error(`no field ${name}`);
  if (!rest.length) return f;
  const next = rest[0] === '*' ? rest.slice(1) : rest;
  return fieldAt(f.fields ?? [], next.join('.'));
}
const collection = (name: string) => config.collections.find((c) => c.name === name)!;

describe('the generated editor configuration', () => {
  it('offers every collection of the content format, or says why not', () => {
    for (const key of Object.keys(collectionSchemas))
      expect(config.collections.some((c) => c.name === key) || key in NOT_IN_EDITOR, key).toBe(true);
  });

  it.each(EDITOR_COLLECTIONS.map((c) => c.key))('has every field of the %s schema, and no other', (key) => {
    const fields = collection(key).fields;
    const form = formPaths(fields).filter((p) => p !== BODY_FIELD);
    expect(form.sort()).toEqual(schemaPaths(collectionSchemas[key]).sort());
  });

  it('puts a field added to a schema into the form', () => {
    const extended = z.strictObject({
      ...decisionSchema.shape,
      webcastMinute: civilDate.optional(),
      reviewers: z.array(z.strictObject({ person: entryId, role: z.enum(['lead', 'second']) })).default([]),
    });
    const fields = collectionFields('decisions', choices, undefined, extended);
    expect(fieldAt(fields, 'webcastMinute')).toMatchObject({
      widget: 'datetime',
      date_format: 'YYYY-MM-DD',
      time_format: false,
      required: false,
    });
    expect(fieldAt(fields, 'reviewers')).toMatchObject({ widget: 'list', required: false });
    expect(fieldAt(fields, 'reviewers.*.role')).toMatchObject({ widget: 'select', options: ['lead', 'second'] });
    expect(fieldAt(fields, 'reviewers.*.person')).toMatchObject({ widget: 'string', required: true });
  });

  it('makes an enum a select of its values and a required field required', () => {
    const decisions = collection('decisions').fields;
    expect(fieldAt(decisions, 'outcome')).toMatchObject({
      widget: 'select',
      options: decisionSchema.shape.outcome.options,
      required: true,
    });
    expect(fieldAt(decisions, 'title')).toMatchObject({ widget: 'string', required: true });
    expect(fieldAt(decisions, 'meeting').required).toBe(false);
    expect(fieldAt(collection('meetings').fields, 'status').options).toEqual([
      'scheduled',
      'held',
      'cancelled',
      'postponed',
    ]);
  });

  it('writes dates as YYYY-MM-DD and date-times as YYYY-MM-DDTHH:MM, in London time', () => {
    const date = { widget: 'datetime', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: false };
    expect(fieldAt(collection('decisions').fields, 'made')).toMatchObject(date);
    expect(fieldAt(collection('meetings').fields, 'agenda.*.exempt.review')).toMatchObject(date);
    expect(fieldAt(collection('meetings').fields, 'start')).toMatchObject({
      widget: 'datetime',
      date_format: 'YYYY-MM-DD',
      time_format: 'HH:mm',
      picker_utc: false,
    });
  });

  it('turns lists into lists, ids of other entries into choices of them, and papers into files', () => {
    const meetings = collection('meetings').fields;
    expect(fieldAt(meetings, 'agenda')).toMatchObject({ widget: 'list', required: false });
    expect(fieldAt(meetings, 'agenda.*.item')).toMatchObject({ widget: 'string', required: true });
    expect(fieldAt(meetings, 'body')).toMatchObject({ widget: 'relation', collection: 'bodies' });
    expect(fieldAt(meetings, 'agenda.*.decisions')).toMatchObject({
      widget: 'relation',
      collection: 'decisions',
      multiple: true,
      value_field: '{{filename}}',
    });
    expect(fieldAt(meetings, 'agenda.*.documents.*.file')).toMatchObject({ widget: 'file', required: false });
    const decisions = collection('decisions').fields;
    expect(fieldAt(decisions, 'decisionMaker')).toMatchObject({
      widget: 'select',
      options: [{ label: 'Test Board (test-board)', value: 'test-board' }],
    });
    expect(fieldAt(decisions, 'item')).toMatchObject({ widget: 'relation', value_field: 'agenda.*.item' });
    expect(fieldAt(decisions, 'wards')).toMatchObject({ widget: 'list' });
    expect(fieldAt(decisions, 'exempt.paragraphs')).toMatchObject({
      widget: 'list',
      field: { widget: 'number', value_type: 'int', min: 1, max: 7 },
    });
    // An id with no collection behind it in the editor takes only an id's characters.
    expect(fieldAt(decisions, 'spend.fund').pattern?.[0]).toBe(ID_PATTERN.source);
  });

  it('names only fields that exist in REFERENCES', () => {
    const all = new Set(
      Object.entries(collectionSchemas).flatMap(([key, s]) => schemaPaths(s).map((p) => `${key}.${p}`)),
    );
    expect(Object.keys(REFERENCES).filter((p) => !all.has(p))).toEqual([]);
  });

  it('asks for a group’s needed fields only once the group is used', () => {
    const urgency = fieldAt(collection('decisions').fields, 'urgency');
    expect(urgency.required).toBe(false);
    expect(fieldAt(collection('decisions').fields, 'urgency.kind')).toMatchObject({ required: false });
    expect(fieldAt(collection('decisions').fields, 'urgency.kind').hint).toMatch(/Needed when this group is filled in/);
  });

  it('starts a decision with the three statutory headings, and names files by id in year folders', () => {
    const decisions = collection('decisions');
    expect(fieldAt(decisions.fields, BODY_FIELD).default).toBe(
      '## Decision\n\n## Reasons\n\n## Alternative options considered and rejected\n\n',
    );
    expect(decisions.path).toBe('{{made | truncate(4, "")}}/{{slug}}');
    expect(collection('meetings').slug).toBe("{{start | date('YYYY-MM-DD')}}-{{body}}");
    expect(collection('people')).toMatchObject({ extension: 'yaml', format: 'jcb-yaml' });
  });
});

describe('what the editor may write', () => {
  it('is an entry file named by an id in a collection it shows, or a paper under documents/', () => {
    expect(writableProblem('decisions/2023/jcb-2023-009.md')).toBeUndefined();
    expect(writableProblem('people/cllr-new-person.yaml')).toBeUndefined();
    expect(writableProblem('documents/2023-07-12/report.pdf')).toBeUndefined();
    expect(writableProblem('decisions/2023/Carers_Grant.md')).toMatch(/cannot be an id/);
    expect(writableProblem('decisions/_template.md')).toMatch(/_ or a dot/);
    expect(writableProblem('../outside.md')).toMatch(/_ or a dot|inside the content root/);
    expect(writableProblem('site.yaml')).toMatch(/only entries/);
    expect(writableProblem('budgets/test-fund.yaml')).toMatch(/only entries/);
    expect(writableProblem('people/someone.md')).toMatch(/\.yaml/);
  });
});
