/**
 * Building blocks shared by the collection schemas. Pure zod: imported by
 * content.config.ts, the validate script and the tests alike.
 */
import { z } from 'zod';
import { FINDING_KINDS, type FindingKind } from '../papers/findings.ts';
import { clearDayCount } from './values.ts';
import './messages.ts';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** True when y-m-d names a day that exists in the proleptic Gregorian calendar. */
export function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= days[m - 1];
}

/** A YAML parser may hand us a Date at UTC midnight: read its UTC parts back. */
function dateToCivil(v: unknown): unknown {
  if (v instanceof Date && !Number.isNaN(v.getTime())) {
    return `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}`;
  }
  return v;
}

function dateToLocalDateTime(v: unknown): unknown {
  if (v instanceof Date && !Number.isNaN(v.getTime())) {
    return `${dateToCivil(v) as string}T${pad(v.getUTCHours())}:${pad(v.getUTCMinutes())}`;
  }
  return v;
}

/** A civil date, `YYYY-MM-DD`, that exists in the calendar. */
export const civilDate = z.preprocess(
  dateToCivil,
  z.string({ error: 'expected a date written YYYY-MM-DD' }).superRefine((s, ctx) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) ctx.addIssue({ code: 'custom', message: 'expected a date written YYYY-MM-DD' });
    else if (!isRealDate(+s.slice(0, 4), +s.slice(5, 7), +s.slice(8, 10)))
      ctx.addIssue({ code: 'custom', message: 'expected a real calendar date (check the day and month)' });
  }),
);

/** What is wrong with a local date-time string, or undefined when it is valid. */
export function localDateTimeProblem(s: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:00)?$/.test(s))
    return 'expected a local date and time written YYYY-MM-DDTHH:MM, without an offset';
  if (!isRealDate(+s.slice(0, 4), +s.slice(5, 7), +s.slice(8, 10)))
    return 'expected a real calendar date (check the day and month)';
  if (+s.slice(11, 13) > 23 || +s.slice(14, 16) > 59) return 'expected a time from 00:00 to 23:59';
  return undefined;
}

