// What the API answers about a meeting's invitation codes, and what organizers send for new ones.

export type { InvitationRequest } from '../schemas/organizer';

/** `GET …/invitations` items. */
export interface Invitation {
  code: string;
  label: string;
  createdAt: string;
  /** How many registrations used this code. */
  used: number;
}

/** `POST …/invitations` → 201: the new codes, under the label asked. */
export interface CreatedInvitation {
  code: string;
  label: string;
}
