// Phone numbers to E.164 and back to how people write them, checked against each country's
// numbering plan (libphonenumber's, in phoneNumberingPlans.json: its metadata without the display
// formats, which reading and checking never use, but Morocco's): Moroccan numbers in national
// form (06…, 07…, 05…) or international form, and the numbers of every other country (migrants,
// the diaspora) in international form (+… or 00…). The server reads every number here; the PWA's
// forms use shared/phoneOnDevice.ts, which fetches this module only for a foreign number.
import {
  parsePhoneNumberFromString,
  type MetadataJson,
  type PhoneNumber,
} from 'libphonenumber-js/core';
import numberingPlans from './phoneNumberingPlans.json';

const HOME = 'MA';
const plans = numberingPlans as unknown as MetadataJson;

function parse(input: string): PhoneNumber | undefined {
  // "+212 (0)6…": the trunk 0 in brackets is what people copy from business cards.
  let s = input.trim().replace(/\(0\)/g, '');
  // 00 is the international prefix in Morocco and in most countries migrants come from.
  if (/^00[1-9]/.test(s.replace(/[\s.\-()/]/g, ''))) s = '+' + s.replace(/^[\s(]*00/, '');
  if (!/^\+?[\d\s.\-()/]+$/.test(s)) return undefined;
  return parsePhoneNumberFromString(s, HOME, plans);
}

/** The number in E.164 (`+212612345678`), or null when it is not a valid number. */
export function normalizePhone(input: string): string | null {
  const phone = parse(input);
  return phone?.isValid() ? phone.number : null;
}

/**
 * How to show a stored E.164 number: a Moroccan one as dialled at home (06 12 34 56 78), any
 * other as its country code and national number (+33 612345678; their groupings are the display
 * formats left out of the plans).
 */
export function formatPhone(e164: string): string {
  const phone = parsePhoneNumberFromString(e164, plans);
  if (!phone) return e164;
  return phone.country === HOME ? phone.formatNational() : phone.formatInternational();
}
