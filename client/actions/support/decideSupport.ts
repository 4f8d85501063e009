// Decide on support requests, all at once: approved or declined on one list, beyond the budget
// only when the committee says so (`override`). Rejects with the server's refusal, whose code
// `capacity-exceeded` says the budget is spent.
import type { SupportDecisionsInput, SupportSummary } from '../../../shared/schemas/support';
import { postSupportDecisions } from '../../api/support';

export function decideSupport(
  slug: string,
  input: SupportDecisionsInput,
): Promise<{ changed: string[]; summary: SupportSummary }> {
  return postSupportDecisions(slug, input);
}
