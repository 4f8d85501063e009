// The feedback and moderation schemas, as the server and the forms run them.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FeedbackInputSchema, ProposalPatchSchema } from './feedback';
import { validate } from './validate';

const feedback = (overrides: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  kind: 'on-site',
  ratings: { overall: 4 },
  locale: 'ar',
  ...overrides,
});

describe('feedback schema', () => {
  it('accepts an overall rating alone', () => {
    expect(validate(FeedbackInputSchema, feedback(), 'ar').ok).toBe(true);
  });

  it.each([0, 6, 3.5, '4'])(
    'refuses the rating %s at ratings.overall, in the language asked',
    (overall) => {
      const result = validate(FeedbackInputSchema, feedback({ ratings: { overall } }), 'fr');
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.errors[0]?.path).toBe('ratings.overall');
        expect(result.errors[0]?.message).toMatch(/de 1 .* à 5/);
      }
    },
  );

  it('refuses an optional rating outside 1–5 at its own path', () => {
    const result = validate(
      FeedbackInputSchema,
      feedback({ ratings: { overall: 3, logistics: 9 } }),
      'en',
    );
    expect(!result.ok && result.errors.map((e) => e.path)).toEqual(['ratings.logistics']);
  });

  it('reads null and empty text as not given', () => {
    const result = validate(
      FeedbackInputSchema,
      feedback({ ratings: { overall: 3, content: null }, comment: '  ', workshopId: '' }),
      'ar',
    );
    expect(
      result.ok && [result.value.ratings.content, result.value.comment, result.value.workshopId],
    ).toEqual([undefined, undefined, undefined]);
  });

  it('refuses a blank entry among the solutions, with its index in the path', () => {
    const result = validate(
      FeedbackInputSchema,
      feedback({ solutions: ['منصة رقمية للتشاور', '  '] }),
      'ar',
    );
    expect(!result.ok && result.errors[0]?.path).toBe('solutions.1');
  });

  it('refuses more than 20 entries of a kind', () => {
    const result = validate(
      FeedbackInputSchema,
      feedback({ problems: Array.from({ length: 21 }, (_, i) => `p${i}`) }),
      'ar',
    );
    expect(!result.ok && result.errors[0]?.path).toBe('problems');
  });

  it('knows only the two kinds', () => {
    const result = validate(FeedbackInputSchema, feedback({ kind: 'online' }), 'ar');
    expect(!result.ok && result.errors[0]?.path).toBe('kind');
  });
});

describe('proposal moderation schema', () => {
  it('requires an explanation to mark a proposal not retained', () => {
    const result = validate(ProposalPatchSchema, { status: 'not-retained' }, 'ar');
    expect(!result.ok && result.errors[0]?.path).toBe('explanation');
    expect(
      validate(ProposalPatchSchema, { status: 'not-retained', explanation: '   ' }, 'ar').ok,
    ).toBe(false);
    expect(
      validate(
        ProposalPatchSchema,
        { status: 'not-retained', explanation: 'خارج اختصاص الخطة' },
        'ar',
      ).ok,
    ).toBe(true);
  });

  it('lets other statuses go without an explanation', () => {
    expect(validate(ProposalPatchSchema, { status: 'retained' }, 'ar').ok).toBe(true);
    expect(validate(ProposalPatchSchema, { hidden: true }, 'ar').ok).toBe(true);
  });

  it('clears the institution with an empty string or null', () => {
    const result = validate(ProposalPatchSchema, { institution: '' }, 'ar');
    expect(result.ok && result.value.institution).toBe(null);
  });

  it('knows only the four statuses', () => {
    const result = validate(ProposalPatchSchema, { status: 'accepted' }, 'ar');
    expect(!result.ok && result.errors[0]?.path).toBe('status');
  });
});
