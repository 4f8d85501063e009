import { describe, it, expect } from 'vitest';
import examples from 'libphonenumber-js/examples.mobile.json';
import metadata from 'libphonenumber-js/metadata.min.json';
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { numberingPlansOf } from '../build/numberingPlans';
import { formatPhone, normalizePhone } from './phone';
import plans from './phoneNumberingPlans.json';

describe('phone numbers to E.164', () => {
  it('reads a Moroccan mobile in national form', () => {
    expect(normalizePhone('06 12 34 56 78')).toBe('+212612345678');
    expect(normalizePhone('0712-345678')).toBe('+212712345678');
  });
  it('reads a Moroccan fixed line in national form', () => {
    expect(normalizePhone('05 22 12 34 56')).toBe('+212522123456');
  });
  it('reads Moroccan numbers in international forms', () => {
    expect(normalizePhone('+212 6 12 34 56 78')).toBe('+212612345678');
    expect(normalizePhone('00212612345678')).toBe('+212612345678');
    expect(normalizePhone('+212 (0)6 12 34 56 78')).toBe('+212612345678');
  });
  it("reads a migrant's number from another country in international form", () => {
    expect(normalizePhone('+33 6 12 34 56 78')).toBe('+33612345678');
    expect(normalizePhone('0034 612 345 678')).toBe('+34612345678');
    expect(normalizePhone('+1 (202) 555-0143')).toBe('+12025550143');
    expect(normalizePhone('+221 77 123 45 67')).toBe('+221771234567');
  });
  it("refuses a foreign number that its country's plan does not allow", () => {
    expect(normalizePhone('+33 6 12 34 56 78 90')).toBeNull();
    expect(normalizePhone('+999 123 456 789')).toBeNull();
  });
  it('refuses what cannot be a number', () => {
    expect(normalizePhone('12345')).toBeNull();
    expect(normalizePhone('+212 6 12')).toBeNull();
    expect(normalizePhone('06123456789')).toBeNull();
    expect(normalizePhone('call me')).toBeNull();
    expect(normalizePhone('06 12 34 56 78 ext')).toBeNull();
  });
});

describe('phone numbers for people to read', () => {
  it('shows a Moroccan number as dialled at home and a foreign one internationally', () => {
    expect(formatPhone('+212612345678')).toBe('06 12 34 56 78');
    expect(formatPhone('+212522123456')).toBe('05 22 12 34 56');
    expect(formatPhone('+33612345678')).toBe('+33 612345678');
  });
});

describe('the numbering plans the app carries', () => {
  it('are libphonenumber’s, with Morocco’s display formats only (npx tsx build/numberingPlans.ts)', () => {
    expect(plans).toEqual(numberingPlansOf(metadata));
  });

  it('read every country’s example number as the full metadata does', () => {
    const inputs = Object.values(examples).flatMap((national) => {
      const full = parsePhoneNumberFromString(national, 'MA');
      return [national, `+${full?.countryCallingCode ?? ''}${national}`, `00${national}`];
    });
    expect(inputs.length).toBeGreaterThan(600);
    for (const input of inputs) {
      const full = parsePhoneNumberFromString(input.replace(/^00/, '+'), 'MA');
      expect(normalizePhone(input), input).toBe(full?.isValid() ? full.number : null);
    }
  });
});
