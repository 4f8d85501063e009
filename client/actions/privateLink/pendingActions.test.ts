// What a private link's queued changes mean on screen: edits pending, answers taken in, reports.
import { describe, expect, it } from 'vitest';
import { actionToReport, actionsOf, adoptAnswers, withPendingEdits } from './pendingActions';
import { entry, registration, REG_ID } from '../../../tests/support/client/testRegistration';

const cancelEntry = (id: string, seq: number, state: 'waiting' | 'sent' = 'waiting') =>
  entry({
    id,
    seq,
    state,
    kind: 'registration-cancel',
    method: 'POST',
    url: `/api/registrations/${REG_ID}/cancel`,
  });

describe("a registration's queued actions", () => {
  it('keeps only this registration’s edits and cancellation, oldest first', () => {
    const other = entry({ id: 'x', seq: 1, url: '/api/registrations/other' });
    const signup = entry({
      id: REG_ID,
      seq: 2,
      kind: 'registration',
      method: 'POST',
      url: '/api/meetings/m/registrations',
    });
    const actions = actionsOf(REG_ID, [
      cancelEntry('c', 4),
      entry({ id: 'e', seq: 3 }),
      other,
      signup,
    ]);
    expect(actions.map((a) => [a.kind, a.entry.id])).toEqual([
      ['edit', 'e'],
      ['cancel', 'c'],
    ]);
  });

  it('shows an edit waiting to be sent at once, and a waiting cancellation', () => {
    const actions = actionsOf(REG_ID, [
      entry({ id: 'e', seq: 1, body: { organization: 'جمعية النور' } }),
      cancelEntry('c', 2),
    ]);
    const shown = withPendingEdits(registration(), actions);
    expect(shown.registration.organization).toBe('جمعية النور');
    expect(shown.cancelPending).toBe(true);
  });

  it('takes in the answer of a sent action once, the last one winning', () => {
    const edited = registration({ organization: 'جمعية النور' });
    const cancelled = registration({ organization: 'جمعية النور', status: 'cancelled' });
    const actions = actionsOf(REG_ID, [
      entry({ id: 'e', seq: 1, state: 'sent', response: { status: 200, body: edited } }),
      { ...cancelEntry('c', 2, 'sent'), response: { status: 200, body: cancelled } },
    ]);
    const adopted = adoptAnswers({ registration: registration(), applied: [] }, actions);
    expect(adopted?.registration.status).toBe('cancelled');
    expect(adopted?.applied.sort()).toEqual(['c', 'e']);
    expect(adoptAnswers(adopted!, actions)).toBeNull();
  });

  it('does not let an answer older than the copy overwrite it', () => {
    const old = registration({ organization: 'قديم' });
    const actions = actionsOf(REG_ID, [
      entry({ id: 'e', seq: 1, state: 'sent', response: { status: 200, body: old } }),
    ]);
    expect(adoptAnswers({ registration: registration(), applied: ['e'] }, actions)).toBeNull();
  });

  it('reports a refusal until it is dismissed, and a "sent" only if the page saw it wait', () => {
    const refused = entry({ id: 'r', seq: 1, state: 'refused' });
    const sent = entry({ id: 's', seq: 2, state: 'sent' });
    expect(actionToReport(actionsOf(REG_ID, [refused, sent]), new Set())?.entry.id).toBe('r');
    expect(actionToReport(actionsOf(REG_ID, [sent]), new Set())).toBeUndefined();
    expect(actionToReport(actionsOf(REG_ID, [sent]), new Set(['s']))?.entry.id).toBe('s');
  });
});
