// The meeting's support criteria: each list on or off, its distance threshold and budget,
// nights, priority and who may ask. Saved on the meeting (`PATCH … { support }`).
import { useState } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import { SupportPolicySchema, type SupportPolicy } from '../../../shared/schemas/meeting';
import { validate } from '../../../shared/schemas/validate';
import { ROAD_FACTOR, sameMorningReachKm } from '../../../shared/support';
import { refusalOf } from '../../actions/refusal';
import { saveSupportPolicy } from '../../actions/support/saveSupportPolicy';
import { TextField } from '../../components/Field';
import styles from './StaffSupport.module.css';
import { t } from '../../i18n';
import FormStatus, { type FormMessage } from '../../components/FormStatus';

interface Props {
  slug: string;
  policy: SupportPolicy;
  startClock: string;
  locale: Locale;
  onSaved: () => void;
}

const text = (n: number | undefined) => (n === undefined ? '' : String(n));
const num = (s: string) => (s.trim() === '' ? undefined : Number(s));

export default function PolicyForm({ slug, policy, startClock, locale, onSaved }: Props) {
  const [v, setV] = useState({
    travelEnabled: policy.travel.enabled,
    travelMin: text(policy.travel.minDistanceKm),
    seats: text(policy.travel.seats),
    lodgingEnabled: policy.lodging.enabled,
    lodgingMin: text(policy.lodging.minDistanceKm),
    rooms: text(policy.lodging.rooms),
    nights: text(policy.lodging.nights),
    priorityAccessibility: policy.priorityAccessibility,
    acceptedOnly: policy.acceptedOnly ?? false,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [note, setNote] = useState<FormMessage>(null);
  const [busy, setBusy] = useState(false);
  const set = (change: Partial<typeof v>) => setV((prev) => ({ ...prev, ...change }));

  const save = async () => {
    const candidate = {
      travel: {
        enabled: v.travelEnabled,
        minDistanceKm: num(v.travelMin) ?? NaN,
        seats: num(v.seats),
      },
      lodging: {
        enabled: v.lodgingEnabled,
        minDistanceKm: num(v.lodgingMin) ?? NaN,
        rooms: num(v.rooms),
        nights: num(v.nights),
      },
      priorityAccessibility: v.priorityAccessibility,
      acceptedOnly: v.acceptedOnly,
    };
    const checked = validate(SupportPolicySchema, candidate, locale);
    setErrors(checked.ok ? {} : Object.fromEntries(checked.errors.map((e) => [e.path, e.message])));
    if (!checked.ok) return;
    setBusy(true);
    try {
      await saveSupportPolicy(slug, checked.value);
      setNote({ ok: true, text: t('staffSupport:policySaved', undefined, locale) });
      onSaved();
    } catch (error) {
      setNote({ ok: false, text: refusalOf(error, locale).text });
    } finally {
      setBusy(false);
    }
  };

  const check = (name: keyof typeof v, label: string) => (
    <label class={styles.checkbox}>
      <input
        type="checkbox"
        name={name}
        checked={Boolean(v[name])}
        onChange={(e) => set({ [name]: e.currentTarget.checked })}
      />
      <span>{label}</span>
    </label>
  );
  const number = (name: keyof typeof v, path: string, label: string, hint?: string) => (
    <TextField
      name={path}
      type="number"
      inputMode="numeric"
      min={0}
      label={label}
      hint={hint}
      error={errors[path]}
      value={String(v[name])}
      onValue={(value) => set({ [name]: value })}
    />
  );

  return (
    <form
      class="stack"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <p class={styles.muted}>{t('staffSupport:roadHint', { factor: ROAD_FACTOR }, locale)}</p>
      <fieldset class={styles.fieldset}>
        <legend>{t('staffSupport:travel', undefined, locale)}</legend>
        {check('travelEnabled', t('staffSupport:travelEnabled', undefined, locale))}
        {number(
          'travelMin',
          'travel.minDistanceKm',
          t('staffSupport:minDistance', undefined, locale),
        )}
        {number(
          'seats',
          'travel.seats',
          t('staffSupport:seats', undefined, locale),
          t('staffSupport:budgetHint', undefined, locale),
        )}
      </fieldset>
      <fieldset class={styles.fieldset}>
        <legend>{t('staffSupport:lodging', undefined, locale)}</legend>
        {check('lodgingEnabled', t('staffSupport:lodgingEnabled', undefined, locale))}
        {number(
          'lodgingMin',
          'lodging.minDistanceKm',
          t('staffSupport:minDistance', undefined, locale),
        )}
        <p class={styles.muted}>
          {t(
            'staffSupport:reachHint',
            {
              start: startClock,
              reach: sameMorningReachKm(startClock) ?? '—',
            },
            locale,
          )}
        </p>
        {number(
          'rooms',
          'lodging.rooms',
          t('staffSupport:rooms', undefined, locale),
          t('staffSupport:budgetHint', undefined, locale),
        )}
        {number('nights', 'lodging.nights', t('staffSupport:defaultNights', undefined, locale))}
      </fieldset>
      {check('priorityAccessibility', t('staffSupport:priorityAccessibility', undefined, locale))}
      {check('acceptedOnly', t('staffSupport:acceptedOnly', undefined, locale))}
      <FormStatus message={note} />
      <button type="submit" class="button" disabled={busy}>
        {busy
          ? t('staff:form.saving', undefined, locale)
          : t('staffSupport:savePolicy', undefined, locale)}
      </button>
    </form>
  );
}
