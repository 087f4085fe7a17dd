/** Forward-plan entries: decision maker, meeting, papers and what a key decision notice must say. */
import { noticeContents } from '../notice-contents.ts';
import { type Checker, words } from './context.ts';

export function checkForwardPlan(k: Checker): void {
  const site = k.c.site.data;
  for (const f of k.c.forwardPlan) {
    k.ref(f, 'decisionMaker', f.data.decisionMaker, k.maker, 'a body or a person');
    k.ref(f, 'meeting', f.data.meeting, k.meetingIds, 'a meeting');
    k.docs(f, 'documents', f.data.documents);
    k.noDraft(f);
    // A draft is in no output, so it may wait for its papers; it is checked when it is published.
    if (f.data.draft) continue;
    const contents = noticeContents(f.data, site);
    if (contents.missing.includes('documents'))
      k.add(
        f,
        'documents',
        words('no documents listed on a notice of a key decision'),
        'the documents to be submitted to the decision maker (SI 2012/2089 reg 9(1)(e)), e.g. documents: [{ title: Report of the Director of Integrated Commissioning }]; a title is enough until the file is published',
      );
    if (contents.missing.includes('documentsFrom'))
      k.add(
        f,
        'documentsFrom',
        words('no address here or in site.yaml'),
        'the address from which copies of the listed documents are available (reg 9(1)(f)), as documentsFrom on the entry or in site.yaml, e.g. documentsFrom: Democratic Services, Civic Centre, Southampton SO14 7LY',
      );
  }
}
