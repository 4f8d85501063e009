// Brings the desk's roster copy up to date: the whole roster when the desk opens, then only who
// changed since (other desks' check-ins among them), plus the server's counts. Offline, the
// copy on the device goes on serving and the screen says how old it is.
import { ApiError } from '../../api/http';
import { getCheckinEvents, getCheckinSummary, getRoster } from '../../api/checkin';
import { setMeta } from '../../store/meta';
import { updateRosterEntry, writeRoster } from '../../store/roster';
import { INDEX_MEASURE } from '../rosterIndex';
import { listEntries } from '../../sync/writeQueue';
import { mergeRoster } from '../mergeRoster';
import { rosterCopyKey, type Desk, type RefreshProblem } from './desk';
import { tellRosterWritten } from './otherTabs';

/** The User Timing entry a full download-and-store leaves (read by the benchmark). */
export const ROSTER_MEASURE = 'liqa:desk:roster';

/**
 * Venue Wi-Fi often hangs rather than fails: past this a request counts as a network failure,
 * or one stuck refresh would hold back every later one.
 */
const ROSTER_TIMEOUT_MS = 30_000;
const SMALL_TIMEOUT_MS = 10_000;

function timeout(ms: number): AbortSignal | undefined {
  return typeof AbortSignal.timeout === 'function' ? AbortSignal.timeout(ms) : undefined; // older Safari
}

function problemOf(error: unknown): RefreshProblem {
  if (!(error instanceof ApiError)) return 'storage';
  if (error.status === 401) return 'signed-out';
  if (error.status === 403) return 'forbidden';
  if (error.status === 404) return 'not-found';
  return 'network';
}

async function pendingEntryIds(): Promise<Set<string>> {
  const entries = await listEntries();
  return new Set(
    entries.filter((e) => e.state === 'waiting' || e.state === 'sending').map((e) => e.id),
  );
}

/** Downloads and stores the roster (all of it, or what changed since the desk's copy). */
export async function refreshRoster(desk: Desk, options: { full?: boolean } = {}): Promise<void> {
  if (desk.refreshing) return;
  // The first refresh of a session is whole: it also drops people no longer on the list.
  const full = Boolean(options.full || !desk.copy || !desk.wholeRosterSeen);
  desk.refreshing = true;
  desk.changed();
  const started = performance.now();
  try {
    const since = full ? undefined : desk.copy?.generatedAt;
    const roster = await getRoster(desk.slug, since, timeout(ROSTER_TIMEOUT_MS));
    const change = mergeRoster(
      desk.slug,
      desk.index,
      roster.attendees,
      full,
      await pendingEntryIds(),
    );
    await writeRoster(change.put, change.remove);
    desk.copy = { generatedAt: roster.generatedAt, savedAt: Date.now() };
    await setMeta(rosterCopyKey(desk.slug), desk.copy);
    tellRosterWritten(desk.slug, change.put, change.remove);
    if (full) {
      performance.measure(ROSTER_MEASURE, { start: started });
      desk.wholeRosterSeen = true;
    }
    desk.index.remove(change.remove);
    const indexing = performance.now();
    const fresh = desk.index.size === 0;
    desk.index.upsert(change.put);
    // A roster arriving on an empty desk (its first opening on this device): terms for everyone.
    if (fresh && desk.index.size) {
      performance.measure(INDEX_MEASURE, { start: indexing });
      desk.index.warmUp();
    }
    desk.problem = null;
  } catch (error) {
    desk.problem = problemOf(error);
  } finally {
    desk.refreshing = false;
    desk.changed();
  }
  if (desk.problem === null) await refreshSummary(desk);
}

/** The server's counts (expected, arrived, per workshop, per desk). */
export async function refreshSummary(desk: Desk): Promise<void> {
  try {
    desk.summary = await getCheckinSummary(desk.slug, timeout(SMALL_TIMEOUT_MS));
    desk.changed();
  } catch {
    // The desk's own counts stand in until the next refresh.
  }
}

/**
 * Which desk scanned a person at `at` (their arrival), from the audit list: asked only when the
 * desk shows someone as already checked in by another desk, so refreshes stay small. Kept in
 * the roster copy, so the answer is there offline next time.
 */
export async function learnDesk(desk: Desk, personId: string, at: string): Promise<string | null> {
  const when = Date.parse(at);
  try {
    const events = await getCheckinEvents(desk.slug, timeout(SMALL_TIMEOUT_MS));
    const first = events.find((e) => e.registrationId === personId && Date.parse(e.at) === when);
    if (!first) return null;
    const updated = await updateRosterEntry(personId, (p) =>
      p.checkedInAt && Date.parse(p.checkedInAt) === when
        ? { ...p, checkedInBy: first.deviceId }
        : p,
    );
    if (updated) {
      tellRosterWritten(desk.slug, [updated]);
      desk.index.upsert([updated]);
      desk.changed();
    }
    return first.deviceId;
  } catch {
    return null;
  }
}
