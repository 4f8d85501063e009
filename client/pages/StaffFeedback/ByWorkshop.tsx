// Averages per workshop: a table, one row per workshop that received feedback.
import type { Locale } from '../../../shared/enums';
import type { FeedbackSummary } from '../../../shared/feedback/summary';
import { RATING_KEYS } from '../../../shared/schemas/feedback';
import type { Meeting } from '../../api/meetings';
import { formatAverage, workshopName, workshopOrder } from './format';
import { sf } from './messages';
import styles from './StaffFeedback.module.css';
import TableScroll from '../../components/TableScroll';

export default function ByWorkshop({
  meeting,
  summary,
  locale,
}: {
  meeting: Meeting;
  summary: FeedbackSummary;
  locale: Locale;
}) {
  const ids = [
    ...new Set([...workshopOrder(meeting).filter(Boolean), ...Object.keys(summary.byWorkshop)]),
  ].filter((id) => summary.byWorkshop[id]);
  if (ids.length === 0) return null;
  return (
    <TableScroll label={sf(locale, 'byWorkshop')} locale={locale}>
      <table class={styles.table}>
        <caption>{sf(locale, 'byWorkshop')}</caption>
        <thead>
          <tr>
            <th scope="col">{sf(locale, 'workshop')}</th>
            <th scope="col">{sf(locale, 'entries')}</th>
            {RATING_KEYS.map((key) => (
              <th key={key} scope="col">
                {sf(locale, `rating.${key}`)}
              </th>
            ))}
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