/** A local date-time in the site's time zone, `YYYY-MM-DDTHH:MM`, no offset. */
export const localDateTime = z.preprocess(
  dateToLocalDateTime,
  z
    .string({ error: 'expected a local date and time written YYYY-MM-DDTHH:MM' })
    .superRefine((s, ctx) => {
      const problem = localDateTimeProblem(s);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .transform((s) => s.slice(0, 16)),
);

/** A time of day, `HH:MM`. */
export const timeOfDay = z
  .string({ error: 'expected a time written HH:MM' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'expected a time from 00:00 to 23:59 written HH:MM' });

/** Longest title or name: it is shown in lists, headings, feeds and calendar entries. */
export const MAX_HEADING_CHARS = 300;

/** A title or a name: one line of text, not empty, at most MAX_HEADING_CHARS characters. */
export const heading = (what: string) =>
  z
    .string({ error: `expected the ${what} as text` })
    .min(1, { error: `expected the ${what}, not an empty text` })
    .max(MAX_HEADING_CHARS, {
      error: `expected the ${what} in at most ${MAX_HEADING_CHARS} characters (put the detail in a summary, the body or a paper)`,
    });

/** A web address a resident can follow: http or https only (never javascript: or data:). */
export const webAddress = z.url({ protocol: /^https?$/, error: 'expected a web address starting https:// or http://' });

export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * An entry id: lower-case letters, digits and single hyphens. An id of digits alone written
 * without quotes (`decisions: [1241]`) reaches here as the number YAML read; a whole number is
 * taken as the id of its digits. The reader refuses, before this, a number whose digits were not
 * written so (`012`, `1e3`: see domain/number-ids.ts), so 012 never passes as "12".
 */
export const entryId = z.preprocess(
  (v) => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && !Object.is(v, -0) ? String(v) : v),
  z
    .string({ error: 'expected an id (lower-case letters, digits and hyphens)' })
    .regex(ID_PATTERN, { error: 'expected an id of lower-case letters, digits and hyphens' }),
);

/** Longest council reference: a key decision or forward plan number, not a sentence. */
export const MAX_REFERENCE_CHARS = 40;

/**
 * The council's own reference for a matter (a key decision or forward plan number such as
 * 1241, KD 2013/41 or FP/2013/1241), distinct from the file's id. A number typed without
 * quotes is read as its text, so `reference: 1241` is "1241".
 */
export const councilReference = z.preprocess(
  (v) => (typeof v === 'number' && Number.isFinite(v) ? String(v) : v),
  z
    .string({ error: "expected the council's reference as text, e.g. 1241 or KD 2013/41" })
    .trim()
    .min(1, { error: "expected the council's reference, not an empty text (leave the field out if there is none)" })
    .max(MAX_REFERENCE_CHARS, {
      error: `expected the council's reference in at most ${MAX_REFERENCE_CHARS} characters, e.g. KD 2013/41`,
    })
    .regex(/^[^\r\n]*$/, { error: "expected the council's reference on one line" }),
);

/** Schedule 12A, Part 1 paragraphs. */
export const exemptParagraphs = z
  .array(
    z
      .number({ error: 'expected a paragraph number from 1 to 7 of Schedule 12A' })
      .int({ error: 'expected a whole paragraph number from 1 to 7' })
      .min(1, { error: 'expected a paragraph number from 1 to 7 of Schedule 12A' })
      .max(7, { error: 'expected a paragraph number from 1 to 7 of Schedule 12A' }),
    { error: 'expected a list of paragraph numbers, e.g. [3]' },
  )
  .min(1, { error: 'expected at least one paragraph number, e.g. [3]' });

const findingKinds = Object.keys(FINDING_KINDS) as [FindingKind, ...FindingKind[]];

/**
 * A person's review of what the paper check found in a file: the file's SHA-256 when it was
 * reviewed (a changed file needs review again), the kinds of finding judged safe, who reviewed
 * it, when, and why it is safe to publish.
 */
export const paperReview = z.strictObject({
  sha256: z
    .string({ error: 'expected the SHA-256 of the file reviewed, 64 hexadecimal characters' })
    .regex(/^[0-9a-f]{64}$/, {
      error: 'expected the SHA-256 of the file reviewed, 64 lower-case hexadecimal characters',
    }),
  findings: z
    .array(z.enum(findingKinds, { error: `expected kinds of finding, each one of ${findingKinds.join(', ')}` }), {
      error: 'expected a list of the kinds of finding reviewed, e.g. [hidden-sheets]',
    })
    .min(1, { error: 'expected at least one kind of finding, e.g. [hidden-sheets]' }),
  by: heading('name and role of the person who reviewed it'),
  date: civilDate,
  reason: z
    .string({ error: 'expected the reason the findings are safe to publish' })
    .trim()
    .min(10, { error: 'expected the reason the findings are safe to publish, in a sentence' }),
});

/** Path of a paper's file from the content root, under documents/. */
const documentFile = z
  .string({ error: 'expected a path such as documents/2026-11-12/report.pdf' })
  .regex(/^documents\/[^\s].*[^/]$/, {
    error: 'expected a path under documents/, e.g. documents/2026-11-12/report.pdf',
  });

/**
 * A document: a published file under documents/, or a withheld (exempt) paper with no file.
 * `listed` documents may also be named only by title: the papers a key decision notice lists
 * before they are published (SI 2012/2089 reg 9(1)(e)), available from its documentsFrom address.
 */
const documentRefOf = (listed: boolean) =>
  z
    .strictObject({
      /** What the paper is, e.g. "Report" or "Appendix 2: provider prices". */
      title: heading('document title'),
      /** Path of the file from the content root, under documents/. */
      file: z
        .string({ error: 'expected a path such as documents/2026-11-12/report.pdf' })
        .regex(/^documents\/[^\s].*[^/]$/, {
          error: 'expected a path under documents/, e.g. documents/2026-11-12/report.pdf',
        })
        .optional(),
      /** Withheld under Schedule 12A: names no file. */
      exempt: z.strictObject({ paragraphs: exemptParagraphs }).optional(),
      /** What the paper check found and a person judged safe to publish. */
      reviewed: paperReview.optional(),
    })
    .superRefine((d, ctx) => {
      if (d.exempt && d.file) {
        ctx.addIssue({
          code: 'custom',
          path: ['file'],
          message: 'expected no file on an exempt document (withheld papers are named, never published)',
        });
      }
      if (d.exempt && d.reviewed) {
        ctx.addIssue({
          code: 'custom',
          path: ['reviewed'],
          message: 'expected no review on an exempt document (withheld papers are never published or checked)',
        });
      }
      if (!listed && !d.exempt && !d.file) {
        ctx.addIssue({
          code: 'custom',
          path: ['file'],
          message: 'expected a file under documents/, or exempt: { paragraphs: [...] } for a withheld paper',
        });
      }
    });

export const documentRef = documentRefOf(false);
/** A document a notice lists: a published file, a withheld paper, or a title alone (not yet published). */
export const listedDocumentRef = documentRefOf(true);

export const documentList = z.array(documentRef, { error: 'expected a list of documents' }).default([]);
/** The documents a key decision notice lists for the decision maker to consider (reg 9(1)(e)). */
export const listedDocumentList = z.array(listedDocumentRef, { error: 'expected a list of documents' }).default([]);

/**
 * A dispensation from the rules on conflicts of interest: the words the record has always held
 * (`none`), or when it was granted, by whom, and for what.
 */
export const dispensation = z.union(
  [
    z.string().min(1),
    z.strictObject({
      /** The date the dispensation was granted. */
      granted: civilDate,
      /** Who granted it, e.g. "Standards Committee" or "Monitoring Officer". */
      by: heading('body or officer who granted the dispensation'),
      /** What it allows, e.g. "To speak and vote on the contract award". */
      scope: z.string().min(1).optional(),
    }),
  ],
  {
    error:
      'expected text such as none, or for a dispensation granted both the date and who granted it: { granted: YYYY-MM-DD, by: Standards Committee, scope: ... }',
  },
);

/**
 * A background paper of a report (Local Government Act 1972 s.100D): a published file under
 * documents/, a paper with no file that is open to inspection, or an exempt paper, which is
 * named only (s.100D(4) leaves out papers that disclose exempt information).
 */
export const backgroundPaperRef = z
  .strictObject({
    /** What the paper is, e.g. "Care Quality Commission inspection report, June 2023". */
    title: heading('background paper title'),
    /** Path of the file from the content root, under documents/: it is published and linked. */
    file: documentFile.optional(),
    /** Withheld under Schedule 12A: names no file. */
    exempt: z.strictObject({ paragraphs: exemptParagraphs }).optional(),
    /** What the paper check found and a person judged safe to publish. */
    reviewed: paperReview.optional(),
  })
  .superRefine((d, ctx) => {
    if (d.exempt && d.file) {
      ctx.addIssue({
        code: 'custom',
        path: ['file'],
        message:
          'expected no file on an exempt background paper (a paper that discloses exempt information is named, never published)',
      });
    }
    if (d.reviewed && !d.file) {
      ctx.addIssue({
        code: 'custom',
        path: ['reviewed'],
        message: 'expected a review only on a background paper that names a file (the review is of the file)',
      });
    }
  });

/** A report's background papers; absent means none are recorded, [] that the report lists none. */
export const backgroundPaperList = z
  .array(backgroundPaperRef, { error: 'expected a list of background papers' })
  .optional();

/** Where a notice or agenda period is counted in calendar or working days. */
export const clearDaysRule = z.strictObject({
  clearDays: z.number().int().min(0),
  count: clearDayCount,
});

/** The rules a site sets and a body may override, each key optional. */
export const rulesSchema = z.strictObject({
  keyDecisionNotice: clearDaysRule.optional(),
  generalException: clearDaysRule.optional(),
  privateMeetingNotice: clearDaysRule.optional(),
  privateMeetingFurtherNotice: clearDaysRule.optional(),
  agendaPublication: clearDaysRule.optional(),
  decisionRecord: z.strictObject({ workingDays: z.number().int().min(0) }).optional(),
  keyDecisionThreshold: z.number().min(0).optional(),
  callIn: z
    .strictObject({
      workingDays: z.number().int().min(1).optional(),
      countFrom: z.enum(['publication', 'decision']).optional(),
      closesAt: z
        .union([z.literal('end-of-day'), timeOfDay], { error: 'expected end-of-day or a time HH:MM' })
        .optional(),
      implementFrom: z.enum(['expiry', 'next-working-day']).optional(),
      appliesTo: z.enum(['all', 'key']).optional(),
      /** The committee a decision called in goes to, e.g. "Overview and Scrutiny Management Committee". */
      committee: z.string().trim().min(1).optional(),
      /** How many councillors must ask for a decision to be called in. */
      councillors: z.number({ error: 'expected a whole number of councillors, e.g. 2' }).int().min(1).optional(),
    })
    .optional(),
  closureDays: z.array(civilDate).optional(),
  extraBankHolidays: z.array(civilDate).optional(),
});

export type Rules = z.infer<typeof rulesSchema>;
export type DocumentRef = z.infer<typeof listedDocumentRef>;
export type Dispensation = z.infer<typeof dispensation>;
export type BackgroundPaperRef = z.infer<typeof backgroundPaperRef>;
export type PaperReview = z.infer<typeof paperReview>;
