// Phone numbers to E.164 and back to how people write them, with libphonenumber's metadata:
// Moroccan numbers in national form (06…, 07…, 05…) or international form, and the numbers of
// every other country (migrants, the diaspora) in international form (+… or 00…), each checked
// against its country's numbering plan.
import { parsePhoneNumberFromString, type PhoneNumber } from 'libphonenumber-js/min';

const HOME = 'MA';

function parse(input: string): PhoneNumber | undefined {
  // "+212 (0)6…": the trunk 0 in brackets is what people copy from business cards.
  let s = input.trim().replace(/\(0\)/g, '');
  // 00 is the international prefix in Morocco and in most countries migrants come from.
  if (/^00[1-9]/.test(s.replace(/[\s.\-()/]/g, ''))) s = '+' + s.replace(/^[\s(]*00/, '');
  if (!/^\+?[\d\s.\-()/]+$/.test(s)) return undefined;
  return parsePhoneNumberFromString(s, HOME);
}

/** The number in E.164 (`+212612345678`), or null when it is not a valid number. */
export function normalizePhone(input: string): string | null {
  const phone = parse(input);
  return phone?.isValid() ? phone.number : null;
}

/** How to show a stored E.164 number: Moroccan ones as dialled at home, others internationally. */
export function formatPhone(e164: string): string {
  const phone = parsePhoneNumberFromString(e164);
  if (!phone) return e164;
  return phone.country === HOME ? phone.formatNational() : phone.formatInternational();
}
