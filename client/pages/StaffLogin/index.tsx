// "/staff/login": organizers and desk staff sign in; the server keeps the session in an
// HttpOnly cookie. Afterwards they go back where they were headed (same site only).
import { useState } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import { LoginSchema } from '../../../shared/schemas/staff';
import { validate } from '../../../shared/schemas/validate';
import { login } from '../../api/auth';
import { ApiError } from '../../api/http';
import { t } from '../../i18n';
import { usePageTitle } from '../../app/pageTitle';
import { navigate } from '../../app/router';
import { TextField } from '../../components/Field';
import { rememberStaff } from '../../components/StaffGate';

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
      const { user } = await login(checked.value.email, checked.value.password);
      rememberStaff(user);
      navigate(safeNext(window.location.search), { replace: true });
    } catch (err) {
      setBusy(false);
      if (err instanceof ApiError && err.errors.length > 0) setErrors(err.fieldErrors());
      else
        setFailure(
          err instanceof ApiError && err.code !== 'network'
            ? err.message
            : t('shell.network', undefined, locale),
        );
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
