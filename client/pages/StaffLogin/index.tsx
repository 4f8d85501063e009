// "/staff/login": organizers and desk staff sign in; the server keeps the session in an
// HttpOnly cookie. Afterwards they go back where they were headed (same site only).
import { useState } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import { LoginSchema } from '../../../shared/schemas/staff';
import { validate } from '../../../shared/schemas/validate';
import { refusalOf } from '../../actions/refusal';
import { signIn } from '../../actions/staff/signIn';
import { t } from '../../i18n';
import { usePageTitle } from '../../app/pageTitle';
import { navigate } from '../../app/router';
import { TextField } from '../../components/Field';

/** Only a path of this site: never send someone elsewhere after signing in. */
export function safeNext(search: string): string {
  const next = new URLSearchParams(search).get('next') ?? '';
  return next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\')
    ? next
    : '/staff';
}

export default function StaffLogin({ locale }: { locale: Locale }) {
  usePageTitle(t('staff:loginTitle', undefined, locale));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    setFailure('');
    const checked = validate(LoginSchema, { email, password }, locale);
    if (!checked.ok) {
      setErrors(Object.fromEntries(checked.errors.map((err) => [err.path, err.message])));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await signIn(checked.value.email, checked.value.password);
      navigate(safeNext(window.location.search), { replace: true });
    } catch (err) {
      setBusy(false);
      const refusal = refusalOf(err, locale);
      if (Object.keys(refusal.fields).length > 0) setErrors(refusal.fields);
      else setFailure(refusal.text);
    }
  }

  return (
    <section class="stack" aria-labelledby="login-title">
      <h1 id="login-title">{t('staff:loginTitle', undefined, locale)}</h1>
      {failure && (
        <p class="notice notice--error" role="alert">
          {failure}
        </p>
      )}
      <form class="stack" method="post" noValidate onSubmit={submit}>
        <TextField
          name="email"
          type="email"
          autocomplete="username"
          dir="ltr"
          required
          label={t('staff:email', undefined, locale)}
          value={email}
          onValue={setEmail}
          error={errors.email}
        />
        <TextField
          name="password"
          type="password"
          autocomplete="current-password"
          dir="ltr"
          required
          label={t('staff:password', undefined, locale)}
          value={password}
          onValue={setPassword}
          error={errors.password}
        />
        <button type="submit" class="button" disabled={busy}>
          {t('staff:signIn', undefined, locale)}
        </button>
      </form>
    </section>
  );
}
