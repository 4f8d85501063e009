import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ticketHash, ticketHashSync, tokenOf } from './ticketHash';

const node = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

describe('ticket hashes', () => {
  it('match the server’s SHA-256 for tokens, empty text and multi-block Arabic text', () => {
    const samples = [
      '',
      'abc',
      'q3V0b2tlbi1vZi1mb3J0eS10aHJlZS1jaGFyYWN0ZXJzLWIK',
      'أحمد بنعلي — جمعية الأمل'.repeat(5),
      'x'.repeat(55),
      'x'.repeat(56),
      'x'.repeat(64),
    ];
    for (const s of samples) expect(ticketHashSync(s)).toBe(node(s));
  });

  it('agrees with crypto.subtle', async () => {
    const token = 'Zm9vYmFyYmF6cXV4LXRpY2tldC10b2tlbi1mb3ItdGVzdHM';
    expect(await ticketHash(token)).toBe(node(token));
  });

  it('takes a typed code without the spaces people add', () => {
    expect(tokenOf('  abcD EFgh\n-_12 ')).toBe('abcDEFgh-_12');
  });
});
