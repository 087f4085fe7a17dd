/**
 * The kinds of finding the paper check makes. A person who has reviewed a paper names the
 * kinds they found safe in its `reviewed:` acknowledgement (see docs/content-format.md).
 */
export const FINDING_KINDS = {
  'tracked-changes': 'tracked insertions, deletions or moves not yet accepted (Word, OpenDocument)',
  comments: 'comments, or notes on cells (Word, Excel, OpenDocument)',
  'hidden-text': 'hidden text, paragraphs or sections (Word, OpenDocument)',
  'embedded-objects': 'objects embedded in a Word or OpenDocument file',
  'hidden-sheets': 'hidden or very hidden sheets (Excel, OpenDocument)',
  'hidden-rows-columns': 'hidden rows or columns that hold values (Excel, OpenDocument)',
  'external-links': 'links to other workbooks (Excel)',
  'covered-text': 'text under a box drawn over it (PDF)',
  'redaction-marks': 'redaction marks not yet applied (PDF)',
  'embedded-files': 'files attached to a PDF',
  javascript: 'JavaScript in a PDF',
  'earlier-versions': 'earlier versions kept by incremental saves, holding words the final one does not (PDF)',
  password: 'a password needed to open the file (PDF)',
  unreadable: 'a file the check cannot read',
  'nhs-numbers': 'NHS numbers (ten digits that pass the modulus 11 check) in the visible text',
  'ni-numbers': 'National Insurance numbers in the visible text',
  'old-format': 'an old binary Office format (.doc, .xls, .ppt) that cannot be checked',
} as const;

export type FindingKind = keyof typeof FINDING_KINDS;

export interface PaperFinding {
  kind: FindingKind;
  /** What was found and where: "2 tracked deletions (paragraphs 3 and 5)". */
  found: string;
  /** How to fix it, in the words of the program the clerk has. */
  fix: string;
}

/** A part of a paper's visible text and where it is: "page 2", "sheet \"Budget\", cell B4". */
export interface TextPart {
  where: string;
  text: string;
}
