/** The open data records of bodies and people, and data/index.json, which lists every file. */
import { z } from 'zod';
import { bodyDecides, bodyKind, castingVote, personKind, votingRule } from './values.ts';
import { date, id, url } from './open-data-values.ts';

const membership = {
  role: z.string().describe('Role, e.g. chair'),
  partner: id.nullable().describe('Partner the member represents'),
  voting: z.boolean().describe('Whether the member votes'),
  tags: z.array(z.string()).describe('Tags used in quorum rules, e.g. clinician'),
  from: date.nullable(),
  until: date.nullable(),
  current: z.boolean().describe('Whether the membership is current at the build date'),
};

export const bodyRecord = z.strictObject({
  id: id.describe('Id of the body'),
  url: url.describe('Address of the body page'),
  name: z.string().describe('Name'),
  kind: bodyKind.describe('Kind of body'),
  partners: z.array(id).describe('Ids of the partners in it (see partners in index.json)'),
  parent: id.nullable().describe('Id of the body it reports to'),
  children: z.array(id).describe('Ids of its sub-committees'),
  from: date.nullable().describe('Date established'),
  until: date.nullable().describe('Date ended'),
  meetsInPublic: z.boolean().describe('Whether it meets in public'),
  decides: bodyDecides.describe('Whether it decides under delegated authority or advises the partners'),
  voting: votingRule.describe('How it decides'),
  castingVote: castingVote.describe('Who has a casting vote'),
  quorum: z
    .array(
      z.strictObject({
        min: z.number().int(),
        partner: id.nullable(),
        tag: z.string().nullable(),
        voting: z.boolean(),
      }),
    )
    .describe('Quorum conditions, all of which must hold'),
  members: z.array(z.strictObject({ person: id, ...membership })).describe('Memberships, past and present'),
  delegations: z
    .array(
      z.strictObject({
        id: id.describe('Id of the power, named by decisions taken under it'),
        power: z.string().describe('The power delegated'),
        holder: id.describe('Id of the officer or member who holds it (see people.json)'),
        from: date.nullable(),
        until: date.nullable(),
        source: z.string().nullable().describe('Where the delegation is written down'),
        current: z.boolean().describe('Whether it is in force at the build date'),
        decisions: z.array(id).describe('Ids of the published decisions taken under it'),
      }),
    )
    .describe('Powers the body has delegated to officers or members'),
});

export const personRecord = z.strictObject({
  id: id.describe('Id of the person'),
  url: url.describe('Address of the person page'),
  name: z.string().describe('Name'),
  partner: id.nullable().describe('Partner organisation'),
  title: z.string().nullable().describe('Job or portfolio title'),
  party: z.string().nullable().describe('Political party'),
  memberships: z.array(z.strictObject({ body: id, ...membership })).describe('Memberships of bodies, past and present'),
  kind: personKind.describe('Member (councillor or board member) or officer'),
  ward: z.string().nullable().describe('Ward the member represents'),
});

export const dataFileRecord = z.strictObject({
  path: z.string().describe('Path from the site address'),
  url: url.describe('Address of the file'),
  title: z.string().describe('What the file holds'),
  format: z.enum(['JSON', 'CSV', 'JSON Schema', 'iCalendar', 'RSS']).describe('File format'),
  mediaType: z.string().describe('Media type'),
  records: z.number().int().nullable().describe('Number of records (rows, entries or events), where counted'),
  schema: url.nullable().describe('Address of the JSON Schema describing the records'),
});

export const dataIndex = z.strictObject({
  title: z.string().describe('Title of the site'),
  url: url.describe('Address of the site'),
  buildDate: date.describe('Date at which the data is correct'),
  licence: z.string().describe('Licence identifier, e.g. OGL-UK-3.0'),
  licenceUrl: url.nullable().describe('Address of the licence text'),
  timezone: z.string().describe('Time zone of local times'),
  partners: z
    .array(z.strictObject({ id, name: z.string(), kind: z.string(), from: date.nullable(), until: date.nullable() }))
    .describe('Partner organisations'),
  files: z.array(dataFileRecord).describe('Every data file, calendar and feed'),
});
