// A programme as an admin writes it: a fixed slug (printed in addresses), a title and a
// description in several languages.
import * as v from 'valibot';
import { LongTextSchema, TextSchema } from './common';
import { SlugSchema } from './meeting';

export const ProgrammeInputSchema = v.object({
  slug: SlugSchema,
  title: TextSchema,
  description: v.optional(LongTextSchema),
});
export type ProgrammeInput = v.InferOutput<typeof ProgrammeInputSchema>;

/** What an edit may change; the slug stays (posters and links carry it). `null` clears. */
export const ProgrammePatchSchema = v.object({
  title: v.optional(TextSchema),
  description: v.optional(v.nullable(LongTextSchema)),
});
export type ProgrammePatch = v.InferOutput<typeof ProgrammePatchSchema>;
