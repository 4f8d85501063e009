import { describe, expect, it } from 'vitest';
import { fill } from './fill';

describe('fill', () => {
  it('fills parameters and leaves unknown ones visible', () => {
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('leaves a template without parameters as it is', () => {
    expect(fill('{place} is far')).toBe('{place} is far');
  });
});
