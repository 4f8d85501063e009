// "Lost your link? Get it again": asks the server to send the private link to the address the
// person registered with. It needs the network (nothing is created on the phone, so nothing is
// queued); the server answers the same whoever registered, so "sent" means "asked".
import type { RegistrationInput } from '../../../shared/schemas/registration';
import { ApiError } from '../../api/http';
import { requestLinkAgain } from '../../api/registrations';

export interface RecoverContact {
  email?: string;
  phone?: string;
}

export type RecoverOutcome = 'sent' | 'offline' | 'busy' | 'failed';

export async function askForLinkAgain(
  slug: string,
  contact: RecoverContact,
): Promise<RecoverOutcome> {
  try {
    await requestLinkAgain(slug, contact);
    return 'sent';
  } catch (error) {
    if (error instanceof ApiError && error.code === 'network') return 'offline';
    if (error instanceof ApiError && error.code === 'rate-limited') return 'busy';
    return 'failed';
  }
}

/**
 * The address a refused registration was sent with (kept in its queued write): the e-mail if
 * it had one, else the phone. Null when the entry is gone from the phone.
 */
export function contactOfAttempt(body: unknown): RecoverContact | null {
  if (!body || typeof body !== 'object') return null;
  const { email, phone } = body as Partial<RegistrationInput>;
  if (typeof email === 'string' && email) return { email };
  if (typeof phone === 'string' && phone) return { phone };
  return null;
}
