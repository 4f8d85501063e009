// Organizers' decisions on many registrations at once: all or nothing, never past capacity.
// The registrations are locked while they are read (PostgreSQL), so the same decision sent
// twice at once is made once: the second copy finds it made and changes nothing.
import { inWriteTransaction } from '../../db/writeBatch';
import type { Locale } from '../../../shared/enums';
import { validationMessage } from '../../../shared/i18n/validationMessages';
import { audit } from '../../db/repositories/audit';
import type { MeetingRow } from '../../db/repositories/meetings';
import {
  lockRegistrations,
  moveStatus,
  releaseSeats,
  takeSeats,
} from '../../db/repositories/registrations';
import type { Deps } from '../../deps';
import { mailForStatus } from '../../mail/kinds';
import { mailQueued } from '../../mail/notifier';
import { queueRegistrationMail } from '../../mail/queue';
import { DomainError } from '../../core/domainError';

export interface Decision {
  id: string;
  status: 'accepted' | 'waitlisted' | 'rejected';
}

export async function decide(
  deps: Deps,
  meeting: MeetingRow,
  decisions: Decision[],
  actorId: string,
  locale: Locale,
): Promise<string[]> {
  const nowIso = deps.now().toISOString();
  // The last decision about a registration is the one that counts.
  const wanted = new Map(decisions.map((d) => [d.id, d.status]));
  const result = await inWriteTransaction(deps.db, async (trx) => {
    const rows = await lockRegistrations(trx, deps.db.dialect, meeting.id, [...wanted.keys()]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const errors = decisions.flatMap((d, i) => {
      const row = byId.get(d.id);
      if (!row)
        return [{ path: `decisions.${i}.id`, message: validationMessage('invalid', locale) }];
      if (row.status === 'cancelled')
        return [{ path: `decisions.${i}.status`, message: validationMessage('choice', locale) }];
      return [];
    });
    if (errors.length > 0) throw new DomainError('validation', { errors });

    let delta = 0;
    const changed: string[] = [];
    for (const [id, status] of wanted) {
      const from = byId.get(id)?.status;
      if (from === status) continue;
      if (status === 'accepted') delta++;
      if (from === 'accepted') delta--;
      changed.push(id);
    }
    if (delta > 0 && !(await takeSeats(trx, meeting.id, delta)))
      throw new DomainError('capacity-exceeded');
    if (delta < 0) await releaseSeats(trx, meeting.id, -delta);
    for (const id of changed) {
      const from = byId.get(id)?.status;
      const to = wanted.get(id);
      // Never fails under the lock; should it, the seat count above would be wrong: undo all.
      if (!from || !to || !(await moveStatus(trx, id, { from, to }, nowIso)))
        throw new DomainError('conflict');
    }
    // One e-mail per newly accepted or waitlisted registration; replays are stopped by the
    // outbox's dedupe key even if the status went back and forth in between.
    for (const id of changed) {
      const kind = mailForStatus(wanted.get(id) as string);
      const row = byId.get(id);
      if (kind && row) await queueRegistrationMail(trx, row, kind, nowIso);
    }
    await audit(trx, {
      at: nowIso,
      actor: actorId,
      action: 'registration.decide',
      subject: meeting.id,
      detail: decisions,
    });
    return changed;
  });
  mailQueued(deps.db);
  return result;
}
