import { afterEach, describe, expect, it, vi } from 'vitest';
import { queued } from '../../tests/support/client/testWriteQueue';
import { react, setReactions } from './reactions';

afterEach(() => vi.restoreAllMocks());

describe('react', () => {
  it('runs the reaction of a settled write, and not of one still waiting or sending', async () => {
    const seen: string[] = [];
    setReactions({ registration: (write) => void seen.push(write.id) });
    await react(queued('w', { state: 'waiting' }));
    await react(queued('s', { state: 'sending' }));
    await react(queued('ok', { state: 'sent' }));
    await react(queued('no', { state: 'refused' }));
    expect(seen).toEqual(['ok', 'no']);
  });

  it('logs a failing reaction instead of stopping the queue behind it', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    setReactions({
      registration: () => {
        throw new Error('storage full');
      },
    });
    await expect(react(queued('a', { state: 'sent' }))).resolves.toBeUndefined();
    expect(logged).toHaveBeenCalledWith(
      expect.stringContaining('registration reaction failed for a'),
      expect.any(Error),
    );
  });
});
