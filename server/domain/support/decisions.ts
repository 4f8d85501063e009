// The committee's decisions on support requests: all or nothing, never beyond the seats and
// rooms budgeted unless overridden (and then audited), one e-mail per participant once their
// whole request is decided.
import { inWriteTransaction } from '../../db/writeBatch';
import { sql } from 'kysely';
import type { Locale } from '../../../shared/enums';
import { validationMessage } from '../../../shared/i18n/validationMessages';
import {
  SUPPORT_LISTS,
  type SupportDecision,
  type SupportDecisionsInput,
  type SupportList,
} from '../../../shared/schemas/support';
import { audit } from '../../db/repositories/audit';
import type { MeetingRow } from '../../db/repositories/meetings';
import {
  listSupportRows,
  updateSupportDecisions,
  type SupportListRow,
} from '../../db/repositories/support';
import type { Deps } from '../../deps';
import { mailQueued } from '../../mail/notifier';
import { DomainError } from '../../core/domainError';
import { overBudgetMessage } from './messages';
import { supportSettingOfRow } from './setting';
import { notifySupportDecision } from './notify';

type Decided = Record<SupportList, SupportDecision>;

const asked = (row: SupportListRow, list: SupportList) =>
  (list === 'travel' ? row.travel : row.lodging) === 1;
const decisionOf = (row: SupportListRow): Decided => ({
  travel: row.travel_decision,
  lodging: row.lodging_decision,
});

function validate(rows: Map<string, SupportListRow>, input: SupportDecisionsInput, locale: Locale) {
  const errors = input.decisions.flatMap((d, i) => {
    const row = rows.get(d.registrationId);
    if (!row || row.status === 'cancelled') {
      return [
        { path: `decisions.${i}.registrationId`, message: validationMessage('invalid', locale) },
      ];
    }
    return SUPPORT_LISTS.filter((list) => d[list] !== undefined && !asked(row, list)).map(
      (list) => ({
        path: `decisions.${i}.${list}`,
        message: validationMessage('choice', locale),
      }),
    );
  });
  if (errors.length > 0) throw new DomainError('validation', { errors });
}

export async function decideSupport(
  deps: Deps,
  meeting: MeetingRow,
  input: SupportDecisionsInput,
  actorId: string,
  locale: Locale,
): Promise<{ changed: string[] }> {
  const policy = supportSettingOfRow(meeting).policy;
  const budgets: Record<SupportList, number | null> = {
    travel: policy?.travel.seats ?? null,
    lodging: policy?.lodging.rooms ?? null,
  };
  const nowIso = deps.now().toISOString();
  const changed = await inWriteTransaction(deps.db, async (trx) => {
    // Two organizers deciding at once must not both spend the last seat (SQLite already runs
    // one write transaction at a time).
    if (deps.db.dialect === 'postgres')
      await sql`select id from meetings where id = ${meeting.id} for update`.execute(trx);
    const rows = new Map(
      (await listSupportRows(trx, meeting.id)).map((r) => [r.registration_id, r]),
    );
    validate(rows, input, locale);

    const after = new Map([...rows].map(([id, r]) => [id, decisionOf(r)]));
    for (const d of input.decisions) {
      const next = after.get(d.registrationId) as Decided;
      for (const list of SUPPORT_LISTS) {
        const decision = d[list];
        if (decision) next[list] = decision;
      }
    }
    for (const list of SUPPORT_LISTS) {
      const budget = budgets[list];
      const count = (pick: (r: SupportListRow) => string) =>
        [...rows.values()].filter(
          (r) => r.status !== 'cancelled' && asked(r, list) && pick(r) === 'approved',
        ).length;
      const before = count((r) => decisionOf(r)[list]);
      const approved = count((r) => (after.get(r.registration_id) as Decided)[list]);
      if (budget === null || approved <= budget || approved <= before) continue;
      if (!input.override)
        throw new DomainError('capacity-exceeded', {
          detail: overBudgetMessage(locale, list, approved, budget),
        });
      await audit(trx, {
        at: nowIso,
        actor: actorId,
        action: 'support.override',
        subject: meeting.id,
        detail: { list, approved, budget },
      });
    }

    const ids: string[] = [];
    for (const [id, next] of after) {
      const row = rows.get(id) as SupportListRow;
      if (next.travel === row.travel_decision && next.lodging === row.lodging_decision) continue;
      const recorded = await updateSupportDecisions(trx, id, row, {
        travel_decision: next.travel,
        lodging_decision: next.lodging,
        decided_at: nowIso,
        decided_by: actorId,
      });
      // Never false under the meeting's lock; should it be, the budget count above was wrong.
      if (!recorded) throw new DomainError('conflict');
      await notifySupportDecision(trx, row, next, nowIso);
      ids.push(id);
    }
    await audit(trx, {
      at: nowIso,
      actor: actorId,
      action: 'support.decide',
      subject: meeting.id,
      detail: input,
    });
    return ids;
  });
  if (changed.length > 0) mailQueued(deps.db);
  return { changed };
}
