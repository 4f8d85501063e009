// One registration on "My registrations": meeting, person, status, its ticket, its private
// link page (with shortcuts to change or cancel it there), removal.
import type { Locale } from '../../../shared/enums';
import LocalText from '../../components/LocalText';
import { forgetRegistration } from '../../actions/registration/forgetRegistration';
import type { RegistrationView } from '../../actions/registration/followMyRegistrations';
import { contactOfAttempt } from '../../actions/registration/recoverMyLink';
import GetMyLink from './GetMyLink';
import TicketToggle from './TicketToggle';
import styles from './MyRegistrations.module.css';
import { t } from '../../i18n';

const TONE: Record<string, string> = {
  accepted: 'ok',
  pending: 'wait',
  waitlisted: 'wait',
  waiting: 'wait',
  sending: 'wait',
  refused: 'bad',
  rejected: 'bad',
  cancelled: 'bad',
};

export default function RegistrationItem({
  view,
  locale,
}: {
  view: RegistrationView;
  locale: Locale;
}) {
  const { record, progress } = view;
  // The page finds the token on this phone: the address carries none (screenshots, history).
  const page = record.manageToken ? `/r/${encodeURIComponent(record.id)}` : null;
  const changeable = ['pending', 'accepted', 'waitlisted'].includes(progress);
  const problem = record.problem?.title; // worded by the server in the registration's language
  const titleId = `reg-${record.id}`;
  const duplicate = record.problem?.code === 'duplicate-registration';

  const unsent = progress === 'waiting' || progress === 'sending';
  const forget = () => {
    const question = t(
      unsent ? 'myRegistrations:forgetUnsentConfirm' : 'myRegistrations:forgetConfirm',
      {
        name: record.fullName,
      },
      locale,
    );
    if (window.confirm(question)) {
      void forgetRegistration(record.id);
    }
  };

  return (
    <li class={styles.item}>
      <LocalText
        as="h2"
        id={titleId}
        class={styles.meeting}
        text={record.meetingTitle}
        locale={locale}
      />
      <p class={styles.person}>{record.fullName}</p>
      <p class={styles.status} data-tone={TONE[progress] ?? 'wait'}>
        <span class="visually-hidden">{t('myRegistrations:status', undefined, locale)}: </span>
        {t(`sync.progress.${progress}`, undefined, locale)}
        {progress === 'refused' && problem && <> — {problem}</>}
      </p>
      {page ? (
        <p>
          <a href={page} aria-describedby={titleId}>
            {t('myRegistrations:open', undefined, locale)}
          </a>
        </p>
      ) : (
        progress !== 'refused' && (
          <p class={styles.muted}>{t('myRegistrations:noLinkYet', undefined, locale)}</p>
        )
      )}
      <TicketToggle record={record} locale={locale} describedBy={titleId} />
      {page && changeable && (
        <p>
          <a href={`${page}/support`} aria-describedby={titleId}>
            {t('support.askLink', undefined, locale)}
          </a>
        </p>
      )}
      <div class="row">
        {page && changeable && (
          <a
            class="button button--secondary"
            href={`${page}?action=edit`}
            aria-describedby={titleId}
          >
            {t('myRegistrations:edit', undefined, locale)}
          </a>
        )}
        {page && changeable && (
          <a
            class={`button ${styles.cancel}`}
            href={`${page}?action=cancel`}
            aria-describedby={titleId}
          >
            {t('myRegistrations:cancel', undefined, locale)}
          </a>
        )}
        {/* Already registered: "register again" could only fail; the link can be sent again. */}
        {progress === 'refused' && duplicate && (
          <GetMyLink
            slug={record.meetingSlug}
            contact={contactOfAttempt(view.entry?.body)}
            locale={locale}
            describedBy={titleId}
          />
        )}
        {progress === 'refused' && !duplicate && (
          <a
            class="button button--secondary"
            href={`/m/${encodeURIComponent(record.meetingSlug)}/register`}
          >
            {t('myRegistrations:registerAgain', undefined, locale)}
          </a>
        )}
        {/* Never sent: removing it withdraws it, a decision worth a real button and its own
            words, not the quiet "remove from this phone" of a registration the server holds. */}
        {unsent ? (
          <button type="button" class="button button--secondary" onClick={forget}>
            {t('myRegistrations:withdraw', undefined, locale)}
          </button>
        ) : (
          <button type="button" class={styles.forget} onClick={forget}>
            {t('myRegistrations:forget', undefined, locale)}
          </button>
        )}
      </div>
    </li>
  );
}
