// How many seats, how registrations are accepted, the waitlist, who gets SMS, and the target
// regions.
import { APPROVAL_MODES, SMS_POLICIES, type SmsPolicy } from '../../../shared/enums';
import { REGIONS } from '../../../shared/geo';
import { t, placeName, type WordOf } from '../../i18n';
import ChoiceGroup from '../../components/ChoiceGroup';
import { FieldMessages, TextField, describedBy, fieldIds } from '../../components/Field';
import type { ApprovalMode } from '../../../shared/enums';
import { Section, type SectionProps } from './Section';
import styles from './MeetingForm.module.css';

export function SeatsSection({ values, set, errors, locale }: SectionProps) {
  const l = (key: WordOf<'staff'>) => t(`staff:${key}`, undefined, locale);
  const waitlistIds = fieldIds('waitlist');
  return (
    <>
      <Section legend={l('form.seats')}>
        <TextField
          name="capacity"
          type="number"
          inputMode="numeric"
          min={1}
          step={1}
          dir="ltr"
          required
          label={l('form.capacity')}
          value={values.capacity}
          onValue={(capacity) => set({ capacity })}
          error={errors.capacity}
          class={styles.narrow}
        />
        <ChoiceGroup
          name="approval"
          type="radio"
          legend={l('form.approval')}
          choices={APPROVAL_MODES.map((mode) => ({
            value: mode,
            label: l(`approval.${mode}`),
          }))}
          selected={values.approval}
          onChange={(approval) => set({ approval: approval as ApprovalMode })}
          error={errors.approval}
        />
        <div>
          <label class={styles.check}>
            <input
              type="checkbox"
              id={waitlistIds.id}
              name="waitlist"
              checked={values.waitlist}
              aria-invalid={errors.waitlist ? true : undefined}
              aria-describedby={describedBy('waitlist', undefined, errors.waitlist)}
              onChange={(e) => set({ waitlist: e.currentTarget.checked })}
            />
            <span>{l('form.waitlist')}</span>
          </label>
          <FieldMessages name="waitlist" error={errors.waitlist} />
        </div>
        <ChoiceGroup
          name="sms"
          type="radio"
          legend={l('form.sms')}
          choices={SMS_POLICIES.map((policy) => ({
            value: policy,
            label: l(`sms.${policy}`),
          }))}
          selected={values.sms}
          onChange={(sms) => set({ sms: sms as SmsPolicy })}
          error={errors.sms}
        />
      </Section>
      <ChoiceGroup
        name="eligibleRegions"
        type="checkbox"
        columns
        legend={l('form.regions')}
        hint={l('form.regionsHint')}
        choices={REGIONS.map((r) => ({ value: r.code, label: placeName(r.name, locale) }))}
        selected={values.eligibleRegions}
        onChange={(eligibleRegions) => set({ eligibleRegions: eligibleRegions as string[] })}
        error={errors.eligibleRegions ?? firstIndexed(errors, 'eligibleRegions')}
      />
    </>
  );
}

/** An error on one item of a list ("eligibleRegions.3") shown on the whole group. */
function firstIndexed(errors: Record<string, string>, prefix: string): string | undefined {
  const key = Object.keys(errors).find((k) => k.startsWith(`${prefix}.`));
  return key ? errors[key] : undefined;
}
