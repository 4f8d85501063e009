// What a staff password must be: 12 characters or more, not among the ~50,000 most common
// passwords (zxcvbn's list, also with the digits and signs people tack on at the end), and not
// one pattern repeated or run through (aaaaaaaaaaaa, abcabcabcabc, 123456789012).
import { dictionary } from '@zxcvbn-ts/language-common';
import type { Locale } from '../../shared/enums';
import { validationMessage } from '../../shared/i18n/validationMessages';
import { DomainError } from '../core/domainError';

export const PASSWORD_MIN_LENGTH = 12;

const COMMON = new Set(dictionary.passwords.map((p) => p.toLowerCase()));

export type PasswordProblem = 'password' | 'passwordCommon' | 'passwordPattern';

function isCommon(password: string): boolean {
  const lower = password.toLowerCase();
  const stem = lower.replace(/[\d\W_]+$/u, '');
  return COMMON.has(lower) || (stem.length >= 4 && COMMON.has(stem));
}

/** One unit repeated (abcabc…), or every step the same (aaaa…, abcd…, 9876…, 1234567890…). */
function isOnePattern(password: string): boolean {
  const chars = [...password];
  if (/^(.+?)\1+$/su.test(password)) return true;
  const codes = chars.map((ch) => ch.codePointAt(0) ?? 0);
  const step = (i: number) => {
    const d = (codes[i] ?? 0) - (codes[i - 1] ?? 0);
    // 9 → 0 continues a run of digits, as on a keyboard's number row.
    return chars[i - 1] === '9' && chars[i] === '0'
      ? 1
      : chars[i - 1] === '0' && chars[i] === '9'
        ? -1
        : d;
  };
  const first = step(1);
  if (Math.abs(first) > 1) return false;
  for (let i = 2; i < codes.length; i++) if (step(i) !== first) return false;
  return true;
}

export function passwordProblem(password: string): PasswordProblem | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return 'password';
  if (isCommon(password)) return 'passwordCommon';
  if (isOnePattern(password)) return 'passwordPattern';
  return null;
}

/** Throws `422 validation` on `path` with the reason, in the asker's language. */
export function assertStrongPassword(password: string, locale: Locale, path = 'password'): void {
  const problem = passwordProblem(password);
  if (problem)
    throw new DomainError('validation', {
      errors: [{ path, message: validationMessage(problem, locale) }],
    });
}
