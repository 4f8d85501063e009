// Averages per workshop: a table, one row per workshop that received feedback.
import type { Locale } from '../../../shared/enums';
import type { FeedbackSummary } from '../../../shared/feedback/summary';
import { RATING_KEYS } from '../../../shared/schemas/feedback';
import type { MeetingView } from '../../../shared/api/meetings';
import { formatAverage, workshopName, workshopOrder } from './format';
import { RatingHeadings } from './Summary';
import TableScroll from '../../components/TableScroll';
import { t } from '../../i18n';

export default function ByWorkshop({
  meeting,
  summary,
  locale,
}: {
  meeting: MeetingView;
  summary: FeedbackSummary;
  locale: Locale;
}) {
  const ids = [
    ...new Set([...workshopOrder(meeting).filter(Boolean), ...Object.keys(summary.byWorkshop)]),
  ].filter((id) => summary.byWorkshop[id]);
  if (ids.length === 0) return null;
  return (
    <TableScroll label={t('staffFeedback:byWorkshop', undefined, locale)} locale={locale}>
      <table class="table">
        <caption>{t('staffFeedback:byWorkshop', undefined, locale)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('staffFeedback:workshop', undefined, locale)}</th>
            <th scope="col">{t('staffFeedback:entries', undefined, locale)}</th>
            <RatingHeadings locale={locale} />
          </tr>
        </thead>
        <tbody>
          {ids.map((id) => {
            const row = summary.byWorkshop[id];
            if (!row) return null;
            return (
              <tr key={id}>
                <th scope="row">{workshopName(meeting, id, locale)}</th>
                <td>{row.count}</td>
                {RATING_KEYS.map((key) => {
                  const average = row.averages[key];
                  return (
                    <td key={key}>{average === null ? '—' : formatAverage(average, locale)}</td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
