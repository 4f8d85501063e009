// What the API answers about a meeting's invitation codes.

/** `GET …/invitations` items, and what `POST …/invitations` creates. */
export interface Invitation {
  code: string;
  label: string;
  createdAt: string;
  /** How many registrations used this code. */
  used: number;
}
