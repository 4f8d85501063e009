// "/staff/account": a staff member changes their own password; their other sessions end.
import { useState } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import '../../../shared/i18n/validation/staff';
import { PasswordChangeSchema } from '../../../shared/schemas/staff';
import { validate } from '../../../shared/schemas/validate';
import { refusalOf } from '../../actions/refusal';
import { changePassword } from '../../actions/staff/changePassword';
import { t } from '../../i18n';
import { usePageTitle } from '../../app/pageTitle';
import { TextField, fieldIds } from '../../components/Field';
import StaffGate from '../../components/StaffGate';
import FormStatus, { type FormMessage } from '../../components/FormStatus';

export default function StaffAccount({ locale }: { locale: Locale }) {
  usePageTitle(t('staff:account.title', undefined, locale));
  return (
    <section class="stack" aria-labelledby="account-title">
      <h1 id="account-title">{t('staff:account.title', undefined, locale)}</h1>
      <StaffGate locale={locale} role="checkin">
        {() => <PasswordForm locale={locale} />}
      </StaffGate>
      <p>
        <a href="/staff">{t('staff:allMeetings', undefined, locale)}</a>
      </p>
    </section>
  );
}

function PasswordForm({ locale }: { locale: Locale }) {
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<FormMessage>(null);
  const [busy, setBusy] = useState(false);

  function show(fields: Record<string, string>) {
    setErrors(fields);
    const first = Object.keys(fields)[0];
    if (first) document.getElementById(fieldIds(first).id)?.focus();
  }

  async function submit(e: Event) {
    e.preventDefault();
    setMessage(null);
    const checked = validate(PasswordChangeSchema, { currentPassword, newPassword }, locale);
    if (!checked.ok)
      return show(Object.fromEntries(checked.errors.map((issue) => [issue.path, issue.message])));
    setErrors({});
    setBusy(true);
    try {
      await changePassword(checked.value.currentPassword, checked.value.newPassword);
      setCurrent('');
      setNew('');
      setMessage({ ok: true, text: t('staff:account.changed', undefined, locale) });
    } catch (err) {
      const refusal = refusalOf(err, locale);
      if (Object.keys(refusal.fields).length > 0) show(refusal.fields);
      else setMessage({ ok: false, text: refusal.text });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="stack" method="post" noValidate onSubmit={submit}>
      <p>{t('staff:account.intro', undefined, locale)}</p>
      <TextField
        name="currentPassword"
        type="password"
        autocomplete="current-password"
        dir="ltr"
        required
        label={t('staff:account.current', undefined, locale)}
        value={currentPassword}
        onValue={setCurrent}
        error={errors.currentPassword}
      />
      <TextField
        name="newPassword"
        type="password"
        autocomplete="new-password"
        dir="ltr"
        required
        label={t('staff:account.new', undefined, locale)}
        value={newPassword}
        onValue={setNew}
        error={errors.newPassword}
      />
      <p>
        <button type="submit" class="button" disabled={busy}>
          {t(busy ? 'staff:account.saving' : 'staff:account.change', undefined, locale)}
        </button>
      </p>
      <FormStatus message={message} />
    </form>
  );
}
