import { describe, expect, it } from 'vitest';
import { searchQuery } from './searchQuery';

describe('searchQuery', () => {
  it('sends a name as typed, trimmed: the server folds it and reads its final ة itself', () => {
    expect(searchQuery(' أحمد  الإدريسي ')).toBe('أحمد الإدريسي');
    expect(searchQuery('فاطمة')).toBe('فاطمة');
    expect(searchQuery('Idrîssi')).toBe('Idrîssi');
  });

  it('keeps an e-mail address whole', () => {
    expect(searchQuery('Sanaa.Alami@Example.ma')).toBe('sanaa.alami@example.ma');
  });

  it('turns a phone number in national or international form into the stored digits', () => {
    expect(searchQuery('06 11 22 33 44')).toBe('611223344');
    expect(searchQuery('+212 611-22')).toBe('21261122');
    expect(searchQuery('00212611')).toBe('212611');
  });

  it('sends nothing for an empty box', () => {
    expect(searchQuery('   ')).toBe('');
  });
});
