// Decide on support requests, all at once: approved or declined on one list, beyond the budget
// only when the committee says so (`override`). Rejects with the server's refusal, whose code
// `capacity-exceeded` says the budget is spent.
import type { SupportDecisionsAnswer, SupportDecisionsInput } from '../../../shared/api/support';
import { postSupportDecisions } from '../../api/support';

export function decideSupport(
  slug: string,
  input: SupportDecisionsInput,
): Promise<SupportDecisionsAnswer> {
  return postSupportDecisions(slug, input);
}
