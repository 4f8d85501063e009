// The ticket code people type at the desk when the QR cannot be scanned: 8 characters of
// Crockford base32 (no I, L, O, U: nothing to confuse with 1 or 0), printed `XXXX-XXXX`.
// Read back case-insensitively, with or without the dash or spaces, and with Crockford's own
// reading of the letters people type for digits (O → 0, I and L → 1).
export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const TICKET_CODE_LENGTH = 8;

const READS_AS: Record<string, string> = { O: '0', I: '1', L: '1' };
const VALID = new RegExp(`^[${CROCKFORD_ALPHABET}]{${TICKET_CODE_LENGTH}}$`);

/** 40 bits (the first 5 bytes) as the 8 characters of a code. */
export function ticketCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < 5) throw new Error('a ticket code needs 5 bytes');
  let value = 0n;
  for (let i = 0; i < 5; i++) value = (value << 8n) | BigInt(bytes[i] ?? 0);
  let out = '';
  for (let i = TICKET_CODE_LENGTH - 1; i >= 0; i--)
    out += CROCKFORD_ALPHABET[Number((value >> BigInt(i * 5)) & 31n)];
  return out;
}

/** The code as typed, in its canonical form (upper case, no dash), or null if it is none. */
export function normalizeTicketCode(typed: string): string | null {
  const compact = typed
    .replace(/[\s\-‐-―−]/g, '')
    .toUpperCase()
    .replace(/[OIL]/g, (ch) => READS_AS[ch] ?? ch);
  return VALID.test(compact) ? compact : null;
}

/** `XXXX-XXXX`, as printed on the ticket and in messages. */
export function formatTicketCode(code: string): string {
  const canonical = normalizeTicketCode(code) ?? code;
  return `${canonical.slice(0, 4)}-${canonical.slice(4)}`;
}
