// The feedback form's state as typed, and its turn into what the API expects, validated by the
// very schema the server runs. Blank lines are dropped, so field errors are mapped back to the
// line the person sees.
import type { Locale } from '../../../shared/enums';
import type { FieldError } from '../../../shared/errors';
import {
  FeedbackInputSchema,
  RATING_KEYS,
  type FeedbackInput,
  type FeedbackKind,
  type RatingKey,
} from '../../../shared/schemas/feedback';
import { validate } from '../../../shared/schemas/validate';

export const ENTRY_LISTS = ['problems', 'solutions', 'expectedResults'] as const;
export type EntryList = (typeof ENTRY_LISTS)[number];

export interface FeedbackValues {
  /** "" (not rated) or "1"…"5". */
  ratings: Record<RatingKey, string>;
  workshopId: string;
  problems: string[];
  solutions: string[];
  expectedResults: string[];
  comment: string;
  /** The registration on this phone to link the feedback to; "" for anonymous. */
  linkTo: string;
}

/** Field path as the form names it ("ratings.overall", "solutions.2") → message. */
export type FieldErrors = Record<string, string>;

export function emptyValues(): FeedbackValues {
  const ratings = Object.fromEntries(RATING_KEYS.map((k) => [k, ''])) as Record<RatingKey, string>;
  return {
    ratings,
    workshopId: '',
    problems: [''],
    solutions: [''],
    expectedResults: [''],
    comment: '',
    linkTo: '',
  };
}

/** Nothing rated, chosen or typed (the link choice alone is no draft worth keeping). */
export function isBlankFeedback(values: FeedbackValues): boolean {
  return JSON.stringify({ ...values, linkTo: '' }) === JSON.stringify(emptyValues());
}

/** On-site or post-meeting: as the poster or e-mail link says, else by the meeting's end. */
export function kindFor(search: string, endsAt: string, now: number): FeedbackKind {
  const asked = new URLSearchParams(search).get('kind');
  if (asked === 'on-site' || asked === 'post-meeting') return asked;
  return now < Date.parse(endsAt) ? 'on-site' : 'post-meeting';
}

interface Built {
  body: Record<string, unknown>;
  /** For each list, the form line of each entry sent (blank lines are not sent). */
  lines: Record<EntryList, number[]>;
}

export function toInput(
  values: FeedbackValues,
  id: string,
  kind: FeedbackKind,
  locale: Locale,
): Built {
  const ratings: Record<string, number> = {};
  for (const key of RATING_KEYS)
    if (values.ratings[key]) ratings[key] = Number(values.ratings[key]);
  const lines = {} as Record<EntryList, number[]>;
  const body: Record<string, unknown> = { id, kind, ratings, locale };
  for (const list of ENTRY_LISTS) {
    lines[list] = values[list].flatMap((text, line) => (text.trim() ? [line] : []));
    if (lines[list].length > 0) body[list] = lines[list].map((line) => values[list][line]);
  }
  if (values.workshopId) body.workshopId = values.workshopId;
  if (values.comment.trim()) body.comment = values.comment;
  return { body, lines };
}

/** The first message per field, on the path of the line the person sees. */
export function errorsByField(
  errors: readonly FieldError[],
  lines?: Record<EntryList, number[]>,
): FieldErrors {
  const out: FieldErrors = {};
  for (const { path, message } of errors) {
    const [head, index] = path.split('.');
    const list = ENTRY_LISTS.find((l) => l === head);
    const field =
      list && index !== undefined && lines
        ? `${list}.${lines[list][Number(index)] ?? index}`
        : path;
    if (!(field in out)) out[field] = message;
  }
  return out;
}

export type FeedbackCheck = { ok: true; body: FeedbackInput } | { ok: false; errors: FieldErrors };

export function checkFeedback(
  values: FeedbackValues,
  id: string,
  kind: FeedbackKind,
  locale: Locale,
): FeedbackCheck {
  const { body, lines } = toInput(values, id, kind, locale);
  const result = validate(FeedbackInputSchema, body, locale);
  return result.ok
    ? { ok: true, body: result.value }
    : { ok: false, errors: errorsByField(result.errors, lines) };
}
