// Which queued support request the screen follows: this registration's latest one.
import { describe, expect, it } from 'vitest';
import { queued } from '../../../tests/support/client/testWriteQueue';
import { supportUrl } from '../../api/support';
import { latestSupportEntry } from './followMyRequest';

const MINE = '6c1f4e0a-1b7d-4a55-9f38-2d0c9e7b5a11';
const OTHER = '9a2e7c14-5d3b-4f60-8e21-7b4c0d9f6e22';

describe('my support request', () => {
  it('is the latest one queued for this registration, refused or not', () => {
    const first = queued('first', { kind: 'support', url: supportUrl(MINE), state: 'refused' });
    const second = queued('second', { kind: 'support', url: supportUrl(MINE) });
    expect(latestSupportEntry(MINE, [second, first])?.id).toBe('second');
  });

  it('is none of another registration’s requests nor another kind of write to it', () => {
    const theirs = queued('theirs', { kind: 'support', url: supportUrl(OTHER) });
    const edit = queued('edit', { kind: 'registration-edit', url: supportUrl(MINE) });
    expect(latestSupportEntry(MINE, [theirs, edit])).toBeUndefined();
  });
});
