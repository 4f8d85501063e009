// One registration on "My registrations": meeting, person, status, its ticket, its private
// link page (with shortcuts to change or cancel it there), removal.
import type { Locale } from '../../../shared/enums';
import LocalText from '../../components/LocalText';
import { contactOfAttempt } from '../../sync/recoverLink';
import { forgetRegistration } from '../../sync/registrations';
import type { RegistrationView } from '../../sync/watchRegistrations';
import { supportLinkText } from '../Support/linkText';
import { mt } from './messages';
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
    const question = mt(locale, unsent ? 'forgetUnsentConfirm' : 'forgetConfirm', {
      name: record.fullName,
    });
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
        <span class="visually-hidden">{mt(locale, 'status')}: </span>
        {t(`sync.progress.${progress}`, undefined, locale)}
        {progress === 'refused' && problem && <> — {problem}</>}
      </p>
      {page ? (
        <p>
          <a href={page} aria-describedby={titleId}>
            {mt(locale, 'open')}
          </a>
        </p>
      ) : (
        progress !== 'refused' && <p class={styles.muted}>{mt(locale, 'noLinkYet')}</p>
      )}
      <TicketToggle record={record} locale={locale} describedBy={titleId} />
      {page && changeable && (
        <p>
          <a href={`${page}/support`} aria-describedby={titleId}>
            {supportLinkText(locale)}
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
            {mt(locale, 'edit')}
          </a>
        )}
        {page && changeable && (
          <a
            class={`button ${styles.cancel}`}
            href={`${page}?action=cancel`}
            aria-describedby={titleId}
          >
            {mt(locale, 'cancel')}
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
            {mt(locale, 'registerAgain')}
          </a>
        )}
        {/* Never sent: removing it withdraws it, a decision worth a real button and its own
            words, not the quiet "remove from this phone" of a registration the server holds. */}
        {unsent ? (
          <button type="button" class="button button--secondary" onClick={forget}>
            {mt(locale, 'withdraw')}
          </button>
        ) : (
          <button type="button" class={styles.forget} onClick={forget}>
            {mt(locale, 'forget')}
          </button>
        )}
      </div>
    </li>
  );
}
