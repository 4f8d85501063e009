import { describe, expect, it } from 'vitest';
import { contactsAfter, hasContact } from './contact';

describe('a registration keeps an e-mail or a phone', () => {
  it('is satisfied by either, and by neither blank', () => {
    expect(hasContact({ email: 'a@b.ma' })).toBe(true);
    expect(hasContact({ phone: '+212612345678', email: null })).toBe(true);
    expect(hasContact({ email: '  ', phone: '' })).toBe(false);
    expect(hasContact({})).toBe(false);
  });
  it('judges an edit by what the registration holds once it is applied', () => {
    const held = { email: 'a@b.ma', phone: null };
    expect(hasContact(contactsAfter(held, { phone: '+212612345678' }))).toBe(true);
    expect(hasContact(contactsAfter(held, { email: null }))).toBe(false);
    expect(hasContact(contactsAfter(held, { email: null, phone: '+212612345678' }))).toBe(true);
  });
});
