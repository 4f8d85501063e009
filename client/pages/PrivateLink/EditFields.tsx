// The edit form's controls: the registration form's own (same names, same autocomplete
// tokens, same words), without the consent and invitation code given when registering.
import type { JSX } from 'preact';
import { ACCESSIBILITY_NEEDS, AGE_BANDS, GENDERS, ROLES, type Locale } from '../../../shared/enums';
import type { MeetingView } from '../../../shared/api/meetings';
import ChoiceGroup from '../../components/ChoiceGroup';
import { TextAreaField, TextField } from '../../components/Field';
import Checkbox from '../Register/Checkbox';
import type { FormValues } from '../Register/form';
import { choiceLabels } from '../Register/choiceLabels';
import ProvinceSelect from '../Register/ProvinceSelect';
import ContactFields from '../Register/ContactFields';
import formStyles from '../Register/Register.module.css';
import type { useFieldState } from '../Register/useFieldState';
import WorkshopChoice from '../Register/WorkshopChoice';
import { t } from '../../i18n';

interface Props {
  values: FormValues;
  meeting: MeetingView | null;
  locale: Locale;
  fields: Pick<ReturnType<typeof useFieldState>, 'errorOf' | 'set' | 'text'>;
}

const choices = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => ({ value, label: labels[value] }));

export default function EditFields({ values, meeting, locale, fields }: Props): JSX.Element {
  const { errorOf, set, text } = fields;
  const labels = choiceLabels(locale);
  const radios = (
    field: 'gender' | 'ageBand' | 'role',
    options: { value: string; label: string }[],
  ) => (
    <ChoiceGroup
      name={field}
      type="radio"
      legend={t(`register:${field}`, undefined, locale)}
      choices={options}
      selected={values[field]}
      onChange={(v) => set(field, v as string)}
      error={errorOf(field)}
      columns={field !== 'gender'}
    />
  );

  return (
    <>
      <TextField
        {...text('fullName')}
        label={t('register:fullName', undefined, locale)}
        autocomplete="name"
        aria-required="true"
      />
      {radios('gender', choices(GENDERS, labels.gender))}
      <div class={formStyles.bigChoices}>
        {radios('ageBand', choices(AGE_BANDS, labels.ageBand))}
      </div>
      {radios('role', choices(ROLES, labels.role))}
      <TextField
        {...text('organization')}
        label={`${t('register:organization', undefined, locale)} (${t('register:optional', undefined, locale)})`}
        autocomplete="organization"
      />
      <ProvinceSelect
        locale={locale}
        label={t('register:provinceCode', undefined, locale)}
        placeholder={t('register:choose', undefined, locale)}
        value={values.provinceCode}
        onValue={(v) => set('provinceCode', v)}
        error={errorOf('provinceCode')}
      />
      <ContactFields locale={locale} text={text} />
      {meeting && (
        <WorkshopChoice
          meeting={meeting}
          locale={locale}
          value={values.workshopId}
          onChange={(v) => set('workshopId', v)}
          error={errorOf('workshopId')}
        />
      )}
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
      <Checkbox
        name="photoConsent"
        checked={values.photoConsent}
        onChange={(v) => set('photoConsent', v)}
      >
        {t('register:photoConsent', undefined, locale)}
      </Checkbox>
    </>
  );
}
