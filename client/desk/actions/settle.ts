// What the write queue's answers change at the desk: each event's outcome from the server (another
// desk may have been first), walk-ins accepted or refused, workshop moves delivered. Read from
// the queue itself, so answers received by the service worker (Background Sync) count too.
import { checkinsUrl } from '../../api/checkin';
import { checkinsOf, recordAnswers } from '../../store/checkins';
import { updateRosterEntry } from '../../store/roster';
import type { LocalCheckin, QueuedWrite, RosterEntry } from '../../store/types';
import { itemsIn } from '../../sync/entryScope';
import { discard } from '../../sync/writeQueue';
import { registrationUrl } from '../../api/registrations';
import { CHECKIN_KIND, WORKSHOP_KIND, resultsOf } from '../batch';
import type { Desk } from './desk';
import { tellOtherTabs, tellRosterWritten } from './otherTabs';
import { refreshSummary } from './refresh';

type Answer = { id: string; server: NonNullable<LocalCheckin['server']> };

const settled = (e: QueuedWrite) => e.state === 'sent' || e.state === 'refused';
const pending = (e: QueuedWrite) => e.state === 'waiting' || e.state === 'sending';

/**
 * A refusal the staff can undo by signing in again (the session lapsed or was revoked) and
 * sending again; a batch of events is always retryable: its events are each idempotent.
 */
function retryable(e: QueuedWrite): boolean {
  if (e.state !== 'refused') return false;
  const status = e.response?.status;
  return e.kind === CHECKIN_KIND || status === 401 || status === 403;
}

function isWalkIn(entry: QueuedWrite, url: string): boolean {
  return (
    entry.kind === 'registration' &&
    entry.url === url &&
    (entry.body as { source?: string })?.source === 'walk-in'
  );
}

/** The walk-in's local record once the server answered its registration. */
function walkInAfter(entry: QueuedWrite, person: RosterEntry): RosterEntry {
  const body = (entry.response?.body ?? {}) as { status?: string; title?: string; detail?: string };
  if (entry.state === 'refused') {
    return {
      ...person,
      walkIn: { state: 'refused', problem: body.detail || body.title || entry.error },
    };
  }
  const { walkIn: _done, ...rest } = person;
  return { ...rest, status: typeof body.status === 'string' ? body.status : person.status };
}

async function applyWalkIn(desk: Desk, entry: QueuedWrite): Promise<void> {
  const updated = await updateRosterEntry(entry.id, (p) => walkInAfter(entry, p));
  if (updated) {
    tellRosterWritten(desk.slug, [updated]);
    desk.index.upsert([updated]);
  }
  // The walk-in's contact details leave the desk's phone as soon as the server has answered.
  await discard(entry.id);
}

async function applyWorkshop(desk: Desk, entry: QueuedWrite): Promise<void> {
  const personId = decodeURIComponent(entry.url.split('/').at(-2) ?? '');
  const updated = await updateRosterEntry(personId, (p) => {
    if (p.workshopChange?.entryId !== entry.id) return p;
    const { workshopChange: _done, ...rest } = p;
    return rest;
  });
  if (updated) {
    tellRosterWritten(desk.slug, [updated]);
    desk.index.upsert([updated]);
  }
}

/** Applies every answered entry of this meeting; cheap to call after each queue change. */
export async function settleFromQueue(desk: Desk, entries: readonly QueuedWrite[]): Promise<void> {
  const eventsUrl = checkinsUrl(desk.slug);
  const walkInUrl = registrationUrl(desk.slug);
  const meetingPrefix = eventsUrl.replace(/checkins$/, '');
  const mine = entries.filter(
    (e) =>
      (e.kind === CHECKIN_KIND && e.url === eventsUrl) ||
      isWalkIn(e, walkInUrl) ||
      (e.kind === WORKSHOP_KIND && e.url.startsWith(meetingPrefix)),
  );
  const answers: Answer[] = [];
  let moved = false;
  for (const entry of mine.filter(settled)) {
    // What may be sent again (after signing in) is not final yet.
    if (desk.applied.has(entry.id) || retryable(entry)) continue;
    desk.applied.add(entry.id);
    if (entry.kind === CHECKIN_KIND && entry.state === 'sent') {
      for (const r of resultsOf(entry)) {
        answers.push({
          id: r.id,
          server: {
            outcome: r.outcome,
            registrationId: r.registrationId,
            checkedInAt: r.checkedInAt,
          },
        });
      }
    } else if (entry.kind === 'registration') await applyWalkIn(desk, entry);
    else if (entry.kind === WORKSHOP_KIND) {
      await applyWorkshop(desk, entry);
      moved = true;
    }
  }
  const changed = answers.length > 0 && (await recordAnswers(answers)) > 0;
  if (changed) {
    desk.setCheckins(await checkinsOf(desk.slug));
    tellOtherTabs({ slug: desk.slug, checkins: true });
  }
  const refusedEntries = mine.filter(retryable);
  const refused = refusedEntries.map((e) => e.id);
  // Check-ins, not batches: "221 waiting" is what the staff need to know, not "11".
  const waiting = mine.filter(pending).reduce((n, e) => n + itemsIn(e), 0);
  const queueChanged = waiting !== desk.waiting || refused.join() !== desk.refusedIds.join();
  desk.waiting = waiting;
  desk.refusedIds = refused;
  desk.refusedItems = refusedEntries.reduce((n, e) => n + itemsIn(e), 0);
  if (changed || moved || queueChanged) desk.changed();
  if (changed || moved) await refreshSummary(desk);
}
