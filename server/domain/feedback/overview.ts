// What organizers read: every feedback (with the name of those who chose to link theirs) and
// the summary, whose counting the database does in one grouped scan.
import {
  addCounts,
  emptyCounts,
  summaryFromCounts,
  type FeedbackSummary,
  type RatingSummary,
} from '../../../shared/feedback/summary';
import type { FeedbackItem, FeedbackOverview } from '../../../shared/api/feedback';
import {
  listFeedbackRows,
  scoreCountsByWorkshop,
  type FeedbackItemRow,
} from '../../db/repositories/feedback';
import type { MeetingRow } from '../../db/repositories/meetings';
import type { Deps } from '../../deps';

export function toFeedbackItem(row: FeedbackItemRow): FeedbackItem {
  return {
    id: row.id,
    kind: row.kind,
    ratings: {
      overall: row.rating_overall,
      content: row.rating_content,
      organization: row.rating_organization,
      logistics: row.rating_logistics,
      facilitation: row.rating_facilitation,
    },
    workshopId: row.workshop_id,
    problems: JSON.parse(row.problems) as string[],
    solutions: JSON.parse(row.solutions) as string[],
    expectedResults: JSON.parse(row.expected_results) as string[],
    comment: row.comment,
    locale: row.locale,
    linked: row.registration_id !== null,
    registrationId: row.registration_id,
    participantName: row.full_name,
    createdAt: row.created_at,
  };
}

export async function feedbackSummary(deps: Deps, meeting: MeetingRow): Promise<FeedbackSummary> {
  const groups = await scoreCountsByWorkshop(deps.db.kysely, meeting.id);
  let counts = emptyCounts();
  let count = 0;
  const byWorkshop: Record<string, RatingSummary> = {};
  for (const group of groups) {
    counts = addCounts(counts, group.counts);
    count += group.count;
    if (group.workshopId !== null)
      byWorkshop[group.workshopId] = summaryFromCounts(group.count, group.counts);
  }
  return { ...summaryFromCounts(count, counts), byWorkshop };
}

export async function feedbackItems(deps: Deps, meeting: MeetingRow): Promise<FeedbackItem[]> {
  return (await listFeedbackRows(deps.db.kysely, meeting.id)).map(toFeedbackItem);
}

export async function feedbackOverview(deps: Deps, meeting: MeetingRow): Promise<FeedbackOverview> {
  const [items, summary] = await Promise.all([
    feedbackItems(deps, meeting),
    feedbackSummary(deps, meeting),
  ]);
  return { items, summary };
}
