/** Schedule 12A wording for withheld information. */
import { andList } from './text.ts';

const SUBJECTS: Record<number, string> = {
  1: 'information relating to any individual',
  2: 'information which is likely to reveal the identity of an individual',
  3: 'information relating to the financial or business affairs of any particular person (including the authority holding that information)',
  4: 'information relating to consultations or negotiations in connection with labour relations matters',
  5: 'information in respect of which a claim to legal professional privilege could be maintained in legal proceedings',
  6: 'information which reveals that the authority proposes to give a notice, order or direction under an enactment',
  7: 'information relating to action taken in connection with the prevention, investigation or prosecution of crime',
};

/** "Not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972." */
export function exemptWording(paragraphs: number[]): string {
  const ps = [...new Set(paragraphs)].sort((a, b) => a - b);
  return `Not for publication by virtue of paragraph${ps.length > 1 ? 's' : ''} ${andList(ps)} of Part 1 of Schedule 12A to the Local Government Act 1972.`;
}

/** What each paragraph covers, for a reader who asks what it means. */
export function exemptDescription(paragraphs: number[]): string[] {
  return [...new Set(paragraphs)].sort((a, b) => a - b).map((p) => `Paragraph ${p}: ${SUBJECTS[p]}.`);
}
