import { describe, expect, it } from 'vitest';
import { tokenOf } from '../../desk/ticketHash';
import { ticketCodeBlocks } from './ticketCode';

describe('the fallback code', () => {
  const token = 'p97_J86mptGe0RNZzgDL9KPjytmRaLiEIWNHNPEsCb8';

  it('cuts the 43-character token into blocks of 4, the last one shorter', () => {
    const blocks = ticketCodeBlocks(token);
    expect(blocks).toHaveLength(11);
    expect(blocks[0]).toBe('p97_');
    expect(blocks[10]).toBe('Cb8');
  });

  it('reads back as the token at the desk, spaces dropped', () => {
    expect(tokenOf(ticketCodeBlocks(token).join(' '))).toBe(token);
  });
});
