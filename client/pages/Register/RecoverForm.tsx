// "Lost your link? Get it again": one field (the e-mail or phone registered with), checked with
// the shared schema, then one request; the answer reads the same whoever registered.
import { useState } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import { RecoverRequestSchema } from '../../../shared/schemas/registration';
import { validate } from '../../../shared/schemas/validate';
import { TextField } from '../../components/Field';
import { askForLinkAgain, type RecoverOutcome } from '../../actions/registration/recoverMyLink';
import { contactLabel } from './contactLabel';
import styles from './Register.module.css';
import { t, type WordOf } from '../../i18n';

const OUTCOME_TEXT: Record<RecoverOutcome, WordOf<'register'>> = {
  sent: 'recoverSent',
  offline: 'recoverOffline',
  busy: 'recoverBusy',
  failed: 'recoverFailed',
};

export default function RecoverForm({ slug, locale }: { slug: string; locale: Locale }) {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [state, setState] = useState<'idle' | 'sending' | RecoverOutcome>('idle');
  const [sentTo, setSentTo] = useState('');

  const submit = async (event: Event) => {
    event.preventDefault();
    const input = typed.includes('@') ? { email: typed } : { phone: typed };
    const checked = validate(RecoverRequestSchema, input, locale);
    if (!checked.ok) {
      setError(checked.errors[0]?.message);
      return;
    }
    setError(undefined);
    setState('sending');
    setSentTo(contactLabel(checked.value));
    setState(await askForLinkAgain(slug, checked.value));
  };

  const message =
    state === 'idle'
      ? ''
      : state === 'sending'
        ? t('register:recoverSending', undefined, locale)
        : t(`register:${OUTCOME_TEXT[state]}`, { contact: sentTo }, locale);
  const failed = state === 'offline' || state === 'busy' || state === 'failed';
  return (
    <form class="stack" onSubmit={(e) => void submit(e)} noValidate data-recover-form>
      <p class={styles.hint}>{t('register:recoverIntro', undefined, locale)}</p>
      <TextField
        name="recoverContact"
        label={t('register:recoverField', undefined, locale)}
        value={typed}
        onValue={(value) => {
          setTyped(value);
          setError(undefined);
        }}
        error={error}
        autocomplete="email"
        dir="ltr"
      />
      <button type="submit" class="button" disabled={state === 'sending'}>
        {t('register:recoverSubmit', undefined, locale)}
      </button>
      {/* Always there, so the answer is read out when it arrives. */}
      <p role="status" class={message ? (failed ? 'notice notice--error' : 'notice') : undefined}>
        {message}
      </p>
    </form>
  );
}
