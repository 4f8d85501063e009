// Moroccan phone numbers without the numbering-plan library: read as shared/phone.ts reads them
// (06…, 07…, 05…, 08…, +212…, 00212…), so a phone can check and show them with a few hundred
// bytes; a number with another country code is left to the library (`'foreign'`).

/** Morocco's plan as libphonenumber has it: nine digits after the trunk 0, the first 5 to 8. */
const NATIONAL = /^0?([5-8]\d{8})$/;
const SEPARATORS = /[\s.\-()/]/g;
const CALLING_CODE = '212';

/** Tells that the number is another country's: only the numbering plans can check it. */
export const FOREIGN = 'foreign';

/** What people type, as shared/phone.ts turns it before parsing: "(0)" out, 00 read as +. */
export function preparePhoneInput(input: string): string {
  // "+212 (0)6…": the trunk 0 in brackets is what people copy from business cards.
  let s = input.trim().replace(/\(0\)/g, '');
  // 00 is the international prefix in Morocco and in most countries migrants come from.
  if (/^00[1-9]/.test(s.replace(SEPARATORS, ''))) s = '+' + s.replace(/^[\s(]*00/, '');
  return s;
}

/**
 * A Moroccan number in E.164 (`+212612345678`), null when the input is no valid number, or
 * `FOREIGN` when it starts with another country's code.
 */
export function readMoroccanPhone(input: string): string | null | typeof FOREIGN {
  const s = preparePhoneInput(input);
  if (!/^\+?[\d\s.\-()/]+$/.test(s)) return null;
  const digits = s.replace(/\D/g, '');
  let national: string;
  if (s.startsWith('+')) {
    if (!digits.startsWith(CALLING_CODE)) return FOREIGN;
    national = digits.slice(CALLING_CODE.length);
  } else {
    // Dialled at home; "212 6…" without the + is read as the country code too.
    national =
      digits.startsWith(CALLING_CODE) && !NATIONAL.test(digits)
        ? digits.slice(CALLING_CODE.length)
        : digits;
  }
  const match = NATIONAL.exec(national);
  return match ? `+${CALLING_CODE}${match[1]}` : null;
}

/** A Moroccan E.164 number as dialled at home (06 12 34 56 78), or null if it is not one. */
export function formatMoroccanPhone(e164: string): string | null {
  const match = /^\+212([5-8]\d{8})$/.exec(e164);
  if (!match) return null;
  const n = match[1] as string;
  // Morocco's three display formats in libphonenumber: premium 0892, then 080x and 089x, then
  // every other number in pairs.
  if (n.startsWith('892')) return `0${n.slice(0, 4)}-${n.slice(4)}`;
  if (/^8(?:0[0-7]|9)/.test(n)) return `0${n.slice(0, 2)}-${n.slice(2)}`;
  return `0${n[0]} ${n.slice(1).replace(/(\d{2})(?=\d)/g, '$1 ')}`;
}
