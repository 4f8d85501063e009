import { describe, it, expect } from 'vitest';
import { formatPhone, loadPhoneLibrary, normalizePhone, onPhoneLibrary } from './phoneOnDevice';

// One file, one module state: the library is not there for the first test, then it is.
describe('phone numbers on a phone', () => {
  it('checks a Moroccan number and only the shape of a foreign one before the plans arrive', async () => {
    let told = 0;
    const stop = onPhoneLibrary(() => told++);
    expect(normalizePhone('06 12 34 56 78')).toBe('+212612345678');
    expect(formatPhone('+212612345678')).toBe('06 12 34 56 78');
    expect(normalizePhone('+33 6 12 34 56 78 90')).toBe('+3361234567890');
    expect(normalizePhone('+0 612 34')).toBeNull();
    expect(formatPhone('+33612345678')).toBe('+33612345678');
    await loadPhoneLibrary();
    expect(told).toBe(1);
    stop();
  });

  it('checks a foreign number against its country’s plan once they are there', () => {
    expect(normalizePhone('+33 6 12 34 56 78 90')).toBeNull();
    expect(normalizePhone('0034 612 345 678')).toBe('+34612345678');
    expect(formatPhone('+33612345678')).toBe('+33 612345678');
    expect(normalizePhone('05 22 12 34 56')).toBe('+212522123456');
  });
});
