// Accept, waitlist or reject many registrations at once, all or nothing: past capacity the
// server refuses the whole batch and not one status changes.
import { ApiError } from '../../api/http';
import {
  decideRegistrations as sendDecisions,
  type DecisionStatus,
} from '../../api/staffRegistrations';

export type { DecisionStatus };

/** Resolves with how many changed; rejects with the server's refusal (read it with refusalOf). */
export async function decideRegistrations(
  slug: string,
  ids: string[],
  status: DecisionStatus,
): Promise<number> {
  const { changed } = await sendDecisions(
    slug,
    ids.map((id) => ({ id, status })),
  );
  return changed.length;
}

/** The problem's own words when the batch was refused for lack of seats; else null. */
export function capacityRefusal(error: unknown): { title: string; detail: string } | null {
  return error instanceof ApiError && error.code === 'capacity-exceeded'
    ? { title: error.title, detail: error.message }
    : null;
}

/** The server answered (a refusal, not a network failure): the list may have changed meanwhile. */
export function answeredByServer(error: unknown): boolean {
  return error instanceof ApiError && error.status > 0;
}
