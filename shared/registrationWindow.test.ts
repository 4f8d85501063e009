import { describe, it, expect } from 'vitest';
import { registrationWindowState } from './registrationWindow';

const opens = '2026-12-01T08:00:00Z';
const closes = '2026-12-10T18:00:00Z';

describe('registration window', () => {
  it('is not open a second before it opens', () => {
    expect(registrationWindowState(new Date('2026-12-01T07:59:59Z'), opens, closes)).toBe(
      'not-open',
    );
  });
  it('opens at the exact opening instant', () => {
    expect(registrationWindowState(new Date(opens), opens, closes)).toBe('open');
  });
  it('is still open a second before closing', () => {
    expect(registrationWindowState(new Date('2026-12-10T17:59:59Z'), opens, closes)).toBe('open');
  });
  it('is closed at the closing instant', () => {
    expect(registrationWindowState(new Date(closes), opens, closes)).toBe('closed');
  });
});
