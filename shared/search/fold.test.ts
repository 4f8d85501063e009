import { describe, expect, it } from 'vitest';
import { foldForSearch } from './fold';

describe('folding names for search', () => {
  it('treats the alef forms alike', () => {
    expect(foldForSearch('أحمد')).toBe(foldForSearch('احمد'));
    expect(foldForSearch('إدريس')).toBe(foldForSearch('ادريس'));
    expect(foldForSearch('آمنة')).toBe(foldForSearch('امنه'));
  });
  it('treats ta marbuta as ha and alef maqsura as ya', () => {
    expect(foldForSearch('فاطمة')).toBe(foldForSearch('فاطمه'));
    expect(foldForSearch('مصطفى')).toBe(foldForSearch('مصطفي'));
  });
  it('ignores diacritics and tatweel', () => {
    expect(foldForSearch('مُحَمَّد')).toBe('محمد');
    expect(foldForSearch('جمعيـــة')).toBe(foldForSearch('جمعية'));
  });
  it('ignores Latin case and accents', () => {
    expect(foldForSearch('Hôtel Tétouan')).toBe('hotel tetouan');
    expect(foldForSearch('EL KHATTABI')).toBe('el khattabi');
  });
});
