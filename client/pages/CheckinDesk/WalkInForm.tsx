// The walk-in tab: a short form for someone not on the list. They are registered (source
// walk-in) and checked in on this device at once; the write queue sends both when it can.
import { useRef, useState } from 'preact/hooks';
import { AGE_BANDS, GENDERS, ROLES, type Locale } from '../../../shared/enums';
import { t, pickText } from '../../i18n';
import type { MeetingView } from '../../../shared/api/meetings';
import ChoiceGroup from '../../components/ChoiceGroup';
import ErrorSummary from '../../components/ErrorSummary';
import {
  describedBy,
  fieldIds,
  FieldMessages,
  SelectField,
  TextField,
} from '../../components/Field';
import { newWalkInId } from '../../desk/actions/record';
import { choiceLabels } from '../Register/choiceLabels';
import ProvinceSelect from '../Register/ProvinceSelect';
import styles from './CheckinDesk.module.css';
import { checkWalkIn, emptyWalkIn, type WalkInValues } from './walkInValues';
import type { RegistrationInput } from '../../../shared/schemas/registration';

interface Props {
  locale: Locale;
  meeting: MeetingView | null;
  onRegister: (body: RegistrationInput) => Promise<void>;
}

export default function WalkInForm({ locale, meeting, onRegister }: Props) {
  const labels = choiceLabels(locale);
  const [values, setValues] = useState<WalkInValues>(emptyWalkIn);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const set =
    <K extends keyof WalkInValues>(key: K) =>
    (value: WalkInValues[K]) =>
      setValues((v) => ({ ...v, [key]: value }));

  async function submit(e: Event) {
    e.preventDefault();
    const checked = checkWalkIn(values, newWalkInId(), locale);
    if (!checked.ok) {
      setErrors(checked.errors);
      window.setTimeout(() => summary.current?.focus(), 0);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await onRegister(checked.body);
      setValues(emptyWalkIn());
    } finally {
      setBusy(false);
    }
  }

  const consent = fieldIds('consent');
  const choices = <T extends string>(list: readonly T[], words: Record<T, string>) =>
    list.map((value) => ({ value, label: words[value] }));
  return (
    <form class="stack" onSubmit={(e) => void submit(e)} noValidate>
      <h2>{t('staffDesk:walkIn.title', undefined, locale)}</h2>
      <p class={styles.hint}>{t('staffDesk:walkIn.intro', undefined, locale)}</p>
      <ErrorSummary
        title={t('staffDesk:walkIn.summary', undefined, locale)}
        errors={errors}
        summaryRef={summary}
      />
      <TextField
        name="fullName"
        label={t('register:fullName', undefined, locale)}
        value={values.fullName}
        onValue={set('fullName')}
        error={errors.fullName}
        autocomplete="off"
        required
      />
      <ChoiceGroup
        name="gender"
        type="radio"
        legend={t('register:gender', undefined, locale)}
        choices={choices(GENDERS, labels.gender)}
        selected={values.gender}
        onChange={(v) => set('gender')(String(v))}
        error={errors.gender}
      />
      <ChoiceGroup
        name="ageBand"
        type="radio"
        legend={t('register:ageBand', undefined, locale)}
        choices={choices(AGE_BANDS, labels.ageBand)}
        selected={values.ageBand}
        onChange={(v) => set('ageBand')(String(v))}
        error={errors.ageBand}
      />
      <ChoiceGroup
        name="role"
        type="radio"
        legend={t('register:role', undefined, locale)}
        choices={choices(ROLES, labels.role)}
        selected={values.role}
        onChange={(v) => set('role')(String(v))}
        error={errors.role}
      />
      <TextField
        name="organization"
        label={t('register:organization', undefined, locale)}
        value={values.organization}
        onValue={set('organization')}
        error={errors.organization}
        autocomplete="off"
      />
      <ProvinceSelect
        locale={locale}
        label={t('register:provinceCode', undefined, locale)}
        placeholder={t('register:choose', undefined, locale)}
        value={values.provinceCode}
        onValue={set('provinceCode')}
        error={errors.provinceCode}
      />
      <p class={styles.hint}>{t('staffDesk:walkIn.contact', undefined, locale)}</p>
      <TextField
        name="phone"
        type="tel"
        label={t('register:phone', undefined, locale)}
        value={values.phone}
        onValue={set('phone')}
        error={errors.phone}
        autocomplete="off"
        dir="ltr"
      />
      <TextField
        name="email"
        type="email"
        label={t('register:email', undefined, locale)}
        value={values.email}
        onValue={set('email')}
        error={errors.email}
        autocomplete="off"
        dir="ltr"
      />
      {meeting?.workshops && meeting.workshops.length > 0 && (
        <SelectField
          name="workshopId"
          label={t('staffDesk:workshop.label', undefined, locale)}
          value={values.workshopId}
          onValue={set('workshopId')}
          error={errors.workshopId}
        >
          <option value="">{t('staffDesk:workshop.none', undefined, locale)}</option>
          {meeting.workshops.map((w) => (
            <option key={w.id} value={w.id}>
              {pickText(w.title, locale).value}
            </option>
          ))}
        </SelectField>
      )}
      <div class={styles.consent}>
        <input
          type="checkbox"
          id={consent.id}
          name="consent"
          value="true"
          checked={values.consent}
          aria-invalid={errors.consent ? true : undefined}
          aria-describedby={describedBy('consent', undefined, errors.consent)}
          onChange={(e) => set('consent')(e.currentTarget.checked)}
        />
        <label for={consent.id}>{t('staffDesk:walkIn.consent', undefined, locale)}</label>
      </div>
      <FieldMessages name="consent" error={errors.consent} />
      <button type="submit" class="button button--big" disabled={busy}>
        {t('staffDesk:walkIn.submit', undefined, locale)}
      </button>
    </form>
  );
}
