// Cuts an SMS text into what the network carries: GSM 03.38 (7-bit) when every character has
// a place in its table, else UCS-2 (all Arabic text). One SMS holds 160 GSM or 70 UCS-2
// characters; a longer text goes as parts of 153 / 67, each with a concatenation header (UDH,
// IE 0x00: reference, count, index) so the phone shows one message.
import smpp from 'smpp';

export type SmsEncoding = 'gsm7' | 'ucs2';

export interface SmsPart {
  /** The part's text (for tests and the .txt copy). */
  text: string;
  /** The 6-byte concatenation header, or null for a text that fits in one SMS. */
  udh: Buffer | null;
  /** The part's bytes as SMPP carries them: one octet per GSM septet, or UTF-16BE. */
  body: Buffer;
}

export interface SmsSegments {
  encoding: SmsEncoding;
  /** SMPP data_coding: 0x00 the SMSC's default (GSM), 0x08 UCS-2. */
  dataCoding: 0x00 | 0x08;
  parts: SmsPart[];
}

const LIMITS: Record<SmsEncoding, { single: number; part: number }> = {
  gsm7: { single: 160, part: 153 },
  ucs2: { single: 70, part: 67 },
};
/** A phone reassembles at most 255 parts; we never need nearly as many. */
const MAX_PARTS = 255;

export function smsEncodingOf(text: string): SmsEncoding {
  return smpp.gsmCoder.GSM.charRegex.test(text) ? 'gsm7' : 'ucs2';
}

/** Septets for GSM (extension characters take an escape and a septet), UTF-16 units for UCS-2. */
function unitsOf(char: string, encoding: SmsEncoding): number {
  if (encoding === 'ucs2') return char.length;
  return smpp.gsmCoder.GSM.extChars.includes(char) ? 2 : 1;
}

export function smsLength(text: string): { encoding: SmsEncoding; units: number } {
  const encoding = smsEncodingOf(text);
  let units = 0;
  for (const char of text) units += unitsOf(char, encoding);
  return { encoding, units };
}

/** Splits by characters (code points): never inside a surrogate pair or a GSM escape. */
function chunks(text: string, encoding: SmsEncoding, size: number): string[] {
  const out: string[] = [];
  let current = '';
  let used = 0;
  for (const char of text) {
    const units = unitsOf(char, encoding);
    if (used + units > size) {
      out.push(current);
      current = '';
      used = 0;
    }
    current += char;
    used += units;
  }
  if (current) out.push(current);
  return out;
}

function encode(text: string, encoding: SmsEncoding): Buffer {
  if (encoding === 'gsm7') return smpp.gsmCoder.encode(text, 0x00);
  return Buffer.from(text, 'utf16le').swap16();
}

/** `reference` (0–255) ties the parts of one message together; use a different one per SMS. */
export function segmentSms(text: string, reference: number): SmsSegments {
  const { encoding, units } = smsLength(text);
  const limit = LIMITS[encoding];
  const dataCoding = encoding === 'gsm7' ? 0x00 : 0x08;
  if (units <= limit.single)
    return { encoding, dataCoding, parts: [{ text, udh: null, body: encode(text, encoding) }] };
  const texts = chunks(text, encoding, limit.part);
  if (texts.length > MAX_PARTS) throw new Error(`an SMS of ${texts.length} parts is too long`);
  return {
    encoding,
    dataCoding,
    parts: texts.map((part, i) => ({
      text: part,
      udh: Buffer.from([0x05, 0x00, 0x03, reference & 0xff, texts.length, i + 1]),
      body: encode(part, encoding),
    })),
  };
}
