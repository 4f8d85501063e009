import { describe, expect, it } from 'vitest';
import { mergePatch, mergePatchTo } from './mergePatch';

const before = {
  slug: 'tanger-2026',
  title: { ar: 'لقاء طنجة', fr: 'Rencontre de Tanger' },
  capacity: 70,
  workshops: [{ id: 'a', capacity: 20 }],
  contact: { email: 'contact@tanger.ma' },
};

describe('JSON merge patch, both ways', () => {
  it('the patch the form computes turns the stored meeting into the edited one', () => {
    const after = {
      slug: 'tanger-2026',
      title: { ar: 'لقاء طنجة الجهوي' },
      capacity: 80,
      workshops: [{ id: 'a', capacity: 25 }, { id: 'b' }],
    };
    const patch = mergePatchTo(before, after);
    expect(patch.contact).toBeNull();
    expect(patch.title).toEqual({ ar: 'لقاء طنجة الجهوي', fr: null });
    expect(mergePatch(before, patch)).toEqual(after);
  });

  it('never writes through __proto__, and a deep patch does not exhaust the stack', () => {
    const hostile = JSON.parse('{"__proto__": {"admin": true}}') as unknown;
    const merged = mergePatch<Record<string, unknown>>({}, hostile);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    expect(Object.hasOwn(merged, '__proto__')).toBe(true);
    let deep: Record<string, unknown> = { leaf: 1 };
    for (let i = 0; i < 100_000; i++) deep = { d: deep };
    expect(() => mergePatch({}, deep)).not.toThrow();
  });
});
