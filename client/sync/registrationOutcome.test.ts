import { describe, expect, it } from 'vitest';
import { registrationChangeFrom } from './registrationOutcome';
import { progressOf, privateLink } from './registrations';
import { queued } from '../../tests/support/client/testWriteQueue';
import type { LocalRegistration } from '../store/types';

describe('registrationChangeFrom', () => {
  it('takes the status and manage token from the 201 answer', () => {
    const entry = queued('r1', {
      state: 'sent',
      response: {
        status: 201,
        body: { id: 'r1', status: 'waitlisted', manageToken: 'tok', manageUrl: '/r/r1#tok' },
      },
    });
    expect(registrationChangeFrom(entry)).toEqual({
      status: 'waitlisted',
      manageToken: 'tok',
      problem: undefined,
    });
  });

  it('keeps the problem of a refused registration to show it', () => {
    const problem = {
      code: 'duplicate-registration',
      title: 'Already registered',
      status: 409,
      errors: [],
    };
    const entry = queued('r1', { state: 'refused', response: { status: 409, body: problem } });
    expect(registrationChangeFrom(entry)).toEqual({
      status: 'refused',
      problem: {
        code: 'duplicate-registration',
        title: 'Already registered',
        status: 409,
        errors: [],
        detail: undefined,
      },
    });
  });

  it('ignores an answer without a known status', () => {
    const entry = queued('r1', {
      state: 'sent',
      response: { status: 201, body: { status: 'weird' } },
    });
    expect(registrationChangeFrom(entry)).toBeNull();
  });

  it('says nothing while the entry is still waiting', () => {
    expect(registrationChangeFrom(queued('r1'))).toBeNull();
  });
});

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
