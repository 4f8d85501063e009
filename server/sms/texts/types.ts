// One language's SMS texts. Slots: {title} {date} {time} {venue} {link}; {code} takes the
// `code` text (or nothing), {support} the decisions. Kept short: Arabic goes as UCS-2, where
// one SMS holds 70 characters.
export interface SmsCatalogue {
  confirmation: string;
  /** The confirmation of someone who came off the waitlist. */
  promoted: string;
  waitlisted: string;
  cancellation: string;
  reminder: string;
  /** `{support}`: the `supportPart` texts with their `{decision}`, joined by `supportJoin`. */
  'support-decision': string;
  supportPart: { travel: string; lodging: string };
  decision: { approved: string; declined: string };
  supportJoin: string;
  recover: string;
  /** Appended to confirmation, reminder and recover when the person holds a ticket code. */
  code: string;
  /** After the date and time when the meeting is not on Morocco's clock; with `{zone}`. */
  zone: string;
}
