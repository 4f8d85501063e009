// "Erase my data": the participant's own erasure. Before the meeting ends it withdraws the
// registration first, exactly as a cancel does (an accepted seat goes to the waitlist); after
// it, the status stays as history (who came) and only the person's data goes.
import type { ErasedRegistration } from '../../../shared/api/registrations';
import { inWriteTransaction } from '../../db/writeBatch';
import { audit } from '../../db/repositories/audit';
import { erasePersonalData, sentCopiesOf } from '../../db/repositories/erasure';
import { lockRegistration, type RegistrationRow } from '../../db/repositories/registrations';
import type { Deps } from '../../deps';
import { mailQueued } from '../../mail/notifier';
import { DomainError } from '../../core/domainError';
import { withdrawLocked } from '../registration/selfService';
import { removeLocalCopies, type SentCopy } from './localCopies';

/**
 * Erases for good. The row is locked and erased with a compare-and-set on `erased_at`, so the
 * same request twice at once frees one seat and erases once; the second copy answers the same.
 */
export async function eraseRegistration(
  deps: Deps,
  row: RegistrationRow,
  actorId: string | null,
): Promise<ErasedRegistration> {
  const nowIso = deps.now().toISOString();
  const outcome = await inWriteTransaction(deps.db, async (trx) => {
    const current = await lockRegistration(trx, deps.db.dialect, row.id);
    if (!current) throw new DomainError('not-found');
    if (current.erased_at) return { current, copies: [] as SentCopy[], promoted: null };
    const meeting = await trx
      .selectFrom('meetings')
      .select('ends_at')
      .where('id', '=', current.meeting_id)
      .executeTakeFirstOrThrow();
    let promoted: string | null = null;
    let status = current.status;
    if (live(current.status) && nowIso < meeting.ends_at) {
      const withdrawn = await withdrawLocked(trx, deps, current, nowIso, false);
      promoted = withdrawn.promoted;
      if (withdrawn.moved) status = 'cancelled';
    }
    if ((await erasePersonalData(trx, { ids: [current.id] }, nowIso)) === 0)
      return { current, copies: [] as SentCopy[], promoted: null };
    await audit(trx, {
      at: nowIso,
      actor: actorId,
      action: 'registration.erase',
      subject: current.id,
      detail: { promoted, from: current.status },
    });
    const copies = await sentCopiesOf(trx, { ids: [current.id] });
    return { current: { ...current, status, erased_at: nowIso }, copies, promoted };
  });
  if (outcome.promoted) mailQueued(deps.db);
  await removeLocalCopies(deps, outcome.copies);
  return {
    id: outcome.current.id,
    status: outcome.current.status,
    erasedAt: outcome.current.erased_at ?? nowIso,
  };
}

function live(status: string): boolean {
  return status === 'accepted' || status === 'waitlisted' || status === 'pending';
}
