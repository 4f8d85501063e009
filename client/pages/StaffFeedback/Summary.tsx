// The summary: each rating's average as a bar with its number written beside it, and how
// many gave each score, as a table a screen reader can walk.
import type { Locale } from '../../../shared/enums';
import { SCORES, type FeedbackSummary } from '../../../shared/feedback/summary';
import { RATING_KEYS } from '../../../shared/schemas/feedback';
import { formatAverage } from './format';
import styles from './StaffFeedback.module.css';
import TableScroll from '../../components/TableScroll';
import { t } from '../../i18n';

export function Averages({ summary, locale }: { summary: FeedbackSummary; locale: Locale }) {
  return (
    <section class="stack" aria-labelledby="averages-title">
      <h2 id="averages-title">{t('staffFeedback:averages', undefined, locale)}</h2>
      <ul class={styles.bars}>
        {RATING_KEYS.map((key) => {
          const average = summary.averages[key];
          const answers = SCORES.reduce((n, s) => n + summary.distribution[key][s], 0);
          return (
            <li key={key}>
              <span class={styles.barLabel}>
                {t(`staffFeedback:rating.${key}`, undefined, locale)}
              </span>
              <span class={styles.bar} aria-hidden="true">
                <span style={{ inlineSize: `${((average ?? 0) / 5) * 100}%` }} />
              </span>
              <span class={styles.barValue}>
                {average === null
                  ? t('staffFeedback:noAverage', undefined, locale)
                  : t('staffFeedback:average', { value: formatAverage(average, locale) }, locale)}
                {' · '}
                {t('staffFeedback:answers', { n: answers }, locale)}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** One column heading per rating, in the form's order (the tables' shared head). */
export function RatingHeadings({ locale }: { locale: Locale }) {
  return (
    <>
      {RATING_KEYS.map((key) => (
        <th key={key} scope="col">
          {t(`staffFeedback:rating.${key}`, undefined, locale)}
        </th>
      ))}
    </>
  );
}

export function Distribution({ summary, locale }: { summary: FeedbackSummary; locale: Locale }) {
  return (
    <TableScroll label={t('staffFeedback:distribution', undefined, locale)} locale={locale}>
      <table class="table">
        <caption>{t('staffFeedback:distribution', undefined, locale)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('staffFeedback:score', undefined, locale)}</th>
            <RatingHeadings locale={locale} />
          </tr>
        </thead>
        <tbody>
          {[...SCORES].reverse().map((score) => (
            <tr key={score}>
              <th scope="row">{score}</th>
              {RATING_KEYS.map((key) => (
                <td key={key}>{summary.distribution[key][score]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
