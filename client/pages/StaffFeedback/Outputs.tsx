// What the workshops produced, as the seed reports lay it out: per workshop, the problems
// raised, the proposed solutions and the expected results; then the comments.
import type { Locale } from '../../../shared/enums';
import type { FeedbackItem } from '../../../shared/api/feedback';
import type { MeetingView } from '../../../shared/api/meetings';
import { workshopName, workshopOrder } from './format';
import styles from './StaffFeedback.module.css';
import { t } from '../../i18n';

const LISTS = ['problems', 'solutions', 'expectedResults'] as const;

function groupOf(meeting: MeetingView, item: FeedbackItem): string {
  return item.workshopId && meeting.workshops?.some((w) => w.id === item.workshopId)
    ? item.workshopId
    : '';
}

export default function Outputs({
  meeting,
  items,
  locale,
}: {
  meeting: MeetingView;
  items: FeedbackItem[];
  locale: Locale;
}) {
  const groups = workshopOrder(meeting)
    .map((id) => ({ id, items: items.filter((item) => groupOf(meeting, item) === id) }))
    .filter((g) => g.items.length > 0);
  return (
    <section class="stack" aria-labelledby="outputs-title">
      <h2 id="outputs-title">{t('staffFeedback:outputs', undefined, locale)}</h2>
      {groups.map((group) => {
        const comments = group.items.flatMap((i) => (i.comment ? [i.comment] : []));
        return (
          <section
            key={group.id}
            class={`${styles.outputs} stack`}
            aria-labelledby={`outputs-${group.id || 'general'}`}
          >
            <h3 id={`outputs-${group.id || 'general'}`}>
              {workshopName(meeting, group.id || null, locale)}
            </h3>
            {LISTS.map((list) => {
              const entries = group.items.flatMap((i) => i[list]);
              if (entries.length === 0) return null;
              return (
                <div key={list}>
                  <h4>{t(`staffFeedback:${list}`, undefined, locale)}</h4>
                  <ol>
                    {entries.map((text, n) => (
                      <li key={n}>{text}</li>
                    ))}
                  </ol>
                </div>
              );
            })}
            {comments.length > 0 && (
              <div>
                <h4>{t('staffFeedback:comments', undefined, locale)}</h4>
                <ul>
                  {comments.map((text, n) => (
                    <li key={n}>{text}</li>
                  ))}
                </ul>
              </div>
            )}
          </section>
        );
      })}
    </section>
  );
}
