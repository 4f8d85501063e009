// Colours come from one palette in client/styles/global.css: a hex or rgb()/hsl() colour written
// in a CSS module, or a colour token used but never defined, fails here.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const PALETTE = 'client/styles/global.css';
const LITERAL = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(/gi;

/** `line:text` of every colour written literally in a style sheet (comments ignored). */
export function colourLiterals(css: string): string[] {
  const found: string[] = [];
  css
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))
    .split('\n')
    .forEach((line, i) => {
      // An id selector such as `#app {` is not a colour: only values (after a colon) count.
      const value = line.includes(':') ? line.slice(line.indexOf(':') + 1) : '';
      for (const match of value.matchAll(LITERAL)) found.push(`${i + 1}:${match[0]}`);
    });
  return found;
}

/** Names of the `--color-*` tokens a style sheet defines or uses. */
function colourTokens(css: string, kind: 'defined' | 'used'): Set<string> {
  const pattern = kind === 'defined' ? /(--color-[\w-]+)\s*:/g : /var\(\s*(--color-[\w-]+)/g;
  return new Set([...css.matchAll(pattern)].map((m) => m[1]!));
}

const styleSheets = execFileSync('git', ['ls-files', '*.css'], { encoding: 'utf8' })
  .split('\n')
  .filter((path) => path && path !== PALETTE);

describe('colours in the style sheets', () => {
  it('finds a hex and an rgb() colour but not an id selector or a comment', () => {
    const css = '#app {\n  color: #1b1f1e;\n  /* was #fff */\n  border: 1px solid rgb(0 0 0);\n}';
    expect(colourLiterals(css)).toEqual(['2:#1b1f1e', '4:rgb(']);
  });

  it('writes no colour outside the palette in global.css', () => {
    const offenders = styleSheets.flatMap((path) =>
      colourLiterals(readFileSync(path, 'utf8')).map((hit) => `${path}:${hit}`),
    );
    expect(offenders).toEqual([]);
  });

  it('uses only colour tokens the palette defines', () => {
    const defined = colourTokens(readFileSync(PALETTE, 'utf8'), 'defined');
    const unknown = [PALETTE, ...styleSheets].flatMap((path) =>
      [...colourTokens(readFileSync(path, 'utf8'), 'used')]
        .filter((token) => !defined.has(token))
        .map((token) => `${path}: ${token}`),
    );
    expect(unknown).toEqual([]);
  });
});
