// What the server's answer to a queued registration changes in the phone's own copy.
import { describe, expect, it } from 'vitest';
import { registrationChangeFrom } from './registrationOutcome';
import { queued } from '../../../tests/support/client/testWriteQueue';

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
