import { describe, expect, it } from 'vitest';
import { checkForm, emptyValues, errorsByField, type FormValues } from './form';

const id = '0b9f3c9e-2f4a-4c39-9a52-4d1f7f2b6a10';
const filled = (over: Partial<FormValues> = {}): FormValues => ({
  ...emptyValues(),
  fullName: 'أمينة العلوي',
  gender: 'female',
  ageBand: '30-40',
  role: 'association',
  provinceCode: 'tanger-assilah',
  phone: '06 12 34 56 78',
  consent: true,
  ...over,
});

describe('the registration form', () => {
  it('sends a complete form as the API body, phone normalised', () => {
    const check = checkForm(filled(), id, 'ar');
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.body).toMatchObject({
      id,
      fullName: 'أمينة العلوي',
      phone: '+212612345678',
      locale: 'ar',
      consent: true,
    });
    expect(check.body.email).toBeUndefined();
    expect(check.body.workshopId).toBeUndefined();
  });

  it('asks for an e-mail or a phone, under the e-mail field', () => {
    const check = checkForm(filled({ phone: '' }), id, 'fr');
    expect(check.ok).toBe(false);
    expect(check.errors.email).toMatch(/e-mail ou un téléphone/);
  });

  it('refuses to register without consent, in the person’s language', () => {
    const check = checkForm(filled({ consent: false }), id, 'en');
    expect(check.errors.consent).toBe(
      'Your consent to the processing of your data is needed to register.',
    );
  });

  it('flags every unanswered required field of an empty form', () => {
    const check = checkForm(emptyValues(), id, 'ar');
    expect(Object.keys(check.errors).sort()).toEqual(
      ['ageBand', 'consent', 'email', 'fullName', 'gender', 'provinceCode', 'role'].sort(),
    );
  });

  it('files nested server paths under their field', () => {
    expect(
      errorsByField([
        { path: 'accessibility.1', message: 'x' },
        { path: 'nope', message: 'y' },
      ]),
    ).toEqual({
      accessibility: 'x',
    });
  });
});
