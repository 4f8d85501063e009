import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import ar from './ar/common';
import en from './en/common';
import fr from './fr/common';
import staffAr from './ar/staff';
import { pickText, splitKey, translate, type Loaded } from './translate';

const here = import.meta.dirname;
const words = (fr: Loaded['fr'] = {}): Loaded => ({
  ar: { common: ar, staff: staffAr },
  fr,
  en: { common: en },
});

describe('translate', () => {
  it('answers in the language asked for', () => {
    expect(translate(words({ common: fr }), 'fr', 'update.reload')).toBe('Mettre à jour');
  });

  it('falls back to Arabic when a language lacks a message or a whole area', () => {
    expect(translate(words({ common: {} }), 'fr', 'update.reload')).toBe(ar['update.reload']);
    expect(translate(words(), 'fr', 'staff:signIn')).toBe(staffAr.signIn);
  });

  it('fills parameters', () => {
    expect(translate(words(), 'en', 'meeting.seats', { n: 60 })).toBe('Seats: 60');
  });

  it('reads an area before the colon; a bare key is a shared word', () => {
    expect(splitKey('support:reason.lodging')).toEqual(['support', 'reason.lodging']);
    expect(splitKey('shell.retry')).toEqual(['common', 'shell.retry']);
  });
});

describe('the language folders', () => {
  const files = (lang: string) =>
    readdirSync(path.join(here, lang))
      .filter((f) => f.endsWith('.ts'))
      .sort();

  it('have a French and an English file for every Arabic one', () => {
    expect(files('fr')).toEqual(files('ar'));
    expect(files('en')).toEqual(files('ar'));
  });

  it('name every Arabic file in the areas that type the keys', () => {
    const areas = readFileSync(path.join(here, 'areas.ts'), 'utf8');
    for (const file of files('ar')) {
      expect(areas).toContain(`from './ar/${file.replace(/\.ts$/, '')}'`);
    }
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
