// Phone numbers to E.164. Moroccan numbers are accepted in national (06 12 34 56 78) or
// international (+212 6…, 00212 6…) form; other countries only in international form.
const SEPARATORS = /[\s.\-()/]/g;

export function normalizePhone(input: string): string | null {
  let s = input.trim().replace(SEPARATORS, '');
  if (s.startsWith('00')) s = '+' + s.slice(2);
  if (/^0[5-8]\d{8}$/.test(s)) return '+212' + s.slice(1);
  if (/^\+2120[5-8]\d{8}$/.test(s)) return '+212' + s.slice(5); // "+212 (0)6…"
  if (s.startsWith('+212')) return /^\+212[5-8]\d{8}$/.test(s) ? s : null;
  if (/^\+[1-9]\d{7,14}$/.test(s)) return s;
  return null;
}
