// The registration transitions with their guards taken out: plain reads instead of row locks,
// updates that do not name the state they move from, no SKIP LOCKED, no floor under the seat
// counter — and a moment's pause between read and write, as a loaded server has. Control runs
// use it to prove that the concurrency tests can see the races the guards prevent.
import type * as Guarded from '../../../server/db/repositories/registrations';

type Real = typeof Guarded;
const pause = () => new Promise((resolve) => setTimeout(resolve, 5));

export function unguardedTransitions(real: Real) {
  return {
    lockRegistration: (async (db, _dialect, id) => {
      const row = await real.lockRegistration(db, 'sqlite', id);
      await pause();
      return row;
    }) satisfies Real['lockRegistration'],
    lockRegistrations: (async (db, _dialect, meetingId, ids) => {
      const rows = await real.lockRegistrations(db, 'sqlite', meetingId, ids);
      await pause();
      return rows;
    }) satisfies Real['lockRegistrations'],
    claimFirstWaitlisted: ((db, _dialect, meetingId) =>
      real.claimFirstWaitlisted(db, 'sqlite', meetingId)) satisfies Real['claimFirstWaitlisted'],
    moveStatus: (async (db, id, move, nowIso) => {
      await db
        .updateTable('registrations')
        .set({ status: move.to, updated_at: nowIso })
        .where('id', '=', id)
        .execute();
      return true;
    }) satisfies Real['moveStatus'],
    releaseSeats: (async (db, meetingId, n) => {
      await db
        .updateTable('meetings')
        .set((eb) => ({ seats_taken: eb('seats_taken', '-', n) }))
        .where('id', '=', meetingId)
        .execute();
    }) satisfies Real['releaseSeats'],
  };
}
