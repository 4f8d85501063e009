// Where a registration made on this phone stands, as the person reads it, and its private link.
// Pure: the screens and their tests share them.
import type { RegistrationStatus } from '../../../shared/enums';
import type { LocalRegistration, QueuedWrite } from '../../store/types';

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
