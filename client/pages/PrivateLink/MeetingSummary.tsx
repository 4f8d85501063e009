// Which meeting the registration is for: its title as the page heading, then the day and hours
// in Morocco wall time (read from the API's instants, so the phone's zone never shifts them).
import type { Locale } from '../../../shared/enums';
import type { MeetingView } from '../../../shared/api/meetings';
import { moroccoDate, moroccoTimeRange, t } from '../../i18n';
import LocalText from '../../components/LocalText';
import MeetingContact from '../../components/MeetingContact';
import styles from './PrivateLink.module.css';

export default function MeetingSummary({
  meeting,
  locale,
}: {
  meeting: MeetingView | null;
  locale: Locale;
}) {
  return (
    <header class={styles.header}>
      <p class={styles.kicker}>{t('registration:kicker', undefined, locale)}</p>
      {meeting ? (
        <LocalText as="h1" id="registration-title" text={meeting.title} locale={locale} />
      ) : (
        <h1 id="registration-title">{t('registration:title', undefined, locale)}</h1>
      )}
      {meeting && (
        <dl class={styles.meeting}>
          <div>
            <dt>{t('meeting.when', undefined, locale)}</dt>
            <dd>
              {moroccoDate(meeting.startsAt, locale)}
              <br />
              {moroccoTimeRange(meeting.startsAt, meeting.endsAt, locale)}
            </dd>
          </div>
          <div>
            <dt>{t('meeting.where', undefined, locale)}</dt>
            <dd>{meeting.venue.name}</dd>
          </div>
          <MeetingContact contact={meeting.contact} locale={locale} />
        </dl>
      )}
    </header>
  );
}
