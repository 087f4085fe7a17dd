import { z } from 'zod';
import { civilDate, entryId, rulesSchema, heading, webAddress } from './common.ts';

/** One partner organisation of the Section 75 agreement. */
export const partnerSchema = z.strictObject({
  /** Id used everywhere else, e.g. in budget table columns. */
  id: entryId,
  /** Full name, e.g. "Southampton City Council". */
  name: heading('partner name'),
  /** Short name for tables, e.g. "SCC". */
  short: z.string().min(1).optional(),
  kind: z.enum(['local-authority', 'nhs-commissioner', 'nhs-england', 'other']),
  /** First day of the partnership. */
  from: civilDate.optional(),
  /** Last day of the partnership. */
  until: civilDate.optional(),
});

/** The accessibility statement's settings: what a person adds to what the site's checks find. */
export const accessibilitySchema = z.strictObject(
  {
    /** When a person first prepared the statement. */
    prepared: civilDate.optional(),
    /** When a person last reviewed it. */
    reviewed: civilDate.optional(),
    /** How a person tested the site, in a sentence or two, e.g. "with a keyboard and NVDA on 10 pages". */
    tested: z
      .string({ error: 'expected how the site was tested, as text' })
      .trim()
      .min(1, { error: 'expected how the site was tested, not an empty text' })
      .optional(),
    /** Working days in which a request for an accessible copy is answered; 10 when not given. */
    responseDays: z
      .number({ error: 'expected a number of working days, e.g. 10' })
      .int({ error: 'expected a whole number of working days, e.g. 10' })
      .min(1, { error: 'expected at least 1 working day' })
      .max(60, { error: 'expected at most 60 working days' })
      .default(10),
    /** Problems a person knows of that the checks do not find, one sentence each. */
    issues: z
      .array(
        z
          .string({ error: 'expected each problem as a sentence of text' })
          .trim()
          .min(1, { error: 'expected each problem as a sentence, not an empty text' }),
        { error: 'expected a list of problems, one sentence each' },
      )
      .default([]),
  },
  { error: 'expected a set of fields: prepared, reviewed, tested, responseDays, issues (all optional)' },
);

/** site.yaml: the publication's settings. */
export const siteSchema = z.strictObject({
  title: heading('site title'),
  description: z.string().optional(),
  /** Canonical address; its path is the base path. */
  url: z.url({ protocol: /^https?$/, error: 'expected the full address of the site, e.g. https://example.org/jcb/' }),
  timezone: z
    .literal('Europe/London', { error: 'expected Europe/London (the only time zone the rules are written for)' })
    .default('Europe/London'),
  licence: z.string().default('OGL-UK-3.0'),
  contact: z
    .strictObject({
      email: z.email().optional(),
      phone: z.string().optional(),
      address: z.string().optional(),
      /** The address of an online contact form, where there is one. */
      form: webAddress.optional(),
    })
    .optional(),
  /** Banner shown on every page. */
  notice: z.string().optional(),
  contentRepository: z.enum(['private', 'public']).default('private'),
  /**
   * MDX pages are compiled and run as code when the site is built: whoever can edit the
   * content can then read any file on the build machine and publish it. Off unless true.
   */
  allowMdx: z.boolean().default(false),
  partners: z
    .array(partnerSchema, { error: 'expected a list of partners' })
    .min(1, { error: 'expected at least one partner' }),
  rules: rulesSchema.default({}),
  /** Where copies of documents listed on key decision notices are available (reg 9(1)(f)), unless an entry says. */
  documentsFrom: z.string().trim().min(1).optional(),
  /** How to ask for details of other documents submitted to a decision maker (reg 9(1)(h)), unless an entry says. */
  otherDocuments: z.string().trim().min(1).optional(),
  /** The accessibility statement (accessibility/): dates, testing and known problems. */
  accessibility: accessibilitySchema.default({ responseDays: 10, issues: [] }),
  /** How to inspect background papers that are not published (s.100D); default: the contact details. */
  backgroundPapers: z
    .strictObject({
      inspection: z
        .string({ error: 'expected how to inspect background papers, as text' })
        .trim()
        .min(1, { error: 'expected how to inspect background papers, in a sentence' }),
    })
    .optional(),
});

export type Site = z.infer<typeof siteSchema>;
export type Partner = z.infer<typeof partnerSchema>;
export type AccessibilitySettings = z.infer<typeof accessibilitySchema>;
