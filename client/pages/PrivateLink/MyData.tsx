// The right of access (law 09-08): what the server holds about the person beyond the details
// above — when and how they registered, the messages sent to them, their support request,
// their check-in — and the whole of it as a JSON file to keep.
import type { Locale } from '../../../shared/enums';
import type { MeetingView } from '../../../shared/api/meetings';
import type { RegistrationDetails, SentMessage } from '../../../shared/api/registrations';
import styles from './PrivateLink.module.css';
import { hasWord, t } from '../../i18n';

const INTL: Record<Locale, string> = { ar: 'ar-MA-u-nu-latn', fr: 'fr-MA', en: 'en-GB' };

/** Server instants (UTC) as the time in Morocco, whatever the phone's own zone. */
function instantText(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL[locale], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Africa/Casablanca',
  }).format(new Date(iso));
}

/** A word from the catalogue when there is one for this value, else the value itself. */
function word(locale: Locale, key: string, fallback: string): string {
  const full = `registration:${key}`;
  return hasWord(full) ? t(full, undefined, locale) : fallback;
}

/** Saves what the server gave, as it gave it, under a name the person will recognise. */
export function downloadJson(registration: RegistrationDetails): void {
  const blob = new Blob([JSON.stringify(registration, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `liqa-my-data-${registration.id}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

interface Props {
  registration: RegistrationDetails;
  meeting: MeetingView | null;
  locale: Locale;
}

export default function MyData({ registration: r, meeting, locale }: Props) {
  const rows: Array<[string, string]> = [
    [t('registration:registeredAt', undefined, locale), instantText(r.createdAt, locale)],
  ];
  if (r.consentAt)
    rows.push([t('registration:consentAt', undefined, locale), instantText(r.consentAt, locale)]);
  rows.push([
    t('registration:source', undefined, locale),
    word(locale, `source.${r.source}`, r.source),
  ]);
  if (r.invitationCode)
    rows.push([t('registration:invitationCode', undefined, locale), r.invitationCode]);
  rows.push([
    t('registration:checkedIn', undefined, locale),
    r.checkedInAt
      ? t('registration:checkedInAt', { time: instantText(r.checkedInAt, locale) }, locale)
      : t('registration:notCheckedIn', undefined, locale),
  ]);
  const support = r.supportRequest;
  return (
    <section class="stack" aria-labelledby="my-data-title" data-my-data>
      <h2 id="my-data-title">{t('registration:dataTitle', undefined, locale)}</h2>
      <p>
        {t('registration:dataIntro', undefined, locale)}
        {meeting?.personalDataEraseAt &&
          ` ${t('registration:keptUntil', { date: instantText(meeting.personalDataEraseAt, locale) }, locale)}`}
      </p>
      <dl class={styles.details}>
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('registration:supportTitle', undefined, locale)}</h3>
      {support && (support.travel || support.lodging) ? (
        <dl class={styles.details} data-my-support>
          <div>
            <dt>{t('registration:supportTravel', undefined, locale)}</dt>
            <dd>{t(support.travel ? 'registration:yes' : 'registration:no', undefined, locale)}</dd>
          </div>
          <div>
            <dt>{t('registration:supportLodging', undefined, locale)}</dt>
            <dd>
              {t(support.lodging ? 'registration:yes' : 'registration:no', undefined, locale)}
            </dd>
          </div>
          {support.note && (
            <div>
              <dt>{t('registration:supportNote', undefined, locale)}</dt>
              <dd>
                <bdi>{support.note}</bdi>
              </dd>
            </div>
          )}
        </dl>
      ) : (
        <p class={styles.muted}>{t('registration:supportNone', undefined, locale)}</p>
      )}
      <h3>{t('registration:messagesTitle', undefined, locale)}</h3>
      <Messages messages={r.messages ?? []} locale={locale} />
      <div class="row">
        <button type="button" class="button button--secondary" onClick={() => downloadJson(r)}>
          {t('registration:download', undefined, locale)}
        </button>
      </div>
    </section>
  );
}

function Messages({ messages, locale }: { messages: SentMessage[]; locale: Locale }) {
  if (messages.length === 0)
    return <p class={styles.muted}>{t('registration:noMessages', undefined, locale)}</p>;
  return (
    <ul class={styles.messages} data-my-messages>
      {messages.map((m, i) => (
        <li key={i}>
          <strong>{word(locale, `kind.${m.kind}`, m.kind)}</strong>
          {' · '}
          {word(locale, `channel.${m.channel}`, m.channel)}
          {m.to && (
            <>
              {' · '}
              <span class="ltr">{m.to}</span>
            </>
          )}
          <br />
          <span class={styles.muted}>
            {word(locale, `msgStatus.${m.status}`, m.status)}
            {' · '}
            {instantText(m.sentAt ?? m.queuedAt, locale)}
          </span>
        </li>
      ))}
    </ul>
  );
}
