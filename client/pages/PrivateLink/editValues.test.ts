import { describe, expect, it } from 'vitest';
import { checkEdit, valuesFrom } from './editValues';
import { registration } from '../../../tests/support/client/testRegistration';

const CANNOT_CLEAR = 'cannot clear';
const check = (changes: Partial<ReturnType<typeof valuesFrom>>, base = registration()) =>
  checkEdit(base, { ...valuesFrom(base), ...changes }, 'ar', CANNOT_CLEAR);

describe('the private link edit form', () => {
  it('sends only what the person changed', () => {
    const result = check({ organization: 'جمعية النور', photoConsent: true });
    expect(result).toMatchObject({
      ok: true,
      changed: true,
      patch: { organization: 'جمعية النور', photoConsent: true },
    });
    if (result.ok)
      expect(Object.keys(result.patch).sort()).toEqual(['organization', 'photoConsent']);
  });

  it('says nothing changed when the values are the ones the server has', () => {
    expect(check({})).toMatchObject({ ok: true, changed: false, patch: {} });
  });

  it('refuses an empty name, in Arabic, with the shared schema', () => {
    const result = check({ fullName: '  ' });
    expect(result.ok).toBe(false);
    expect(result.errors.fullName).toMatch(/[\u0600-\u06FF]/);
  });

  it('asks for an e-mail or a phone number', () => {
    const result = check({ email: '', phone: '' });
    expect(result.ok).toBe(false);
    expect(result.errors.email).toBeTruthy();
  });

  it('says an e-mail cannot be emptied here (the API would keep the old one)', () => {
    const result = check({ email: '', phone: '0612345678' });
    expect(result).toMatchObject({ ok: false, errors: { email: CANNOT_CLEAR } });
  });

  it('lets an organization be emptied', () => {
    expect(check({ organization: '' })).toMatchObject({ ok: true, patch: { organization: '' } });
  });

  it('sends the phone number as the server stores it', () => {
    const result = check({ phone: '06 12 34 56 78' });
    expect(result.ok && result.patch.phone).toBe('+212612345678');
  });
});
