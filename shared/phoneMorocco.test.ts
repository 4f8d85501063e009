import { describe, it, expect } from 'vitest';
import { formatPhone, normalizePhone } from './phone';
import { FOREIGN, formatMoroccanPhone, readMoroccanPhone } from './phoneMorocco';

/** A small seeded generator, so a failure names an input that fails again. */
function randomOf(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return Math.floor((state / 2 ** 31) * n); // the high bits: an LCG's low ones repeat
  };
}

const PREFIXES = ['', '0', '00', '+', '212', '+212', '00212', '0212', '+2120', '(0)', '+212 (0)'];
const SEPARATORS = [' ', ' ', '.', '-', '/', '(', ')', 'x', '٦'];

/** What people type: a prefix, digits (a Moroccan plan's leading digit often), separators. */
function typedNumbers(count: number): string[] {
  const pick = randomOf(212);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let s = ` ${PREFIXES[pick(PREFIXES.length)]}`.slice(pick(2) ? 1 : 0);
    // Mostly the nine or ten digits of a real number, sometimes one too few or too many.
    const length = pick(4) ? 8 + pick(4) : 1 + pick(15);
    for (let d = 0; d < length; d++) {
      s += d === 0 && pick(3) ? String(5 + pick(4)) : String(pick(10));
      if (pick(6) === 0) s += SEPARATORS[pick(pick(8) ? SEPARATORS.length - 2 : SEPARATORS.length)];
    }
    out.push(s);
  }
  return out;
}

describe('Moroccan numbers without the numbering plans', () => {
  it('reads national and international forms', () => {
    expect(readMoroccanPhone('06 12 34 56 78')).toBe('+212612345678');
    expect(readMoroccanPhone('0712-345678')).toBe('+212712345678');
    expect(readMoroccanPhone('05 22 12 34 56')).toBe('+212522123456');
    expect(readMoroccanPhone('+212 (0)6 12 34 56 78')).toBe('+212612345678');
    expect(readMoroccanPhone('00212612345678')).toBe('+212612345678');
  });

  it('leaves another country’s number to the plans', () => {
    expect(readMoroccanPhone('+33 6 12 34 56 78')).toBe(FOREIGN);
    expect(readMoroccanPhone('0034 612 345 678')).toBe(FOREIGN);
  });

  it('refuses what is no Moroccan number', () => {
    expect(readMoroccanPhone('06123456789')).toBeNull();
    expect(readMoroccanPhone('04 12 34 56 78')).toBeNull();
    expect(readMoroccanPhone('06 12 34 56 78 ext')).toBeNull();
  });

  it('reads 20,000 typed numbers as the numbering plans do', () => {
    let moroccan = 0;
    for (const input of typedNumbers(20_000)) {
      const read = readMoroccanPhone(input);
      if (read === FOREIGN) continue;
      if (read) moroccan++;
      expect(read, input).toBe(normalizePhone(input));
    }
    expect(moroccan).toBeGreaterThan(1_000); // the corpus reaches valid numbers, not only junk
  });

  it('shows every kind of Moroccan number as the plans format it', () => {
    const pick = randomOf(6);
    const starts = ['5', '52', '5288', '5289', '5924', '6', '7', '800', '808', '89', '892'];
    for (const start of starts) {
      for (let i = 0; i < 50; i++) {
        let n = start;
        while (n.length < 9) n += String(pick(10));
        expect(formatMoroccanPhone(`+212${n}`), n).toBe(formatPhone(`+212${n}`));
      }
    }
    expect(formatMoroccanPhone('+33612345678')).toBeNull();
  });
});
