// Which address a refused registration's "get my link" asks for.
import { describe, expect, it } from 'vitest';
import { contactOfAttempt } from './recoverMyLink';

describe('the address of a refused attempt', () => {
  it('is its e-mail when it had one, else its phone', () => {
    expect(contactOfAttempt({ email: 'a@example.ma', phone: '+212612345678' })).toEqual({
      email: 'a@example.ma',
    });
    expect(contactOfAttempt({ phone: '+212612345678' })).toEqual({ phone: '+212612345678' });
  });

  it('is unknown once the attempt is gone from the phone', () => {
    expect(contactOfAttempt(undefined)).toBeNull();
    expect(contactOfAttempt({ email: '', phone: '' })).toBeNull();
  });
});
