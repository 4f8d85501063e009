// A feedback arrives: idempotent by its client id (the same content answers the same, other
// content is a conflict); stored with one proposal per solution, public at once, in one
// transaction. Accepted whatever the date: people write on the bus home, or a week later.
import { createHash, randomUUID } from 'node:crypto';
import type { FeedbackAnswer } from '../../../shared/api/feedback';
import type { Locale } from '../../../shared/enums';
import { validationMessage } from '../../../shared/i18n/validationMessages';
import type { FeedbackInput } from '../../../shared/schemas/feedback';
import { isUniqueViolation } from '../../db/errors';
import { findFeedback, insertFeedback, type FeedbackRow } from '../../db/repositories/feedback';
import type { MeetingRow } from '../../db/repositories/meetings';
import { insertProposals, proposalIdsOf } from '../../db/repositories/proposals';
import { inWriteTransaction } from '../../db/writeBatch';
import type { Deps } from '../../deps';
import { DomainError } from '../../core/domainError';
import { meetingInputOf } from '../meetingView';
import { knownWorkshop } from '../registration/rules';

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The content a replay must match: the body as validated, where it is sent, and the link. */
function requestHash(
  meetingId: string,
  input: FeedbackInput,
  registrationId: string | null,
): string {
  return createHash('sha256').update(canonical({ meetingId, input, registrationId })).digest('hex');
}

async function replay(deps: Deps, row: FeedbackRow, hash: string): Promise<FeedbackAnswer> {
  if (row.request_hash !== hash) throw new DomainError('idempotency-conflict');
  return {
    id: row.id,
    linked: row.registration_id !== null,
    proposals: await proposalIdsOf(deps.db.kysely, row.id),
  };
}

export async function submitFeedback(
  deps: Deps,
  meeting: MeetingRow,
  input: FeedbackInput,
  registrationId: string | null,
  locale: Locale,
): Promise<FeedbackAnswer> {
  const hash = requestHash(meeting.id, input, registrationId);
  const existing = await findFeedback(deps.db.kysely, input.id);
  if (existing) return replay(deps, existing, hash);
  if (!knownWorkshop(meetingInputOf(meeting), input.workshopId)) {
    throw new DomainError('validation', {
      errors: [{ path: 'workshopId', message: validationMessage('choice', locale) }],
    });
  }

  const nowIso = deps.now().toISOString();
  const workshopId = input.workshopId ?? null;
  const proposals = (input.solutions ?? []).map((text, position) => ({
    id: randomUUID(),
    meeting_id: meeting.id,
    feedback_id: input.id,
    position,
    workshop_id: workshopId,
    text,
    explanation: null,
    institution: null,
    merged_into: null,
    created_at: nowIso,
    updated_at: nowIso,
  }));
  try {
    await inWriteTransaction(deps.db, async (trx) => {
      await insertFeedback(trx, {
        id: input.id,
        meeting_id: meeting.id,
        registration_id: registrationId,
        kind: input.kind,
        workshop_id: workshopId,
        rating_overall: input.ratings.overall,
        rating_content: input.ratings.content ?? null,
        rating_organization: input.ratings.organization ?? null,
        rating_logistics: input.ratings.logistics ?? null,
        rating_facilitation: input.ratings.facilitation ?? null,
        problems: JSON.stringify(input.problems ?? []),
        solutions: JSON.stringify(input.solutions ?? []),
        expected_results: JSON.stringify(input.expectedResults ?? []),
        comment: input.comment ?? null,
        locale: input.locale,
        request_hash: hash,
        created_at: nowIso,
      });
      await insertProposals(trx, proposals);
    });
  } catch (err) {
    // The same id arrived twice at once: the loser answers as a replay of the winner.
    const raced = isUniqueViolation(err) ? await findFeedback(deps.db.kysely, input.id) : undefined;
    if (raced) return replay(deps, raced, hash);
    throw err;
  }
  return { id: input.id, linked: registrationId !== null, proposals: proposals.map((p) => p.id) };
}
