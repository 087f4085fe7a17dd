// Call-in status at the build date, from the model, for each case the rules name.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkContentRoot } from '../../src/publication/load.ts';
import { buildPublicModel } from '../../src/publication/model.ts';
import type { Content } from '../../src/domain/content.ts';

const base = checkContentRoot(join(import.meta.dirname, '..', 'fixtures', 'minimal')).content as Content;
const clone = (): Content =>
  ({
    ...structuredClone({ ...base, documents: undefined, tables: undefined }),
    documents: base.documents,
    tables: base.tables,
  }) as Content;
// jcb-2023-002 is a non-key decision of the board, published Thursday 11 May 2023.
const status = (c: Content, buildDate: string, id = 'jcb-2023-002') =>
  buildPublicModel(c, { buildDate }).decisions.find((d) => d.id === id)!.callIn;

describe('call-in status', () => {
  it('is open up to and including the last day, then closed', () => {
    expect(status(clone(), '2023-05-18')).toMatchObject({ status: 'open', window: { lastDay: '2023-05-18' } });
    expect(status(clone(), '2023-05-19').status).toBe('closed');
  });
  it('is not applicable when the record says so', () => {
    const c = clone();
    c.decisions.find((d) => d.id === 'jcb-2023-002')!.data.callIn = { applies: false };
    expect(status(c, '2023-05-12')).toMatchObject({ applies: false, status: 'not-applicable' });
  });
  it('is not applicable to an outcome that decided nothing', () => {
    const c = clone();
    c.decisions.find((d) => d.id === 'jcb-2023-002')!.data.outcome = 'deferred';
    expect(status(c, '2023-05-12').status).toBe('not-applicable');
  });
  it('is not applicable to a non-key decision where only key decisions can be called in', () => {
    const c = clone();
    c.site.data.rules = { callIn: { appliesTo: 'key' } };
    expect(status(c, '2023-05-12').status).toBe('not-applicable');
  });
  it('is not applicable to a body with no council among its partners', () => {
    const c = clone();
    const board = c.bodies[0].data;
    board.partners = ['test-icb'];
    board.members = board.members.filter((m) => m.partner === 'test-icb');
    board.quorum = board.quorum.filter((q) => q.partner === 'test-icb');
    expect(status(c, '2023-05-12')).toMatchObject({ status: 'not-applicable', reason: expect.stringContaining('NHS') });
  });
  it('is exempt under urgency the constitution exempts, with the reason and who agreed', () => {
    const c = clone();
    c.decisions.find((d) => d.id === 'jcb-2023-002')!.data.urgency = {
      kind: 'special-urgency',
      agreedBy: 'Chair of Scrutiny',
      agreed: '2023-05-09',
      reason: 'The grant ends.',
      callInExempt: true,
    };
    expect(status(c, '2023-05-12')).toMatchObject({
      status: 'exempt',
      reason: 'The grant ends. Agreed by Chair of Scrutiny on Tuesday 9 May 2023.',
    });
  });
  it('is called in with what scrutiny did and when', () => {
    const c = clone();
    c.decisions.find((d) => d.id === 'jcb-2023-002')!.data.callIn = {
      calledIn: '2023-05-15',
      outcome: 'no-further-action',
      outcomeDate: '2023-05-25',
    };
    expect(status(c, '2023-06-01')).toMatchObject({
      status: 'called-in',
      calledIn: '2023-05-15',
      outcome: 'no-further-action',
      outcomeDate: '2023-05-25',
    });
  });
  it('follows a body override of the site rule', () => {
    const c = clone();
    c.bodies[0].data.rules = { callIn: { workingDays: 3 } };
    expect(status(c, '2023-05-12').window!.lastDay).toBe('2023-05-16');
  });
});

describe('agenda notice', () => {
  const agenda = (c: Content) =>
    buildPublicModel(c, { buildDate: '2023-06-01' }).meetings.find((m) => m.id === '2023-05-10-test-board')!
      .agendaNotice;
  it('counts 5 clear working days by default, across the Early May bank holiday and the Coronation', () => {
    expect(agenda(clone())).toMatchObject({
      published: '2023-04-28',
      clearDays: 5,
      required: 5,
      count: 'working',
      met: true,
    });
  });
  it('follows a body that sets 3 clear days (an NHS body under the 1960 Act)', () => {
    const c = clone();
    c.bodies[0].data.rules = { agendaPublication: { clearDays: 3, count: 'calendar' } };
    expect(agenda(c)).toMatchObject({ clearDays: 11, required: 3, count: 'calendar', met: true });
  });
});
