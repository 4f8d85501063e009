// What the API answers about registrations: the answer to a sign-up, the organizers' list item,
// the participant's own view (with the ticket), everything held about them (right of access),
// what an erasure leaves; and the requests, inferred from their schemas. The server's views
// return these types and the client reads them; neither side writes them again.
import type {
  AccessibilityNeed,
  AgeBand,
  Gender,
  Locale,
  OutboxChannel,
  OutboxStatus,
  RegistrationSource,
  RegistrationStatus,
  Role,
} from '../enums';
import type { CheckinMethod, CheckinOutcome } from '../schemas/checkin';
import type { FeedbackKind } from '../schemas/feedback';
import type { SupportRequestView } from './support';

export type { RecoverRequest, RegistrationInput, RegistrationPatch } from '../schemas/registration';
export type { DecisionsInput, RegistrationFilter } from '../schemas/organizer';

/** `POST /api/meetings/:slug/registrations` → 201; a replay of the same id answers the same. */
export interface Registered {
  id: string;
  /** The status the registration was first given (a replay does not report later changes). */
  status: RegistrationStatus;
  manageToken: string;
  /** The private link, its token after `#`. */
  manageUrl: string;
}

/** `POST …/registrations/recover` → 202, whoever registered: the answer tells nothing. */
export type RecoverAnswer = Record<string, never>;

/** `POST …/registrations/decisions`: the ids whose status changed (all or nothing). */
export interface DecisionsAnswer {
  changed: string[];
}

/** `DELETE /api/registrations/:id`: what is left is an anonymous row. */
export interface ErasedRegistration {
  id: string;
  status: RegistrationStatus;
  erasedAt: string;
}

/** A registration with all its fields: `GET /api/meetings/:slug/registrations` items. */
export interface RegistrationView {
  id: string;
  fullName: string;
  gender: Gender;
  ageBand: AgeBand;
  role: Role;
  organization: string | null;
  provinceCode: string;
  email: string | null;
  phone: string | null;
  locale: Locale;
  accessibility: AccessibilityNeed[];
  accessibilityNote: string | null;
  workshopId: string | null;
  photoConsent: boolean;
  status: RegistrationStatus;
  source: RegistrationSource;
  createdAt: string;
  updatedAt: string;
  checkedInAt: string | null;
}

/** The participant's own registration: the answer of a registration, an edit or a cancel. */
export interface OwnRegistrationView extends RegistrationView {
  meetingSlug: string;
  /** The QR ticket's content while the registration is accepted, else null. */
  ticketToken: string | null;
  /** The typeable ticket code (`XXXX-XXXX`) while accepted, else null. */
  ticketCode: string | null;
}

/** A message the server sent (or will send) to the person: what, how, where, when. */
export interface SentMessage {
  kind: string;
  channel: OutboxChannel;
  to: string;
  status: OutboxStatus;
  queuedAt: string;
  sentAt: string | null;
}

/** One scan of the person at a desk. */
export interface CheckinRecord {
  at: string;
  method: CheckinMethod;
  outcome: CheckinOutcome;
  receivedAt: string;
}

/** Everything the server holds about one participant: `GET /api/registrations/:id`. */
export interface PersonalData extends OwnRegistrationView {
  consentAt: string;
  invitationCode: string | null;
  messages: SentMessage[];
  supportRequest: SupportRequestView | null;
  checkins: CheckinRecord[];
  feedback: Array<{ id: string; kind: FeedbackKind; createdAt: string }>;
}

/**
 * What the private link shows: the whole answer of `GET /api/registrations/:id`, or what an
 * edit or a cancel answered (the registration without the rest of the person's data).
 */
export type RegistrationDetails = OwnRegistrationView &
  Partial<Omit<PersonalData, keyof OwnRegistrationView>>;
