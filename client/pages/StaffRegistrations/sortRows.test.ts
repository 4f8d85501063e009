import type { RegistrationView } from '../../../shared/api/registrations';
import { describe, expect, it } from 'vitest';
import { sortRows } from './sortRows';

const row = (fullName: string, over: Partial<RegistrationView> = {}) =>
  ({
    id: fullName,
    fullName,
    provinceCode: 'rabat',
    status: 'accepted',
    createdAt: '2026-11-20T10:00:00Z',
    checkedInAt: null,
    ...over,
  }) as RegistrationView;

describe('sorting the registrations list', () => {
  const rows = [
    row('Yassine', { status: 'cancelled', createdAt: '2026-11-21T09:00:00Z' }),
    row('Amina', { status: 'pending', checkedInAt: null }),
    row('Karim', { status: 'accepted', checkedInAt: '2026-12-12T09:05:00Z' }),
    row('amine', { status: 'waitlisted', createdAt: '2026-11-22T09:00:00Z' }),
  ];
  const names = (list: RegistrationView[]) => list.map((r) => r.fullName);

  it('keeps the server’s order as listed', () => {
    expect(sortRows(rows, 'listed', 'fr', (c) => c)).toBe(rows);
  });
  it('sorts names as the language does, case aside', () => {
    expect(names(sortRows(rows, 'name', 'fr', (c) => c))).toEqual([
      'Amina',
      'amine',
      'Karim',
      'Yassine',
    ]);
  });
  it('puts the newest first, those awaiting a decision first, the latest arrivals first', () => {
    expect(names(sortRows(rows, 'newest', 'fr', (c) => c))).toEqual([
      'amine',
      'Yassine',
      'Amina',
      'Karim',
    ]);
    expect(names(sortRows(rows, 'status', 'fr', (c) => c))).toEqual([
      'Amina',
      'amine',
      'Karim',
      'Yassine',
    ]);
    expect(names(sortRows(rows, 'arrival', 'fr', (c) => c))[0]).toBe('Karim');
  });
});
