// "Register": the form's registration is saved on this phone, then queued; the write queue sends
// it when it can, and its reaction (registrationOutcome.ts) takes in the server's answer.
import type { RegistrationInput } from '../../../shared/schemas/registration';
import { registrationUrl } from '../../api/registrations';
import { deleteRegistration, putRegistration } from '../../store/registrations';
import type { LocalRegistration, MeetingTitle } from '../../store/types';
import { newId } from '../../sync/uuid';
import { enqueue } from '../../sync/writeQueue';
import { REGISTRATION_KIND } from './registrationOutcome';

export interface SubmitRegistration {
  slug: string;
  meetingTitle: MeetingTitle;
  /** The validated body; its `id` is the registration's id for good. */
  body: RegistrationInput;
}

/** A new attempt's id (its id on the server too): a refused id may already be known there. */
export function newRegistrationId(): string {
  return newId();
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
