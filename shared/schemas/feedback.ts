// Feedback as a phone sends it (ratings, workshop outputs, comment), and the organizer's
// moderation of the proposals it gives rise to.
import * as v from 'valibot';
import { LOCALES, PROPOSAL_STATUSES } from '../enums';
import { feedbackMsg } from '../feedback/validationMessages';
import { UuidSchema, requiredString } from './common';
import { msg } from './validate';

export const FEEDBACK_KINDS = ['on-site', 'post-meeting'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

export const RATING_KEYS = [
  'overall',
  'content',
  'organization',
  'logistics',
  'facilitation',
] as const;
export type RatingKey = (typeof RATING_KEYS)[number];

// The four fates of a proposal (`received` until an organizer says otherwise) are an enum of
// the contract; pages that only name them import them from there, without valibot.
export { PROPOSAL_STATUSES, type ProposalStatus } from '../enums';

export const MAX_ENTRIES = 20;
export const ENTRY_MAX_LENGTH = 500;
export const COMMENT_MAX_LENGTH = 4000;

export const RatingSchema = v.pipe(
  v.number(feedbackMsg('rating')),
  v.integer(feedbackMsg('rating')),
  v.minValue(1, feedbackMsg('rating')),
  v.maxValue(5, feedbackMsg('rating')),
);

/** Not rated: absent, or null from tools that send every key. */
const optionalRating = v.optional(
  v.pipe(
    v.nullable(RatingSchema),
    v.transform((value) => value ?? undefined),
  ),
);

/** Free text that may be sent empty: "" (or blanks) reads as absent. */
const optionalText = (max: number) =>
  v.optional(
    v.pipe(
      v.string(msg('invalid')),
      v.trim(),
      v.maxLength(max, msg('tooLong')),
      v.transform((value) => (value === '' ? undefined : value)),
    ),
  );

/** Problems, solutions, expected results: short entries, one idea each. */
const entries = v.optional(
  v.pipe(
    v.array(requiredString(ENTRY_MAX_LENGTH), msg('invalid')),
    v.maxLength(MAX_ENTRIES, msg('tooLong')),
  ),
);

/** A missing overall rating reads "choose a rating from 1 to 5", not a bare "required". */
export const RatingsSchema = v.object(
  {
    overall: RatingSchema,
    content: optionalRating,
    organization: optionalRating,
    logistics: optionalRating,
    facilitation: optionalRating,
  },
  feedbackMsg('rating'),
);
export type Ratings = v.InferOutput<typeof RatingsSchema>;

export const FeedbackInputSchema = v.object({
  id: UuidSchema,
  kind: v.picklist(FEEDBACK_KINDS, msg('choice')),
  ratings: RatingsSchema,
  workshopId: optionalText(40),
  problems: entries,
  solutions: entries,
  expectedResults: entries,
  comment: optionalText(COMMENT_MAX_LENGTH),
  locale: v.picklist(LOCALES, msg('choice')),
});
export type FeedbackInput = v.InferOutput<typeof FeedbackInputSchema>;

/** Cleared with null or "". */
const clearableText = (max: number) =>
  v.optional(
    v.pipe(
      v.nullable(v.pipe(v.string(msg('invalid')), v.trim(), v.maxLength(max, msg('tooLong')))),
      v.transform((value) => (value ? value : null)),
    ),
  );

/**
 * An organizer's decision on a proposal; every field optional. A proposal is not retained
 * only with an explanation given in the same request: the methodology publishes it.
 */
export const ProposalPatchSchema = v.pipe(
  v.object({
    status: v.optional(v.picklist(PROPOSAL_STATUSES, msg('choice'))),
    explanation: clearableText(2000),
    institution: clearableText(200),
    hidden: v.optional(v.boolean(msg('invalid'))),
    /** Merge into this proposal (a duplicate is then shown once, as the kept one); null undoes. */
    mergedInto: v.optional(v.nullable(UuidSchema)),
  }),
  v.forward(
    v.partialCheck(
      [['status'], ['explanation']],
      (p) => p.status !== 'not-retained' || Boolean(p.explanation),
      feedbackMsg('explanation'),
    ),
    ['explanation'],
  ),
);
export type ProposalPatch = v.InferOutput<typeof ProposalPatchSchema>;

/** Who is invited to give feedback after the meeting; by default those who came. */
export const FeedbackInvitationRequestSchema = v.object({
  audience: v.optional(v.picklist(['attended', 'accepted'] as const, msg('choice'))),
});
export type FeedbackInvitationRequest = v.InferOutput<typeof FeedbackInvitationRequestSchema>;
