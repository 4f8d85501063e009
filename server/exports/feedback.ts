// Feedback as a file: ratings as numbers, several entries in one cell one a line, codes as labels.
import type { FeedbackItem } from '../../shared/api/feedback';
import { exportLabels, labelOf, textIn } from './labels';
import type { Workshop } from './registrations';
import type { ExportColumn, ExportContext } from './table';

const lines = (entries: string[]) => entries.join('\n');

export function feedbackColumns(
  ctx: ExportContext,
  workshops: Workshop[],
): ExportColumn<FeedbackItem>[] {
  const l = exportLabels(ctx.locale);
  const h = l.headings.feedback as Record<string, string>;
  const workshopTitle = new Map(workshops.map((w) => [w.id, textIn(w.title, ctx.locale)]));
  const column = (
    key: string,
    value: ExportColumn<FeedbackItem>['value'],
    kind?: ExportColumn<FeedbackItem>['kind'],
  ): ExportColumn<FeedbackItem> => ({ heading: h[key] ?? key, value, kind });
  return [
    column('createdAt', (f) => f.createdAt, 'datetime'),
    column('kind', (f) => labelOf(l.feedbackKind, f.kind)),
    column('workshop', (f) =>
      f.workshopId ? (workshopTitle.get(f.workshopId) ?? f.workshopId) : '',
    ),
    column('overall', (f) => f.ratings.overall, 'number'),
    column('content', (f) => f.ratings.content, 'number'),
    column('organization', (f) => f.ratings.organization, 'number'),
    column('logistics', (f) => f.ratings.logistics, 'number'),
    column('facilitation', (f) => f.ratings.facilitation, 'number'),
    column('problems', (f) => lines(f.problems)),
    column('solutions', (f) => lines(f.solutions)),
    column('expectedResults', (f) => lines(f.expectedResults)),
    column('comment', (f) => f.comment),
    column('participant', (f) => f.participantName),
    column('language', (f) => labelOf(l.language, f.locale)),
    column('id', (f) => f.id),
  ];
}
