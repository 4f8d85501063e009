// Sign out of this device: the session ends, the account and the drafts read while signed in
// are forgotten. Check-ins not sent yet leave with the session, so the screen asks first.
import { logout } from '../../api/auth';
import { unsentDeskItems } from '../../sync/entryScope';
import { listEntries } from '../../sync/writeQueue';
import { rememberStaff } from './rememberedStaff';

/** How many desk check-ins on this device have not reached the server yet. */
export async function unsentBeforeSignOut(): Promise<number> {
  return unsentDeskItems(await listEntries().catch(() => []));
}

export async function signOut(): Promise<void> {
  try {
    await logout();
  } finally {
    rememberStaff(null);
    // Drafts read while signed in stay off this device once signed out.
    if ('caches' in globalThis) await caches.delete('liqa-api').catch(() => false);
  }
}
