import { beforeAll, describe, expect, it } from 'vitest';
import { loadWords } from './load';
import { personName } from './personName';

beforeAll(async () => {
  for (const locale of ['ar', 'fr', 'en'] as const) await loadWords(['staff'], locale);
});

describe('the name staff screens show', () => {
  it('is the person’s own name, as typed', () => {
    expect(personName('Fatima Zahra El Idrissi', 'fr')).toBe('Fatima Zahra El Idrissi');
  });

  it('says the data was erased, in the screen’s language, once the name is gone', () => {
    expect(personName('', 'ar')).toBe('(بيانات ممحوة)');
    expect(personName('', 'fr')).toBe('(données effacées)');
    expect(personName('  ', 'en')).toBe('(data erased)');
  });
});
