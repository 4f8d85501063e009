// Where a registration made on this phone stands, as the person reads it, and its private link.
import { describe, expect, it } from 'vitest';
import { progressOf, privateLink } from './registrationProgress';
import { queued } from '../../../tests/support/client/testWriteQueue';
import type { LocalRegistration } from '../../store/types';

describe('what the participant sees', () => {
  const record: LocalRegistration = {
    id: 'r1',
    meetingSlug: 'tanger',
    meetingTitle: { ar: 'لقاء' },
    fullName: 'Amina',
    status: 'waiting',
    createdAt: 0,
    updatedAt: 0,
  };

  it('shows "sending" while the write queue sends, then the server status', () => {
    expect(progressOf(record, queued('r1', { state: 'sending' }))).toBe('sending');
    expect(progressOf(record, queued('r1'))).toBe('waiting');
    expect(progressOf({ ...record, status: 'accepted' }, queued('r1', { state: 'sent' }))).toBe(
      'accepted',
    );
  });

  it('puts the manage token after # in the private link, never in the query', () => {
    expect(privateLink({ id: 'r1', manageToken: 'abc' })).toBe('/r/r1#abc');
    expect(privateLink({ id: 'r1' })).toBeNull();
  });
});
