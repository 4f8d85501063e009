// "My registrations" kept fresh: the server's current status (and ticket) of each registration
// on this phone, asked for while the page is open and in view.
import { ApiError } from '../../api/http';
import { getRegistration } from '../../api/registrations';
import { listRegistrations, updateRegistration } from '../../store/registrations';
import { getEntry } from '../../store/writeQueue';
import { announceChange } from '../../sync/changes';
import { isOnline, onConnectivityChange } from '../../sync/triggers';
import { applyRegistrationOutcome } from './registrationOutcome';

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

/** While the page stays open and in view, statuses are asked for again this often. */
const REFRESH_EVERY_MS = 60_000;

/**
 * Asks the server for fresh statuses now, each time the device comes back online or the person
 * comes back to the page, and every minute while it is in view: an organizer may accept someone
 * from the waiting list while the page is open. (Changes made on this phone, in any tab, arrive
 * through the write queue's change events.) Returns the function that stops it all.
 */
export function keepStatusesFresh(): () => void {
  const abort = new AbortController();
  let running = false;
  // Asked again while a read is on its way (which may have left before the change it is
  // asked for): one more read follows it, rather than none until the next minute.
  let again = false;
  const refresh = () => {
    if (!isOnline() || document.visibilityState !== 'visible') return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    void refreshRegistrationStatuses(abort.signal)
      .catch(() => undefined)
      .finally(() => {
        running = false;
        if (again && !abort.signal.aborted) {
          again = false;
          refresh();
        }
      });
  };
  refresh();
  const stop = onConnectivityChange((now) => {
    if (now) refresh();
  });
  const timer = window.setInterval(refresh, REFRESH_EVERY_MS);
  document.addEventListener('visibilitychange', refresh);
  window.addEventListener('focus', refresh);
  return () => {
    stop();
    abort.abort();
    window.clearInterval(timer);
    document.removeEventListener('visibilitychange', refresh);
    window.removeEventListener('focus', refresh);
  };
}
