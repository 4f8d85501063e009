// The kinds of e-mail the outbox carries (the API's `kind`), and which need the registration
// to still be in a given state when the worker gets to them.
export const MAIL_KINDS = [
  'received',
  'confirmation',
  'waitlisted',
  'cancellation',
  'support-decision',
  'reminder',
  'feedback-invitation',
  'proposal-outcome',
  'recover',
] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

/** A kind read from a row: every kind has a template (the catalogues are typed by MailKind). */
export function isMailKind(kind: string): kind is MailKind {
  return (MAIL_KINDS as readonly string[]).includes(kind);
}

/**
 * A reminder may be scheduled days ahead: if the participant cancelled meanwhile it is dropped;
 * a link sent again is only for a registration still live. Every other kind reports something
 * that did happen, so it goes out whatever came after.
 */
export function stillRelevant(kind: string, registrationStatus: string): boolean {
  if (kind === 'reminder') return registrationStatus === 'accepted';
  if (kind === 'recover') return ['pending', 'accepted', 'waitlisted'].includes(registrationStatus);
  return true;
}

/** The e-mail a registration gets on reaching this status, if any (rejection sends none). */
export function mailForStatus(status: string): MailKind | null {
  switch (status) {
    case 'accepted':
      return 'confirmation';
    case 'waitlisted':
      return 'waitlisted';
    case 'pending':
      return 'received';
    case 'cancelled':
      return 'cancellation';
    default:
      return null;
  }
}
