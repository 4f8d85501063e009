import type { RegistrationView } from '../../../shared/api/registrations';
import { describe, expect, it } from 'vitest';
import { searchMarks } from './searchMarks';

const row = (id: string, fullName: string, organization: string | null = null) =>
  ({ id, fullName, organization }) as RegistrationView;

describe('searchMarks', () => {
  const rows = [
    row('a', 'أحمد بنعلي', 'جمعية الأمل'),
    row('b', 'Ahmed Tazi'),
    row('c', 'Karim', 'Association Tanmia'),
  ];

  it('marks the Arabic name found by a Latin spelling, and says it is another spelling', () => {
    const mark = searchMarks(rows, 'Ahmed').get('a');
    expect(mark?.name).toEqual([[0, 4]]);
    expect(mark?.otherSpelling).toBe(true);
    expect(searchMarks(rows, 'Ahmed').get('b')?.otherSpelling).toBe(false);
  });

  it('marks the organization when it is what matched', () => {
    const mark = searchMarks(rows, 'tanmia').get('c');
    expect(mark?.organization).toEqual([[12, 18]]);
    expect(mark?.name).toEqual([]);
  });

  it('marks nothing without a search, or for a row found by its e-mail', () => {
    expect(searchMarks(rows, '  ').size).toBe(0);
    expect(searchMarks(rows, 'someone@example.ma').size).toBe(0);
  });
});
