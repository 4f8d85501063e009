// The feedback form's rules: what is sent, which kind it is, where errors show.
import { describe, expect, it } from 'vitest';
import { checkFeedback, emptyValues, kindFor, toInput, type FeedbackValues } from './form';

const ID = '0b8d7c3e-8f2a-4c55-9a47-7b0f3f1e2a10';
const filled = (change: Partial<FeedbackValues> = {}): FeedbackValues => ({
  ...emptyValues(),
  ratings: { ...emptyValues().ratings, overall: '4' },
  ...change,
});

describe('the feedback form', () => {
  it('asks for the overall rating, in the reader’s language', () => {
    const check = checkFeedback(emptyValues(), ID, 'on-site', 'ar');
    expect(check.ok).toBe(false);
    if (!check.ok) expect(Object.keys(check.errors)).toEqual(['ratings.overall']);
  });

  it('sends ratings as numbers and leaves out blank lines, the comment and unrated ones', () => {
    const { body } = toInput(
      filled({ solutions: ['', 'سجل وطني للجمعيات', '  '] }),
      ID,
      'post-meeting',
      'fr',
    );
    expect(body).toEqual({
      id: ID,
      kind: 'post-meeting',
      ratings: { overall: 4 },
      locale: 'fr',
      solutions: ['سجل وطني للجمعيات'],
    });
    expect(checkFeedback(filled(), ID, 'on-site', 'ar').ok).toBe(true);
  });

  it('shows an entry’s error on the line the person sees, blank lines before it included', () => {
    const check = checkFeedback(filled({ problems: ['', 'x'.repeat(501)] }), ID, 'on-site', 'en');
    expect(!check.ok && Object.keys(check.errors)).toEqual(['problems.1']);
  });

  it('is on-site until the meeting ends, post-meeting after, unless the link says which', () => {
    const ends = '2026-12-12T15:30:00+00:00';
    expect(kindFor('', ends, Date.parse('2026-12-12T11:00:00Z'))).toBe('on-site');
    expect(kindFor('', ends, Date.parse('2026-12-13T09:00:00Z'))).toBe('post-meeting');
    expect(kindFor('?kind=post-meeting', ends, Date.parse('2026-12-12T11:00:00Z'))).toBe(
      'post-meeting',
    );
    expect(kindFor('?kind=nonsense', ends, Date.parse('2026-12-12T11:00:00Z'))).toBe('on-site');
  });
});
