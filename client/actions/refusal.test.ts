import { describe, expect, it, vi } from 'vitest';

// The words come with the app's language store, which sets <html lang dir> when it loads.
vi.hoisted(() => {
  Object.assign(globalThis, { document: { documentElement: {} } });
});
const { ApiError } = await import('../api/http');
const { refusalLine, refusalOf } = await import('./refusal');

describe('refusalOf', () => {
  it("shows the server's own words and its reason for each field", () => {
    const error = new ApiError(422, 'validation', 'Invalid', [
      { path: 'email', message: 'Adresse invalide' },
    ]);
    expect(refusalOf(error, 'fr')).toMatchObject({
      code: 'validation',
      status: 422,
      text: 'Invalid',
      fields: { email: 'Adresse invalide' },
      unreachable: false,
    });
    expect(refusalLine(refusalOf(error, 'fr'))).toBe('Adresse invalide');
  });

  it('says the network failed, in the asker language, when no answer came', () => {
    const refusal = refusalOf(new ApiError(0, 'network', 'Failed to fetch'), 'ar');
    expect(refusal.unreachable).toBe(true);
    expect(refusal.text).toMatch(/[\u0600-\u06ff]/);
    expect(refusal.text).not.toContain('Failed to fetch');
  });

  it('treats anything thrown that is not an API answer as unreachable', () => {
    expect(refusalOf(new TypeError('x'), 'fr')).toMatchObject({
      code: 'unknown',
      unreachable: true,
    });
  });
});
