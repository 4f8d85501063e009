// "Who am I here?": the signed-in staff member, nobody, or (offline) the one remembered on the
// device; a staff screen opens, sends to the sign-in page, or offers to try again.
import type { SignedInStaff } from '../../../shared/api/auth';
import { me } from '../../api/auth';
import { ApiError } from '../../api/http';
import { rememberStaff, rememberedStaff } from './rememberedStaff';

export type StaffSession =
  | { kind: 'user'; user: SignedInStaff }
  | { kind: 'signedOut' }
  /** The server could not be asked and nobody is remembered on this device. */
  | { kind: 'offline' };

/** Rejects only when `signal` aborts. */
export async function loadSignedInStaff(signal?: AbortSignal): Promise<StaffSession> {
  let user: SignedInStaff | null;
  try {
    user = await me(signal);
  } catch (err) {
    if (signal?.aborted) throw err; // the screen was left: nothing to decide
    const known = err instanceof ApiError && err.code === 'network' ? rememberedStaff() : null;
    return known ? { kind: 'user', user: known } : { kind: 'offline' };
  }
  rememberStaff(user);
  return user ? { kind: 'user', user } : { kind: 'signedOut' };
}
