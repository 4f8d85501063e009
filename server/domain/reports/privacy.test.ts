// Small-cell suppression: which cells a report that leaves the organizers hides.
import { describe, expect, it } from 'vitest';
import { reportFromCounts } from './tables';
import { suppressSmallCells } from './privacy';
import type { CountRow } from '../../db/repositories/reports';

const rows = (list: Array<[CountRow['dim'], string | null, number]>): CountRow[] =>
  list.map(([dim, key, n]) => ({ dim, key, n }));

describe('hiding small cells', () => {
  it('hides cells of 1 or 2 people under minCell=3 and flags them, keeping zeros and totals', () => {
    const report = reportFromCounts(
      'attended',
      rows([
        ['total', null, 20],
        ['age', '18-30', 2],
        ['age', '30-40', 1],
        ['age', '40-50', 17],
      ]),
    );
    const hidden = suppressSmallCells(report, 3);
    expect(hidden.total).toBe(20);
    expect(hidden.byAgeBand).toEqual({
      '18-30': null,
      '30-40': null,
      '40-50': 17,
      '50-60': 0,
      '60+': 0,
      unknown: 0,
    });
    expect(hidden.suppressed.byAgeBand).toEqual({ '18-30': true, '30-40': true });
    expect(hidden.minCell).toBe(3);
  });

  it('hides a second cell when one alone would be given away by the total', () => {
    const report = reportFromCounts(
      'attended',
      rows([
        ['total', null, 20],
        ['gender', 'female', 1],
        ['gender', 'male', 19],
      ]),
    );
    expect(suppressSmallCells(report, 3).byGender).toEqual({ female: null, male: null });
  });

  it('groups provinces by region, whose totals are shown', () => {
    const report = reportFromCounts(
      'attended',
      rows([
        ['total', null, 12],
        ['province', 'tetouan', 1],
        ['province', 'tanger-assilah', 6],
        ['province', 'larache', 4],
        ['province', 'rabat', 1],
      ]),
    );
    const hidden = suppressSmallCells(report, 3);
    expect(hidden.suppressed.byProvince).toEqual({ tetouan: true, larache: true, rabat: true });
    expect(hidden.byProvince['tanger-assilah']).toBe(6);
    // Rabat-Salé-Kénitra's 1 would be 12 − 11: Tanger-Tétouan-Al Hoceïma's 11 goes too.
    expect(hidden.byRegion).toMatchObject({ '01': null, '04': null, '02': 0 });
  });

  it('leaves tables without small cells untouched', () => {
    const report = reportFromCounts(
      'attended',
      rows([
        ['total', null, 10],
        ['gender', 'female', 5],
        ['gender', 'male', 5],
      ]),
    );
    const hidden = suppressSmallCells(report, 3);
    expect(hidden.byGender).toEqual({ female: 5, male: 5 });
    expect(hidden.suppressed.byGender).toBeUndefined();
  });
});
