// The ticket's large-text fallback: the token in blocks of 4, for the desk to type when the QR
// cannot be scanned (a cracked screen, no camera). The desk drops the spaces again.
const BLOCK = 4;

export function ticketCodeBlocks(token: string): string[] {
  const blocks: string[] = [];
  for (let i = 0; i < token.length; i += BLOCK) blocks.push(token.slice(i, i + BLOCK));
  return blocks;
}
