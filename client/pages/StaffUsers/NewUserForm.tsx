// A new staff account: e-mail, first password, role. Checked with the server's own schema first.
import { useState } from 'preact/hooks';
import { STAFF_ROLES, type Locale, type StaffRole } from '../../../shared/enums';
import '../../../shared/i18n/validation/staff';
import { NewUserSchema } from '../../../shared/schemas/staff';
import { validate } from '../../../shared/schemas/validate';
import { refusalLine, refusalOf } from '../../actions/refusal';
import { createStaffUser } from '../../actions/staff/createStaffUser';
import { t } from '../../i18n';
import ChoiceGroup from '../../components/ChoiceGroup';
import { TextField } from '../../components/Field';
import FormStatus, { type FormMessage } from '../../components/FormStatus';

export function NewUserForm({ locale, onCreated }: { locale: Locale; onCreated: () => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<StaffRole>('organizer');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<FormMessage>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    setMessage(null);
    const checked = validate(NewUserSchema, { email, password, role }, locale);
    if (!checked.ok)
      return setErrors(
        Object.fromEntries(checked.errors.map((issue) => [issue.path, issue.message])),
      );
    setErrors({});
    setBusy(true);
    try {
      const created = await createStaffUser(checked.value);
      setMessage({ ok: true, text: t('staff:users.created', { email: created.email }, locale) });
      setEmail('');
      setPassword('');
      onCreated();
    } catch (err) {
      const refusal = refusalOf(err, locale);
      if (Object.keys(refusal.fields).length > 0) setErrors(refusal.fields);
      setMessage({ ok: false, text: refusalLine(refusal) });
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
      <FormStatus message={message} />
    </form>
  );
}
