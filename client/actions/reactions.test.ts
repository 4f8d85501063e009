import { afterEach, describe, expect, it, vi } from 'vitest';
import { queued } from '../../tests/support/client/testWriteQueue';
import { WRITE_KINDS, type WriteKind } from '../store/types';
import { react } from '../sync/reactions';
import { installReactions } from './reactions';

vi.mock('./registration/registrationOutcome', () => ({
  applyRegistrationOutcome: async () => undefined,
}));

afterEach(() => vi.restoreAllMocks());

describe('installReactions', () => {
  it('gives every kind of queued write a reaction', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    installReactions();
    for (const kind of WRITE_KINDS) await react(queued(kind, { kind, state: 'sent' }));
    expect(logged).not.toHaveBeenCalled();
  });

  it('reports a kind it does not know (a write queued by a newer version)', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    installReactions();
    await react(queued('x', { kind: 'survey' as WriteKind, state: 'sent' }));
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('no reaction for survey'));
  });
});
