// Invitation codes for institutional invitees (regional council, communes, advisory bodies):
// a code bypasses the target-region rule and marks the registration as invited.
import type { CreatedInvitation, Invitation } from '../../shared/api/invitations';
import { randomInt } from 'node:crypto';
import { insertInvitations, listInvitations } from '../db/repositories/invitations';
import type { MeetingRow } from '../db/repositories/meetings';
import type { Deps } from '../deps';

// No 0/O, 1/I/L: codes are read aloud over the phone and typed from paper.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function newInvitationCode(): string {
  const pick = () => ALPHABET[randomInt(ALPHABET.length)];
  return Array.from({ length: 8 }, pick)
    .join('')
    .replace(/^(.{4})/, '$1-');
}

/** What a person typed, as stored: "abcd efgh" → "ABCD-EFGH". */
export function normalizeInvitationCode(typed: string): string {
  const bare = typed.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return bare.length === 8 ? `${bare.slice(0, 4)}-${bare.slice(4)}` : typed.trim().toUpperCase();
}

export async function createInvitations(
  deps: Deps,
  meeting: MeetingRow,
  count: number,
  label: string,
  actorId: string,
): Promise<CreatedInvitation[]> {
  const created_at = deps.now().toISOString();
  const rows = Array.from({ length: count }, () => ({
    code: newInvitationCode(),
    meeting_id: meeting.id,
    label,
    created_at,
    created_by: actorId,
  }));
  await insertInvitations(deps.db.kysely, rows);
  return rows.map(({ code }) => ({ code, label }));
}

export async function invitationsOf(deps: Deps, meeting: MeetingRow): Promise<Invitation[]> {
  const rows = await listInvitations(deps.db.kysely, meeting.id);
  return rows.map((r) => ({
    code: r.code,
    label: r.label,
    createdAt: r.created_at,
    used: Number(r.used),
  }));
}
