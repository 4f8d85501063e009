// "Send reminders": now, some days before the start (at the starting time), or at a chosen
// date and time in the meeting's own clock. Checked with the server's schema first; what was
// queued is said by the page's live region (onQueued).
import { useState } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import '../../../shared/i18n/validation/staff';
import { ReminderRequestSchema, type ReminderRequest } from '../../../shared/schemas/outbox';
import { validate } from '../../../shared/schemas/validate';
import { refusalOf } from '../../actions/refusal';
import { sendReminders } from '../../actions/outbox/sendReminders';
import ChoiceGroup from '../../components/ChoiceGroup';
import { TextField, fieldIds } from '../../components/Field';
import styles from './StaffOutbox.module.css';
import { t } from '../../i18n';

type When = 'now' | 'daysBefore' | 'at';

interface Props {
  slug: string;
  locale: Locale;
  onQueued: (result: { queued: number; at: string }, request: ReminderRequest) => void;
  onFailed: (reason: string) => void;
}

export default function RemindersForm({ slug, locale, onQueued, onFailed }: Props) {
  const [when, setWhen] = useState<When>('now');
  const [days, setDays] = useState('2');
  const [at, setAt] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  /** Each field's first reason beside it, and the focus in the first field named. */
  const showErrors = (byField: Record<string, string>) => {
    setErrors(byField);
    const first = Object.keys(byField)[0];
    if (first !== undefined) document.getElementById(fieldIds(first).id)?.focus();
  };

  async function submit(e: Event) {
    e.preventDefault();
    const request =
      when === 'daysBefore' ? { daysBefore: Number(days) } : when === 'at' ? { at } : {};
    const checked = validate(ReminderRequestSchema, request, locale);
    if (!checked.ok) {
      const byField: Record<string, string> = {};
      for (const e of checked.errors) byField[e.path] ??= e.message;
      return showErrors(byField);
    }
    setErrors({});
    setBusy(true);
    try {
      onQueued(await sendReminders(slug, checked.value), checked.value);
    } catch (err) {
      const refusal = refusalOf(err, locale);
      if (Object.keys(refusal.fields).length > 0) showErrors(refusal.fields);
      const reason = refusal.unreachable
        ? t('staffOutbox:network', undefined, locale)
        : refusal.text;
      onFailed(t('staffOutbox:remindersFailed', { reason }, locale));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="stack" aria-labelledby="reminders-title">
      <h2 id="reminders-title">{t('staffOutbox:remindersTitle', undefined, locale)}</h2>
      <p>{t('staffOutbox:remindersIntro', undefined, locale)}</p>
      <form class={`${styles.form} stack`} method="post" noValidate onSubmit={submit}>
        <ChoiceGroup
          name="when"
          legend={t('staffOutbox:when', undefined, locale)}
          type="radio"
          choices={(['now', 'daysBefore', 'at'] as const).map((value) => ({
            value,
            label: t(`staffOutbox:when.${value}`, undefined, locale),
          }))}
          selected={when}
          onChange={(value) => setWhen(value as When)}
        />
        {when === 'daysBefore' && (
          <TextField
            name="daysBefore"
            type="number"
            inputMode="numeric"
            min={1}
            max={60}
            step={1}
            dir="ltr"
            required
            label={t('staffOutbox:daysBefore', undefined, locale)}
            hint={t('staffOutbox:daysBeforeHint', undefined, locale)}
            value={days}
            onValue={setDays}
            error={errors.daysBefore}
            class={styles.short}
          />
        )}
        {when === 'at' && (
          <TextField
            name="at"
            type="datetime-local"
            dir="ltr"
            required
            label={t('staffOutbox:at', undefined, locale)}
            value={at}
            onValue={setAt}
            error={errors.at}
            class={styles.short}
          />
        )}
        <p>
          <button type="submit" class="button" disabled={busy}>
            {t(busy ? 'staffOutbox:queueing' : 'staffOutbox:queueReminders', undefined, locale)}
          </button>
        </p>
      </form>
    </section>
  );
}
