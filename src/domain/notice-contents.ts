/**
 * What a notice of a key decision must say besides the matter, the decision maker and the date
 * (SI 2012/2089 reg 9(1)(e) to (h)): (e) a list of the documents submitted to the decision maker,
 * (f) the address from which copies of, or extracts from, them are available, (g) that other
 * documents relevant to the matter may be submitted, and (h) the procedure for requesting details
 * of those documents as they become available.
 */

/** Point (g), in the words every notice uses. */
export const OTHER_DOCUMENTS_MAY_BE_SUBMITTED =
  'Other documents relevant to the matter may be submitted to the decision maker.';

export interface NoticeContentsInput {
  kind: 'key-decision' | 'private-meeting';
  documents: readonly unknown[];
  documentsFrom?: string;
  otherDocuments?: string;
}

export interface SiteNoticeDefaults {
  documentsFrom?: string;
  otherDocuments?: string;
  contact?: { email?: string; phone?: string };
}

export interface NoticeContents {
  /** Whether reg 9(1) applies: a notice of a key decision (a reg 5 private-meeting notice needs none of this). */
  applies: boolean;
  /** (e) how many documents the notice lists. */
  documentsListed: number;
  /** (f) the address: the entry's documentsFrom, else site.yaml's. */
  documentsFrom?: string;
  /** (g) always said. */
  otherDocumentsMayBeSubmitted: string;
  /** (h) the entry's otherDocuments, else site.yaml's, else a sentence made from the address and the site's contact. */
  otherDocuments: string;
  /** What a notice that applies lacks: no documents listed, no address. */
  missing: ('documents' | 'documentsFrom')[];
  /** True when nothing is missing (always, for a notice reg 9 does not govern). */
  complete: boolean;
}

/**
 * (h) when the publisher has not written it: "To ask for details of other documents as they
 * become available, write to Democratic Services, Civic Centre, Southampton, email … or telephone …."
 */
export function otherDocumentsSentence(address: string | undefined, contact: SiteNoticeDefaults['contact']): string {
  const ways = [
    address && `write to ${address.replace(/[.\s]+$/, '')}`,
    contact?.email && `email ${contact.email}`,
    contact?.phone && `telephone ${contact.phone}`,
  ].filter((w): w is string => Boolean(w));
  if (ways.length === 0)
    return 'To ask for details of other documents as they become available, contact the decision maker.';
  const last = ways.pop()!;
  return `To ask for details of other documents as they become available, ${ways.length ? `${ways.join(', ')} or ${last}` : last}.`;
}

/** The reg 9(1)(e) to (h) contents of a notice, with the site's defaults applied. */
export function noticeContents(entry: NoticeContentsInput, site: SiteNoticeDefaults): NoticeContents {
  const applies = entry.kind === 'key-decision';
  const documentsFrom = entry.documentsFrom ?? site.documentsFrom;
  const missing: NoticeContents['missing'] = [];
  if (applies && entry.documents.length === 0) missing.push('documents');
  if (applies && !documentsFrom) missing.push('documentsFrom');
  return {
    applies,
    documentsListed: entry.documents.length,
    documentsFrom,
    otherDocumentsMayBeSubmitted: OTHER_DOCUMENTS_MAY_BE_SUBMITTED,
    otherDocuments: entry.otherDocuments ?? site.otherDocuments ?? otherDocumentsSentence(documentsFrom, site.contact),
    missing,
    complete: missing.length === 0,
  };
}
