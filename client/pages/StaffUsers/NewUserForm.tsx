// A new staff account: e-mail, first password, role. Checked with the server's own schema first.
import { useState } from 'preact/hooks';
import { STAFF_ROLES, type Locale, type StaffRole } from '../../../shared/enums';
import '../../../shared/i18n/validation/staff';
import { NewUserSchema } from '../../../shared/schemas/staff';
import { validate } from '../../../shared/schemas/validate';
import { ApiError } from '../../api/http';
import { createUser } from '../../api/users';
import { t } from '../../i18n';
import ChoiceGroup from '../../components/ChoiceGroup';
import { TextField } from '../../components/Field';
import { failureText } from './failureText';

export function NewUserForm({ locale, onCreated }: { locale: Locale; onCreated: () => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<StaffRole>('organizer');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const show = (list: Array<{ path: string; message: string }>) => {
    const map: Record<string, string> = {};
    for (const e of list) map[e.path] ??= e.message;
    setErrors(map);
  };

  async function submit(e: Event) {
    e.preventDefault();
    setMessage(null);
    const checked = validate(NewUserSchema, { email, password, role }, locale);
    if (!checked.ok) return show(checked.errors);
    setErrors({});
    setBusy(true);
    try {
      const created = await createUser(checked.value);
      setMessage({ ok: true, text: t('staff:users.created', { email: created.email }, locale) });
      setEmail('');
      setPassword('');
      onCreated();
    } catch (err) {
      if (err instanceof ApiError && err.errors.length > 0) show(err.errors);
      setMessage({ ok: false, text: failureText(err, locale) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="stack" method="post" noValidate onSubmit={submit} aria-labelledby="new-user">
      <h2 id="new-user">{t('staff:users.createTitle', undefined, locale)}</h2>
      <TextField
        name="email"
        type="email"
        autocomplete="off"
        dir="ltr"
        required
        label={t('staff:users.email', undefined, locale)}
        value={email}
        onValue={setEmail}
        error={errors.email}
      />
      <TextField
        name="password"
        type="password"
        autocomplete="new-password"
        dir="ltr"
        required
        label={t('staff:users.password', undefined, locale)}
        value={password}
        onValue={setPassword}
        error={errors.password}
      />
      <ChoiceGroup
        name="role"
        type="radio"
        legend={t('staff:users.role', undefined, locale)}
        choices={STAFF_ROLES.map((r) => ({
          value: r,
          label: t(`staff:users.role.${r}`, undefined, locale),
        }))}
        selected={role}
        onChange={(v) => setRole(v as StaffRole)}
        error={errors.role}
      />
      <p>
        <button type="submit" class="button" disabled={busy}>
          {t('staff:users.create', undefined, locale)}
        </button>
      </p>
      <p class={message ? `notice ${message.ok ? '' : 'notice--error'}` : undefined} role="status">
        {message?.text ?? ''}
      </p>
    </form>
  );
}
