// "Send reminders": now, some days before the start (at the starting time), or at a chosen
// date and time in the meeting's own clock. Checked with the server's schema first; what was
// queued is said by the page's live region (onQueued).
import { useState } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import '../../../shared/i18n/validation/staff';
import { ReminderRequestSchema, type ReminderRequest } from '../../../shared/schemas/outbox';
import { validate } from '../../../shared/schemas/validate';
import { ApiError } from '../../api/http';
import { queueReminders } from '../../api/outbox';
import ChoiceGroup from '../../components/ChoiceGroup';
import { TextField, fieldIds } from '../../components/Field';
import { failureReason } from './failureText';
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

  const showErrors = (list: Array<{ path: string; message: string }>) => {
    const map: Record<string, string> = {};
    for (const e of list) map[e.path] ??= e.message;
    setErrors(map);
    const first = list[0];
    if (first) document.getElementById(fieldIds(first.path).id)?.focus();
  };

  async function submit(e: Event) {
    e.preventDefault();
    const request =
      when === 'daysBefore' ? { daysBefore: Number(days) } : when === 'at' ? { at } : {};
    const checked = validate(ReminderRequestSchema, request, locale);
    if (!checked.ok) return showErrors(checked.errors);
    setErrors({});
    setBusy(true);
    try {
      onQueued(await queueReminders(slug, checked.value), checked.value);
    } catch (err) {
      if (err instanceof ApiError && err.errors.length > 0) showErrors(err.errors);
      onFailed(t('staffOutbox:remindersFailed', { reason: failureReason(err, locale) }, locale));
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
