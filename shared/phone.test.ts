import { describe, it, expect } from 'vitest';
import { normalizePhone } from './phone';

describe('phone numbers to E.164', () => {
  it('reads a Moroccan mobile in national form', () => {
    expect(normalizePhone('06 12 34 56 78')).toBe('+212612345678');
    expect(normalizePhone('0712-345678')).toBe('+212712345678');
  });
  it('reads Moroccan numbers in international forms', () => {
    expect(normalizePhone('+212 6 12 34 56 78')).toBe('+212612345678');
    expect(normalizePhone('00212612345678')).toBe('+212612345678');
    expect(normalizePhone('+212 (0)6 12 34 56 78')).toBe('+212612345678');
  });
  it('keeps foreign numbers given in international form', () => {
    expect(normalizePhone('+33 6 12 34 56 78')).toBe('+33612345678');
  });
  it('refuses what cannot be a number', () => {
    expect(normalizePhone('12345')).toBeNull();
    expect(normalizePhone('+212 6 12')).toBeNull();
    expect(normalizePhone('06123456789')).toBeNull();
    expect(normalizePhone('call me')).toBeNull();
  });
});
