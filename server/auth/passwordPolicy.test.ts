// The staff password rule: long enough, not common, not one pattern.
import { describe, expect, it } from 'vitest';
import { passwordProblem } from './passwordPolicy';

describe('staff passwords', () => {
  it('refuse fewer than 12 characters', () => {
    expect(passwordProblem('Tanger-2026')).toBe('password');
    expect(passwordProblem('a')).toBe('password');
  });

  it('refuse the common ones, also with digits tacked on', () => {
    expect(passwordProblem('qwertyuiop123')).toBe('passwordCommon');
    expect(passwordProblem('password1234')).toBe('passwordCommon');
    expect(passwordProblem('Football2026!')).toBe('passwordCommon');
  });

  it('refuse one repeated or running pattern', () => {
    expect(passwordProblem('aaaaaaaaaaaa')).toBe('passwordPattern');
    expect(passwordProblem('abcabcabcabc')).toBe('passwordPattern');
    expect(passwordProblem('123412341234')).toBe('passwordPattern');
    expect(passwordProblem('abcdefghijklm')).toBe('passwordPattern');
    expect(passwordProblem('1234567890123')).toBe('passwordPattern');
    expect(passwordProblem('zyxwvutsrqpo')).toBe('passwordPattern');
  });

  it('accept a real phrase, in any script', () => {
    expect(passwordProblem('admin-password-1')).toBeNull();
    expect(passwordProblem('lqa-tanja-bhar-zrq')).toBeNull();
    expect(passwordProblem('لقاء طنجة البحر الأزرق')).toBeNull();
  });
});
