// The meeting's programme (time + item) and its thematic workshops.
import type { Locale } from '../../../shared/enums';
import type { MeetingView } from '../../../shared/api/meetings';
import { t } from '../../i18n';
import LocalText from '../../components/LocalText';
import styles from './Meeting.module.css';

type ProgrammeItem = NonNullable<MeetingView['programme']>[number];
type Workshop = NonNullable<MeetingView['workshops']>[number];

export function Programme({ items, locale }: { items: ProgrammeItem[]; locale: Locale }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="programme-title">
      <h2 id="programme-title">{t('meeting.programme', undefined, locale)}</h2>
      <ol class={styles.programme}>
        {items.map((item, i) => (
          <li key={i}>
            <span class={`${styles.time} ltr`}>{item.time}</span>
            <LocalText text={item.title} locale={locale} />
          </li>
        ))}
      </ol>
    </section>
  );
}

export function Workshops({ items, locale }: { items: Workshop[]; locale: Locale }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="workshops-title">
      <h2 id="workshops-title">{t('meeting.workshops', undefined, locale)}</h2>
      <ul class={styles.workshops}>
        {items.map((w) => (
          <li key={w.id}>
            <LocalText text={w.title} locale={locale} />
            {w.capacity !== undefined && (
              <span class={styles.seats}>{t('meeting.seats', { n: w.capacity }, locale)}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
