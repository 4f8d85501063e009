// "/m/:slug/register": the meeting's registration form, usable offline once the meeting was
// seen on this phone; what is submitted is kept here and sent by the write queue.
import { useState } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import { registrationWindowState } from '../../../shared/registrationWindow';
import type { MeetingView } from '../../../shared/api/meetings';
import { forgetRegistration } from '../../actions/registration/forgetRegistration';
import { openRegistrationForm } from '../../actions/registration/openRegistrationForm';
import { newRegistrationId } from '../../actions/registration/register';
import { useDraft } from '../../app/drafts';
import { t, pickText } from '../../i18n';
import { usePageTitle } from '../../app/pageTitle';
import { useRemote } from '../../app/useRemote';
import LoadError from '../../components/LoadError';
import RetryNotice from '../../components/RetryNotice';
import Loading from '../../components/Loading';
import LocalText from '../../components/LocalText';
import type { ProblemBody } from '../../store/types';
import { emptyValues, errorsByField, isBlankForm, type FieldErrors, type FormValues } from './form';
import RecoverLink from './RecoverLink';
import RegistrationForm from './RegistrationForm';
import { AlreadyOnThisPhone, WindowState } from './MeetingHeader';
import styles from './Register.module.css';
// What follows "Register" comes with the form, not after it: a network that drops after the
// form loaded (before the service worker is installed) must still show the result, never the
// error page. (As a chunk of its own it cost a 3G round trip and more bytes than it saved.)
import Submitted from './Submitted';

export default function Register({ slug, locale }: { slug: string; locale: Locale }) {
  const [load, retry] = useRemote((signal) => openRegistrationForm(slug, signal), [slug]);
  const meeting = load.status === 'done' && 'meeting' in load.data ? load.data.meeting : null;
  usePageTitle(
    meeting
      ? `${t('register:pageTitle', undefined, locale)} — ${pickText(meeting.title, locale).value}`
      : load.status === 'loading'
        ? null
        : t('register:pageTitle', undefined, locale),
  );

  if (load.status === 'loading') return <Loading />;
  if (load.status === 'error')
    return <LoadError error={load.error} locale={locale} onRetry={retry} />;
  const result = load.data;
  if (result.kind === 'not-found') {
    return (
      <div class="stack">
        <p class="notice notice--error">{t('register:notFound', undefined, locale)}</p>
        <p>
          <a href="/">{t('register:home', undefined, locale)}</a>
        </p>
      </div>
    );
  }
  if (result.kind === 'offline') {
    return (
      <RetryNotice
        text={t('register:offline', undefined, locale)}
        locale={locale}
        onRetry={retry}
      />
    );
  }
  return (
    <RegisterScreen meeting={result.meeting} cached={result.kind === 'cached'} locale={locale} />
  );
}

function RegisterScreen({
  meeting,
  cached,
  locale,
}: {
  meeting: MeetingView;
  cached: boolean;
  locale: Locale;
}) {
  const [id, setId] = useState(newRegistrationId);
  const [values, setValues] = useState<FormValues>(emptyValues);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [savedId, setSavedId] = useState<string | null>(null);
  // A snapshot's state is stale: work it out again from the window (instants, so no tz data).
  const state = cached
    ? registrationWindowState(
        new Date(),
        meeting.registration.opensAt,
        meeting.registration.closesAt,
      )
    : meeting.registrationState;

  // What they type is kept on the phone until it is sent: a reload or an update loses nothing.
  const draft = useDraft(`register:${meeting.slug}`, values, setValues, isBlankForm);

  const startOver = (keep: FormValues, errors: FieldErrors) => {
    setValues(keep);
    setServerErrors(errors);
    setId(newRegistrationId()); // a new attempt is a new record: the refused id may be known to the server
    setSavedId(null);
  };
  const onFix = (problem: ProblemBody) => {
    if (savedId) void forgetRegistration(savedId);
    startOver(values, errorsByField(problem.errors ?? []));
  };

  return (
    <article class={`${styles.page} stack`} aria-labelledby="register-title">
      <header class={styles.header}>
        <p class={styles.kicker}>{t('register:pageTitle', undefined, locale)}</p>
        <LocalText as="h1" id="register-title" text={meeting.title} locale={locale} />
        <WindowState meeting={meeting} state={state} locale={locale} />
      </header>
      {cached && <p class="notice">{t('register:cached', undefined, locale)}</p>}
      {savedId ? (
        <Submitted
          id={savedId}
          locale={locale}
          onFix={onFix}
          onAnother={() => {
            draft.discard();
            startOver(emptyValues(), {});
          }}
        />
      ) : (
        <>
          <AlreadyOnThisPhone slug={meeting.slug} locale={locale} />
          {state === 'open' && draft.restored && (
            <div class="notice row" role="status" data-draft-restored>
              <p>{t('register:draftRestored', undefined, locale)}</p>
              <button
                type="button"
                class="button button--secondary"
                onClick={() => {
                  draft.discard();
                  startOver(emptyValues(), {});
                }}
              >
                {t('register:draftClear', undefined, locale)}
              </button>
            </div>
          )}
          {state === 'open' && (
            <RegistrationForm
              key={id}
              meeting={meeting}
              locale={locale}
              id={id}
              values={values}
              onValues={setValues}
              serverErrors={serverErrors}
              onSaved={(saved) => {
                draft.discard();
                setSavedId(saved);
              }}
            />
          )}
          {/* Below the form, which is what most people came for. */}
          <RecoverLink slug={meeting.slug} locale={locale} />
        </>
      )}
    </article>
  );
}
