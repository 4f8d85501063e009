import { describe, expect, it } from 'vitest';
import { ar } from './ar';
import { en } from './en';
import { fr } from './fr';
import { staffAr } from './staff/ar';
import { staffEn } from './staff/en';
import { staffFr } from './staff/fr';
import { fill, pickText, translate } from './translate';

describe('translate', () => {
  it('answers in the language asked for', () => {
    expect(translate({ ar, fr, en }, 'fr', 'update.reload')).toBe('Mettre à jour');
  });

  it('falls back to Arabic when a language lacks a message', () => {
    expect(translate({ ar, fr: {}, en }, 'fr', 'update.reload')).toBe(ar['update.reload']);
  });

  it('fills parameters and leaves unknown ones visible', () => {
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(translate({ ar, fr, en }, 'en', 'meeting.seats', { n: 60 })).toBe('Seats: 60');
  });

  it('has the same keys in every catalogue', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(ar).sort());
    expect(Object.keys(en).sort()).toEqual(Object.keys(ar).sort());
    expect(Object.keys(staffFr).sort()).toEqual(Object.keys(staffAr).sort());
    expect(Object.keys(staffEn).sort()).toEqual(Object.keys(staffAr).sort());
  });

  it('keeps shared and staff words apart (no key in both)', () => {
    expect(Object.keys(staffAr).filter((key) => key in ar)).toEqual([]);
  });
});

describe('pickText', () => {
  it('uses the wanted language when present', () => {
    expect(pickText({ ar: 'لقاء', fr: 'Rencontre' }, 'fr')).toEqual({
      value: 'Rencontre',
      lang: 'fr',
    });
  });

  it('falls back to Arabic, and says so for the lang attribute', () => {
    expect(pickText({ ar: 'لقاء', fr: '  ' }, 'fr')).toEqual({ value: 'لقاء', lang: 'ar' });
    expect(pickText({ ar: 'لقاء' }, 'en')).toEqual({ value: 'لقاء', lang: 'ar' });
  });
});
