// The shape of one language's e-mail texts. `{name}`-style slots are filled by `fill()`.
import type { ProposalStatus } from '../../../shared/schemas/feedback';
import type { MailKind } from '../kinds';

export interface KindText {
  /** With `{title}`. */
  subject: string;
  heading: string;
  intro: string;
}

export interface MailCatalogue {
  dir: 'rtl' | 'ltr';
  /** Sunday first, as Date.getUTCDay() counts. */
  weekdays: readonly string[];
  months: readonly string[];
  /** With `{weekday} {day} {month} {year} {start} {end}`; says it is Morocco's time. */
  when: string;
  /** The same for a meeting held in another time zone, with `{zone}`. */
  whenElsewhere: string;
  /** With `{name}`. */
  greeting: string;
  labels: {
    when: string;
    where: string;
    map: string;
    programme: string;
    workshop: string;
    bring: string;
    privateLink: string;
    /** The meeting's contact (e-mail, phone) for reaching its organizers. */
    contact: string;
    /** Above the typeable ticket code sent again with the private link. */
    ticketCode: string;
    /** Travel and lodging support, where the meeting offers it. */
    support: string;
  };
  bring: string;
  ticket: string;
  /** Above the typeable ticket code, for when the QR cannot be scanned. */
  ticketCode: string;
  linkNote: string;
  /** The private link's button. */
  openLink: string;
  /** Under the support heading, and the link to ask. */
  supportNote: string;
  supportLink: string;
  footer: string;
  /** The footer when the meeting has a contact e-mail: replies reach the organizers. */
  footerReply: string;
  attachments: { ticket: string; calendar: string };
  /** The `support-decision` e-mail's block; `{decision}` and `{nights}` slots. */
  support: {
    label: string;
    travel: string;
    lodging: string;
    nights: string;
    approved: string;
    declined: string;
    note: string;
  };
  /** The `feedback-invitation` e-mail's link. */
  feedback: { label: string; link: string };
  /** The `proposal-outcome` e-mail's blocks. */
  proposal: {
    label: string;
    outcome: string;
    explanation: string;
    institution: string;
    all: string;
    status: Record<ProposalStatus, string>;
  };
  /** `promoted` is the confirmation of someone who came off the waitlist. */
  kinds: Record<MailKind | 'promoted', KindText>;
}

// The one `{name}` fill rule, the same the PWA's catalogues use.
export { fill } from '../../../shared/i18n/fill';
