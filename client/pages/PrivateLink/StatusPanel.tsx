// Where the registration stands, in plain words, and what became of the person's last change
// (waiting on this phone, sending, sent, refused), read out by screen readers as it moves.
import type { Ref } from 'preact';
import type { Locale, RegistrationStatus } from '../../../shared/enums';
import type { ProblemBody } from '../../store/types';
import type { QueuedAction } from '../../actions/privateLink/pendingActions';
import styles from './PrivateLink.module.css';
import { t, type WordOf } from '../../i18n';

const TONE: Record<RegistrationStatus, 'ok' | 'wait' | 'bad'> = {
  accepted: 'ok',
  pending: 'wait',
  waitlisted: 'wait',
  rejected: 'bad',
  cancelled: 'bad',
};

interface Props {
  status: RegistrationStatus;
  cancelPending: boolean;
  report?: QueuedAction;
  online: boolean;
  locale: Locale;
  headingRef: Ref<HTMLHeadingElement>;
  progressRef: Ref<HTMLDivElement>;
  onDismiss: (action: QueuedAction) => void;
  onFix: (action: QueuedAction) => void;
}

function progressKey({ kind, entry }: QueuedAction, online: boolean): WordOf<'registration'> {
  if (entry.state !== 'waiting') return `${kind}.${entry.state}`;
  return online && entry.attempts === 0 ? `${kind}.waiting` : `${kind}.waitingOffline`;
}

export function problemOf(action: QueuedAction): ProblemBody {
  const body = action.entry.response?.body;
  return body && typeof body === 'object' ? (body as ProblemBody) : {};
}

export default function StatusPanel(props: Props) {
  const { status, cancelPending, report, online, locale } = props;
  const refused = report?.entry.state === 'refused' ? report : undefined;
  const problem = refused ? problemOf(refused) : undefined;
  const fixable = refused?.kind === 'edit' && (problem?.errors ?? []).length > 0;
  return (
    <>
      <section class={styles.status} aria-labelledby="status-title">
        <h2 id="status-title" tabIndex={-1} ref={props.headingRef}>
          {t('registration:statusTitle', undefined, locale)}
        </h2>
        <p class={styles.badge} data-tone={TONE[status]}>
          {t(`registration:status.${status}`, undefined, locale)}
        </p>
        <p>
          {t(
            cancelPending ? 'registration:cancelPending' : `registration:explain.${status}`,
            undefined,
            locale,
          )}
        </p>
      </section>
      {/* Always in the page, so each change of its text is announced. */}
      <div
        role="status"
        tabIndex={-1}
        ref={props.progressRef}
        class={report ? (refused ? 'notice notice--error' : 'notice') : styles.quiet}
      >
        {report && t(`registration:${progressKey(report, online)}`, undefined, locale)}
        {/* The server words its refusal in the language the change was sent in. */}
        {problem?.title && <> {problem.title}</>}
        {refused && problem?.errors && problem.errors.length > 0 && (
          <ul class={styles.problems}>
            {problem.errors.map((e) => (
              <li key={e.path}>{e.message}</li>
            ))}
          </ul>
        )}
      </div>
      {refused && (
        <div class="row">
          {fixable && (
            <button type="button" class="button" onClick={() => props.onFix(refused)}>
              {t('registration:fix', undefined, locale)}
            </button>
          )}
          <button
            type="button"
            class="button button--secondary"
            onClick={() => props.onDismiss(refused)}
          >
            {t('registration:dismiss', undefined, locale)}
          </button>
        </div>
      )}
    </>
  );
}
