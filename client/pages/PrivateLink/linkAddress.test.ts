import { describe, expect, it } from 'vitest';
import { actionFromSearch, tokenFromHash } from './linkAddress';

describe('the private link address', () => {
  it('reads the token after #', () => {
    const token = 'Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5';
    expect(tokenFromHash(`#${token}`)).toBe(token);
  });

  it('ignores what is not a token (the skip link, a cut copy, nothing)', () => {
    expect(tokenFromHash('#main')).toBeNull();
    expect(tokenFromHash('')).toBeNull();
    expect(tokenFromHash('#%E0%A4%A')).toBeNull();
  });

  it('knows the two shortcuts "My registrations" opens it with', () => {
    expect(actionFromSearch('?action=cancel')).toBe('cancel');
    expect(actionFromSearch('?action=edit')).toBe('edit');
    expect(actionFromSearch('?action=delete')).toBeNull();
  });
});
