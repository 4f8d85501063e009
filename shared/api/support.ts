// What the API answers organizers about travel and lodging support. The participant's request
// and a list's line are written beside their schemas (shared/schemas/support.ts).
import type { SupportListItem, SupportSummary } from '../schemas/support';

/** `GET /api/meetings/:slug/support`: both lists, ranked, and their counts. */
export interface SupportOverview {
  travel: SupportListItem[];
  lodging: SupportListItem[];
  summary: SupportSummary;
}
