// A roster from the server applied to the desk's copy: what to write and what to remove. The
// desk's own pending changes survive it: a workshop move the write queue still holds, and walk-ins
// the server has not listed yet.
import type { RosterAttendee } from '../../shared/api/checkins';
import type { RosterEntry } from '../store/types';

export interface RosterChange {
  put: RosterEntry[];
  remove: string[];
}

interface Stored {
  get(id: string): RosterEntry | undefined;
  all(): Iterable<RosterEntry>;
}

function same(a: RosterEntry | undefined, b: RosterEntry): boolean {
  return (
    a !== undefined &&
    a.fullName === b.fullName &&
    a.organization === b.organization &&
    a.status === b.status &&
    a.workshopId === b.workshopId &&
    a.checkedInAt === b.checkedInAt &&
    (a.checkedInBy ?? null) === (b.checkedInBy ?? null) &&
    a.ticketHash === b.ticketHash &&
    (a.codeHash ?? null) === (b.codeHash ?? null) &&
    a.workshopChange?.entryId === b.workshopChange?.entryId &&
    a.walkIn === undefined
  );
}

export function entryFrom(
  slug: string,
  a: RosterAttendee,
  old: RosterEntry | undefined,
  pending: ReadonlySet<string>,
): RosterEntry {
  const change =
    old?.workshopChange && pending.has(old.workshopChange.entryId) ? old.workshopChange : undefined;
  return {
    id: a.id,
    meetingSlug: slug,
    fullName: a.fullName,
    organization: a.organization,
    status: a.status,
    workshopId: change ? change.workshopId : a.workshopId,
    checkedInAt: a.checkedInAt,
    // Which desk it was is only known for the time it was learnt with.
    checkedInBy: old && old.checkedInAt === a.checkedInAt ? (old.checkedInBy ?? null) : null,
    ticketHash: a.ticketHash,
    codeHash: a.codeHash ?? null,
    ...(change ? { workshopChange: change } : {}),
  };
}

/**
 * `full`: the roster lists everyone accepted, so whoever is missing from it goes (except local
 * walk-ins). Otherwise it lists only who changed, whatever their status: all are kept, so a
 * cancelled person's ticket answers "not accepted" rather than "not on the list".
 */
export function mergeRoster(
  slug: string,
  stored: Stored,
  attendees: readonly RosterAttendee[],
  full: boolean,
  pending: ReadonlySet<string>,
): RosterChange {
  const put: RosterEntry[] = [];
  const listed = new Set<string>();
  for (const a of attendees) {
    listed.add(a.id);
    const old = stored.get(a.id);
    const next = entryFrom(slug, a, old, pending);
    if (!same(old, next)) put.push(next);
  }
  const remove: string[] = [];
  if (full) {
    for (const entry of stored.all()) {
      if (!listed.has(entry.id) && !entry.walkIn) remove.push(entry.id);
    }
  }
  return { put, remove };
}
