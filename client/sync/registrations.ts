// The participant's registration intents: register (through the write queue), follow the status,
// forget a registration on this phone.
import type { RegistrationStatus } from '../../shared/enums';
import type { RegistrationInput } from '../../shared/schemas/registration';
import { ApiError } from '../api/http';
import { getRegistration } from '../api/registrations';
import { getEntry } from '../store/writeQueue';
import {
  deleteRegistration,
  listRegistrations,
  putRegistration,
  updateRegistration,
} from '../store/registrations';
import type { LocalRegistration, MeetingTitle, QueuedWrite } from '../store/types';
import { announceChange } from './changes';
import { discard, enqueue } from './writeQueue';
import { applyRegistrationOutcome, REGISTRATION_KIND } from './registrationOutcome';

export interface SubmitRegistration {
  slug: string;
  meetingTitle: MeetingTitle;
  /** The validated body; its `id` is the registration's id for good. */
  body: RegistrationInput;
}

export function registrationUrl(slug: string): string {
  return `/api/meetings/${encodeURIComponent(slug)}/registrations`;
}

/**
 * Saves the registration on the phone, then queues it. The local record comes first so
 * the write queue's answer always finds it; if queueing fails (storage full) it is removed again.
 */
export async function submitRegistration(input: SubmitRegistration): Promise<LocalRegistration> {
  const now = Date.now();
  const record: LocalRegistration = {
    id: input.body.id,
    meetingSlug: input.slug,
    meetingTitle: input.meetingTitle,
    fullName: input.body.fullName,
    status: 'waiting',
    createdAt: now,
    updatedAt: now,
  };
  await putRegistration(record);
  try {
    await enqueue({
      id: record.id,
      kind: REGISTRATION_KIND,
      method: 'POST',
      url: registrationUrl(input.slug),
      body: input.body,
    });
  } catch (error) {
    await deleteRegistration(record.id);
    throw error;
  }
  return record;
}

/** Removes the registration from this phone only (the server keeps it; the link deletes it). */
export async function forgetRegistration(id: string): Promise<void> {
  await deleteRegistration(id);
  await discard(id);
}

/** What the person sees: the write queue's progress until the server has answered. */
export type RegistrationProgress = 'waiting' | 'sending' | 'refused' | RegistrationStatus;

export function progressOf(record: LocalRegistration, entry?: QueuedWrite): RegistrationProgress {
  if (record.status !== 'waiting') return record.status;
  return entry?.state === 'sending' ? 'sending' : 'waiting';
}

/** The private link, with the token after `#` so it never reaches a server log. */
export function privateLink(record: Pick<LocalRegistration, 'id' | 'manageToken'>): string | null {
  return record.manageToken ? `/r/${encodeURIComponent(record.id)}#${record.manageToken}` : null;
}

/**
 * Catches records still `waiting` whose entry was answered where no handler ran (an old
 * service worker version), then asks the server for the current status (and ticket) of the
 * others.
 */
export async function refreshRegistrationStatuses(signal?: AbortSignal): Promise<void> {
  let changed = false;
  for (const record of await listRegistrations()) {
    if (record.status === 'waiting') {
      const entry = await getEntry(record.id);
      if (entry && (entry.state === 'sent' || entry.state === 'refused')) {
        await applyRegistrationOutcome(entry);
        changed = true;
      }
      continue;
    }
    if (!record.manageToken || record.status === 'refused') continue;
    try {
      const server = await getRegistration(record.id, record.manageToken, signal);
      // The ticket comes with the status: kept on the phone for the door, where there may be
      // no network.
      const ticketToken = server.ticketToken ?? null;
      const ticketCode = server.ticketCode ?? null;
      if (
        server.status !== record.status ||
        ticketToken !== record.ticketToken ||
        ticketCode !== (record.ticketCode ?? null)
      ) {
        await updateRegistration(record.id, (r) => ({
          ...r,
          status: server.status,
          ticketToken,
          ticketCode,
          updatedAt: Date.now(),
        }));
        changed = true;
      }
    } catch (error) {
      // Offline, or the link no longer works: the last known status stays on screen, and
      // once the network is known to be down the other records need not try.
      if (signal?.aborted || (error instanceof ApiError && error.code === 'network')) break;
    }
  }
  if (changed) announceChange('changed');
}
