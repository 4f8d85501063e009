// After "Register": where the registration is (saved on the phone → sent → confirmed), kept
// up to date by the write queue without the person doing anything.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import type { ProblemBody } from '../../store/types';
import {
  watchRegistration,
  type RegistrationView,
} from '../../actions/registration/followMyRegistrations';
import { contactOfAttempt } from '../../actions/registration/recoverMyLink';
import {
  privateLink,
  type RegistrationProgress,
} from '../../actions/registration/registrationProgress';
import { useOnline } from '../../actions/queue/useOnline';
import { contactLabel } from './contactLabel';
import styles from './Register.module.css';
import { t, type WordOf } from '../../i18n';

interface Props {
  id: string;
  locale: Locale;
  onFix: (problem: ProblemBody) => void;
  onAnother: () => void;
}

function resultKey(view: RegistrationView, online: boolean): WordOf<'register'> {
  if (view.progress === 'waiting') {
    return online && (view.entry?.attempts ?? 0) === 0 ? 'result.waiting' : 'result.waitingOffline';
  }
  return `result.${view.progress}`;
}

function Steps({ progress, locale }: { progress: RegistrationProgress; locale: Locale }) {
  const sent = !['waiting', 'sending'].includes(progress);
  const confirmed = progress === 'accepted';
  const step = (done: boolean, current: boolean, key: WordOf<'register'>) => (
    <li data-done={done} aria-current={current ? 'step' : undefined}>
      {t(`register:${key}`, undefined, locale)}
    </li>
  );
  return (
    <ol class={styles.steps}>
      {step(true, false, 'stepSaved')}
      {step(sent, !sent, 'stepSent')}
      {step(confirmed, sent && !confirmed, 'stepConfirmed')}
    </ol>
  );
}

export default function Submitted({ id, locale, onFix, onAnother }: Props) {
  const [view, setView] = useState<RegistrationView | undefined>();
  const online = useOnline();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => watchRegistration(id, setView), [id]);
  useEffect(() => headingRef.current?.focus(), []);

  const progress = view?.progress;
  const problem = view?.record.problem;
  const link = view ? privateLink(view.record) : null;
  // Only a form mistake or a missing invitation code can be fixed by editing and resending.
  const fixable =
    !problem?.code || problem.code === 'validation' || problem.code === 'not-eligible';
  const settledBadly =
    progress === 'refused' || progress === 'rejected' || progress === 'cancelled';
  // Already registered: the server has sent the link again to the address typed (its own).
  const contact =
    progress === 'refused' && problem?.code === 'duplicate-registration'
      ? contactOfAttempt(view?.entry?.body)
      : null;

  return (
    <section class={`${styles.result} stack`} aria-labelledby="result-title">
      <h2 id="result-title" tabIndex={-1} ref={headingRef}>
        {view ? t('register:resultTitle', { name: view.record.fullName }, locale) : ''}
      </h2>
      {/* One polite live region: each step (sent, confirmed) is read out as it happens. */}
      <p
        role="status"
        class={settledBadly && !contact ? 'notice notice--error' : 'notice'}
        data-link-sent-again={contact ? '' : undefined}
      >
        {contact
          ? t('register:duplicateSent', { contact: contactLabel(contact) }, locale)
          : view
            ? t(`register:${resultKey(view, online)}`, undefined, locale)
            : ''}
        {/* The server words its refusal in the language the registration was sent in. */}
        {progress === 'refused' && !contact && problem?.title && <> {problem.title}</>}
      </p>
      {progress && !settledBadly && <Steps progress={progress} locale={locale} />}
      {progress === 'refused' && problem?.errors && problem.errors.length > 0 && (
        <ul class={styles.problems}>
          {problem.errors.map((e) => (
            <li key={e.path}>{e.message}</li>
          ))}
        </ul>
      )}
      {link && (
        <p>
          {t('register:privateLinkIntro', undefined, locale)}{' '}
          <a href={link}>{t('register:privateLink', undefined, locale)}</a>
        </p>
      )}
      <div class="row">
        {progress === 'refused' && fixable && (
          <button type="button" class="button" onClick={() => onFix(problem ?? {})}>
            {t('register:fixAndResend', undefined, locale)}
          </button>
        )}
        <button type="button" class="button button--secondary" onClick={onAnother}>
          {t('register:registerAnother', undefined, locale)}
        </button>
        <a href="/me">{t('register:myRegistrations', undefined, locale)}</a>
      </div>
    </section>
  );
}
