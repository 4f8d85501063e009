// The last staff account signed in on this device: offline, desk screens still open with it.
import type { SignedInStaff } from '../../../shared/api/auth';
import { cacheStaffScreens } from '../../app/serviceWorker';

const REMEMBERED = 'liqa.staff';

/** Remembers who signed in (and keeps the staff screens for offline use), or forgets them. */
export function rememberStaff(user: SignedInStaff | null): void {
  if (user) cacheStaffScreens();
  try {
    if (user) localStorage.setItem(REMEMBERED, JSON.stringify(user));
    else localStorage.removeItem(REMEMBERED);
  } catch {
    // Not remembered: offline desk screens will ask to sign in again.
  }
}

export function rememberedStaff(): SignedInStaff | null {
  try {
    const raw = localStorage.getItem(REMEMBERED);
    return raw ? (JSON.parse(raw) as SignedInStaff) : null;
  } catch {
    return null;
  }
}
