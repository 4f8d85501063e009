// The registration form: validates as the person types (the server's own schema), lists what
// to fix on submit, and hands a valid registration to the write queue.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ACCESSIBILITY_NEEDS, AGE_BANDS, GENDERS, ROLES, type Locale } from '../../../shared/enums';
import { onPhoneLibrary } from '../../../shared/phoneOnDevice';
import type { MeetingView } from '../../../shared/api/meetings';
import { DEFAULT_RETENTION_DAYS } from '../../../shared/retention';
import ChoiceGroup, { type Choice } from '../../components/ChoiceGroup';
import { TextAreaField, TextField } from '../../components/Field';
import { submitRegistration } from '../../actions/registration/register';
import { checkForm, type FieldErrors, type FormValues } from './form';
import { useFieldState } from './useFieldState';
import InvitationCode from './InvitationCode';
import { choiceLabels } from './choiceLabels';
import PrivacyConsent from './PrivacyConsent';
import ProvinceSelect from './ProvinceSelect';
import ContactFields from './ContactFields';
import WorkshopChoice from './WorkshopChoice';
import styles from './Register.module.css';
import { lazyComponent } from '../../app/lazy';
import { t } from '../../i18n';

// Only needed after a failed submit: fetched when the person starts filling the form, not with
// the form's first load (15 KB budget on 3G); the service worker has it for offline use.
const ErrorSummary = lazyComponent(
  () => import('../../components/ErrorSummary'),
  () => null,
);

interface Props {
  meeting: MeetingView;
  locale: Locale;
  /** The registration's client UUID: its id on the server too. */
  id: string;
  values: FormValues;
  onValues: (values: FormValues) => void;
  /** What the server refused last time, per field, until the person edits the field. */
  serverErrors: FieldErrors;
  onSaved: (id: string) => void;
}

const choices = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => ({ value, label: labels[value] }));

export default function RegistrationForm({
  meeting,
  locale,
  id,
  values,
  onValues,
  serverErrors,
  onSaved,
}: Props) {
  const [saving, setSaving] = useState(false);
  const [saveFailed, setSaveFailed] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const labels = choiceLabels(locale);
  // A foreign phone number is checked against its country's plan once that has been fetched.
  const [phonePlans, setPhonePlans] = useState(0);
  useEffect(() => onPhoneLibrary(() => setPhonePlans((n) => n + 1)), []);
  const check = useMemo(
    () => checkForm(values, id, locale),
    // phonePlans is not read here, but each plan fetched changes what checkForm answers.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [values, id, locale, phonePlans],
  );
  const { submitted, markSubmitted, errorOf, set, text, visibleErrors } = useFieldState({
    values,
    onValues,
    errors: check.errors,
    serverErrors,
  });

  const radios = (
    field: 'gender' | 'ageBand' | 'role',
    options: Choice[],
    extra: { hint?: string; columns?: boolean } = {},
  ) => (
    <ChoiceGroup
      name={field}
      type="radio"
      legend={t(`register:${field}`, undefined, locale)}
      choices={options}
      selected={values[field]}
      onChange={(v) => set(field, v as string)}
      error={errorOf(field)}
      {...extra}
    />
  );

  // Fetched with the form, for the same reason as the result screen: a dropped network.
  useEffect(() => {
    void ErrorSummary.preload().catch(() => undefined);
  }, []);

  async function onSubmit(event: Event) {
    event.preventDefault();
    markSubmitted();
    setSaveFailed(false);
    if (!check.ok) {
      // After the re-render, so the summary lists every field: focus makes it read out.
      void ErrorSummary.preload()
        .then(() => setTimeout(() => summaryRef.current?.focus()))
        .catch(() => undefined);
      return;
    }
    setSaving(true);
    try {
      await submitRegistration({
        slug: meeting.slug,
        meetingTitle: meeting.title,
        body: check.body,
      });
      onSaved(check.body.id);
    } catch (error) {
      console.error('registration: cannot save on this device', error);
      setSaveFailed(true);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form
      class={`${styles.form} stack`}
      noValidate
      onSubmit={onSubmit}
      onInput={() => void ErrorSummary.preload().catch(() => undefined)}
    >
      {submitted && Object.keys(visibleErrors).length > 0 && (
        <div role="alert">
          <ErrorSummary
            title={t('register:summary', undefined, locale)}
            errors={visibleErrors}
            summaryRef={summaryRef}
          />
        </div>
      )}
      <TextField
        {...text('fullName')}
        label={t('register:fullName', undefined, locale)}
        autocomplete="name"
        aria-required="true"
      />
      {radios('gender', choices(GENDERS, labels.gender), {
        hint: t('register:genderWhy', undefined, locale),
      })}
      <div class={styles.bigChoices}>
        {radios('ageBand', choices(AGE_BANDS, labels.ageBand), { columns: true })}
      </div>
      {radios('role', choices(ROLES, labels.role), { columns: true })}
      <TextField
        {...text('organization')}
        label={`${t('register:organization', undefined, locale)} (${t('register:optional', undefined, locale)})`}
        autocomplete="organization"
      />
      <ProvinceSelect
        locale={locale}
        label={t('register:provinceCode', undefined, locale)}
        placeholder={t('register:choose', undefined, locale)}
        hint={t('register:provinceWhy', undefined, locale)}
        value={values.provinceCode}
        onValue={(v) => set('provinceCode', v)}
        error={errorOf('provinceCode')}
      />
      <ContactFields locale={locale} text={text} />
      <WorkshopChoice
        meeting={meeting}
        locale={locale}
        value={values.workshopId}
        onChange={(v) => set('workshopId', v)}
        error={errorOf('workshopId')}
      />
      <ChoiceGroup
        name="accessibility"
        type="checkbox"
        columns
        legend={`${t('register:accessibility', undefined, locale)} (${t('register:optional', undefined, locale)})`}
        hint={t('register:accessibilityWhy', undefined, locale)}
        choices={choices(ACCESSIBILITY_NEEDS, labels.accessibility)}
        selected={values.accessibility}
        onChange={(v) => set('accessibility', v as string[])}
        error={errorOf('accessibility')}
      />
      {values.accessibility.length > 0 && (
        <TextAreaField
          {...text('accessibilityNote')}
          label={`${t('register:accessibilityNote', undefined, locale)} (${t('register:optional', undefined, locale)})`}
          rows={2}
        />
      )}
      <PrivacyConsent
        locale={locale}
        retentionDays={meeting.retentionDays ?? DEFAULT_RETENTION_DAYS}
        consent={values.consent}
        photoConsent={values.photoConsent}
        onConsent={(v) => set('consent', v)}
        onPhotoConsent={(v) => set('photoConsent', v)}
        error={errorOf('consent')}
      />
      <InvitationCode
        meeting={meeting}
        locale={locale}
        provinceCode={values.provinceCode}
        field={text('invitationCode')}
      />
      {saveFailed && (
        <p class="notice notice--error" role="alert">
          {t('register:saveFailed', undefined, locale)}
        </p>
      )}
      <button type="submit" class="button button--big" disabled={saving}>
        {saving ? t('register:saving', undefined, locale) : t('register:submit', undefined, locale)}
      </button>
    </form>
  );
}
