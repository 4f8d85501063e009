// Where the registration stands, in plain words, and what became of the person's last change
// (waiting on this phone, sending, sent, refused), read out by screen readers as it moves.
import type { Ref } from 'preact';
import type { Locale, RegistrationStatus } from '../../../shared/enums';
import type { ProblemBody } from '../../store/types';
import { mt, type RegistrationMessageKey } from './messages';
import type { QueuedAction } from './pendingActions';
import styles from './Registration.module.css';

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

function progressKey({ kind, entry }: QueuedAction, online: boolean): RegistrationMessageKey {
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
          {mt(locale, 'statusTitle')}
        </h2>
        <p class={styles.badge} data-tone={TONE[status]}>
          {mt(locale, `status.${status}`)}
        </p>
        <p>{mt(locale, cancelPending ? 'cancelPending' : `explain.${status}`)}</p>
      </section>
      {/* Always in the page, so each change of its text is announced. */}
      <div
        role="status"
        tabIndex={-1}
        ref={props.progressRef}
        class={report ? (refused ? 'notice notice--error' : 'notice') : styles.quiet}
      >
        {report && mt(locale, progressKey(report, online))}
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
              {mt(locale, 'fix')}
            </button>
          )}
          <button
            type="button"
            class="button button--secondary"
            onClick={() => props.onDismiss(refused)}
          >
            {mt(locale, 'dismiss')}
          </button>
        </div>
      )}
    </>
  );
}
