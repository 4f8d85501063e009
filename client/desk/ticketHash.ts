// A ticket's hash as the roster carries it: lowercase hex SHA-256 of the token's UTF-8 bytes.
// `crypto.subtle` when the page has it (secure contexts), the plain-JS digest otherwise.
import { sha256Bytes } from './sha256';

function hex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
  return out;
}

export function ticketHashSync(token: string): string {
  return hex(sha256Bytes(new TextEncoder().encode(token)));
}

export async function ticketHash(token: string): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return ticketHashSync(token);
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(token));
  return hex(new Uint8Array(digest));
}

/**
 * What a scan or a typed code gives, as the token to look up: a QR's content as is, a typed
 * code without the spaces and line breaks people add when copying it by hand.
 */
export function tokenOf(text: string): string {
  return text.replace(/\s+/g, '');
}
