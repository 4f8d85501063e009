import { describe, expect, it } from 'vitest';
import { formatTicketCode, normalizeTicketCode, ticketCodeFromBytes } from './ticketCode';

describe('ticket code', () => {
  it('is 8 characters of Crockford base32, without I, L, O or U', () => {
    for (let n = 0; n < 200; n++) {
      const bytes = Uint8Array.from({ length: 5 }, (_, i) => (n * 37 + i * 101) % 256);
      const code = ticketCodeFromBytes(bytes);
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
    }
    expect(ticketCodeFromBytes(new Uint8Array([0, 0, 0, 0, 0]))).toBe('00000000');
    expect(ticketCodeFromBytes(new Uint8Array([255, 255, 255, 255, 255]))).toBe('ZZZZZZZZ');
  });

  it('prints as XXXX-XXXX', () => {
    expect(formatTicketCode('7K3MQ9TX')).toBe('7K3M-Q9TX');
  });

  it('reads a code typed in lower case, with or without the dash or spaces', () => {
    expect(normalizeTicketCode('7k3m-q9tx')).toBe('7K3MQ9TX');
    expect(normalizeTicketCode('7K3MQ9TX')).toBe('7K3MQ9TX');
    expect(normalizeTicketCode(' 7k3m q9tx ')).toBe('7K3MQ9TX');
  });

  it('reads O as zero and I or L as one, as Crockford base32 does', () => {
    expect(normalizeTicketCode('O0Il-1234')).toBe('00111234');
  });

  it('refuses what cannot be a code', () => {
    expect(normalizeTicketCode('7K3M-Q9T')).toBeNull();
    expect(normalizeTicketCode('7K3M-Q9TXX')).toBeNull();
    expect(normalizeTicketCode('7K3M-Q9TU')).toBeNull();
    expect(normalizeTicketCode('')).toBeNull();
  });
});
