// The `registration` reaction: when the server answers a registration from the write queue, the
// device's own copy follows (status and manage token on 201, the problem on a refusal).
import { REGISTRATION_STATUSES, type RegistrationStatus } from '../../../shared/enums';
import { updateRegistration } from '../../store/registrations';
import type { LocalRegistration, QueuedWrite, ProblemBody } from '../../store/types';

export const REGISTRATION_KIND = 'registration';

function isStatus(value: unknown): value is RegistrationStatus {
  return typeof value === 'string' && (REGISTRATION_STATUSES as readonly string[]).includes(value);
}

function asProblem(body: unknown, status: number): ProblemBody {
  if (body && typeof body === 'object') {
    const { title, detail, code, errors } = body as ProblemBody;
    return { title, detail, code, status, errors: Array.isArray(errors) ? errors : undefined };
  }
  return { status };
}

/** What the server's answer changes in the local record; null when it says nothing usable. */
export function registrationChangeFrom(
  entry: QueuedWrite,
):
  | (Pick<LocalRegistration, 'status'> &
      Partial<Pick<LocalRegistration, 'manageToken' | 'problem'>>)
  | null {
  if (!entry.response) return null;
  const { status, body } = entry.response;
  if (entry.state === 'refused') return { status: 'refused', problem: asProblem(body, status) };
  if (entry.state !== 'sent' || !body || typeof body !== 'object') return null;
  const answer = body as { status?: unknown; manageToken?: unknown };
  if (!isStatus(answer.status)) return null;
  return {
    status: answer.status,
    manageToken: typeof answer.manageToken === 'string' ? answer.manageToken : undefined,
    problem: undefined,
  };
}

/** Applies a settled registration entry to the local record (idempotent). */
export async function applyRegistrationOutcome(
  entry: QueuedWrite,
  now = Date.now(),
): Promise<void> {
  const change = registrationChangeFrom(entry);
  if (!change) return;
  await updateRegistration(entry.id, (current) => ({
    ...current,
    ...change,
    // A status the participant changed since (e.g. cancelled via the private link) wins over
    // an old answer replayed from the write queue.
    status:
      current.status === 'waiting' || current.status === 'refused' ? change.status : current.status,
    manageToken: change.manageToken ?? current.manageToken,
    updatedAt: now,
  }));
}
