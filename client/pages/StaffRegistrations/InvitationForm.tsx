// "Create N codes for …": checked with the server's own schema first, then the server's answer
// (its field errors beside the fields) and a confirmation that is read out.
import { useState } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import '../../../shared/i18n/validation/staff';
import { InvitationRequestSchema } from '../../../shared/schemas/organizer';
import { validate } from '../../../shared/schemas/validate';
import { refusalOf } from '../../actions/refusal';
import { inviteParticipants } from '../../actions/staff/inviteParticipants';
import { t, type WordOf } from '../../i18n';
import { TextField, fieldIds } from '../../components/Field';
import { countText } from './countText';
import styles from './Invitations.module.css';
import FormStatus, { type FormMessage } from '../../components/FormStatus';

interface Props {
  slug: string;
  locale: Locale;
  onCreated: () => void;
}

export function InvitationForm({ slug, locale, onCreated }: Props) {
  const l = (key: WordOf<'staff'>) => t(`staff:${key}`, undefined, locale);
  const [count, setCount] = useState('1');
  const [label, setLabel] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<FormMessage>(null);
  const [busy, setBusy] = useState(false);

  function showErrors(fields: Record<string, string>) {
    setErrors(fields);
    const first = Object.keys(fields).find((path) => path === 'count' || path === 'label');
    if (first) document.getElementById(fieldIds(first).id)?.focus();
  }

  async function submit(e: Event) {
    e.preventDefault();
    setMessage(null);
    const checked = validate(InvitationRequestSchema, { count: Number(count), label }, locale);
    if (!checked.ok)
      return showErrors(
        Object.fromEntries(checked.errors.map((issue) => [issue.path, issue.message])),
      );
    setErrors({});
    setBusy(true);
    try {
      const created = await inviteParticipants(slug, checked.value);
      setMessage({
        ok: true,
        text: countText('reg.inv.created', created.length, locale, { label: checked.value.label }),
      });
      onCreated();
    } catch (err) {
      const refusal = refusalOf(err, locale);
      if (Object.keys(refusal.fields).length > 0) showErrors(refusal.fields);
      setMessage({ ok: false, text: refusal.text });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class={styles.form} method="post" noValidate onSubmit={submit}>
      <TextField
        name="count"
        type="number"
        inputMode="numeric"
        min={1}
        max={500}
        step={1}
        dir="ltr"
        required
        label={l('reg.inv.count')}
        hint={l('reg.inv.countHint')}
        value={count}
        onValue={setCount}
        error={errors.count}
        class={styles.count}
      />
      <TextField
        name="label"
        required
        autocomplete="off"
        label={l('reg.inv.label')}
        hint={l('reg.inv.labelHint')}
        value={label}
        onValue={setLabel}
        error={errors.label}
      />
      <div class={styles.submit}>
        <button type="submit" class="button" disabled={busy}>
          {l(busy ? 'reg.inv.creating' : 'reg.inv.create')}
        </button>
      </div>
      <FormStatus message={message} />
    </form>
  );
}
