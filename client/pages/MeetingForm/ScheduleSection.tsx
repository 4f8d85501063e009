// When, in Morocco's wall time: the values are exactly what the API wants ("2026-12-12T09:00").
import { t } from '../../i18n';
import { TextField } from '../../components/Field';
import type { MeetingFormValues } from './formValues';
import { Section, type SectionProps } from './Section';
import styles from './MeetingForm.module.css';

type TimeKey = 'startsAt' | 'endsAt' | 'opensAt' | 'closesAt';
const FIELDS: Array<{
  key: TimeKey;
  name: string;
  label: 'form.startsAt' | 'form.endsAt' | 'form.opensAt' | 'form.closesAt';
}> = [
  { key: 'startsAt', name: 'startsAt', label: 'form.startsAt' },
  { key: 'endsAt', name: 'endsAt', label: 'form.endsAt' },
  { key: 'opensAt', name: 'registration.opensAt', label: 'form.opensAt' },
  { key: 'closesAt', name: 'registration.closesAt', label: 'form.closesAt' },
];

export function ScheduleSection({ values, set, errors, locale }: SectionProps) {
  const zone = t('shell.moroccoTime', undefined, locale);
  return (
    <Section legend={t('staff:form.schedule', undefined, locale)}>
      <div class={styles.pair}>
        {FIELDS.map(({ key, name, label }) => (
          <TextField
            key={key}
            name={name}
            type="datetime-local"
            required
            label={`${t(`staff:${label}`, undefined, locale)} (${zone})`}
            value={values[key]}
            onValue={(value) => set({ [key]: value } as Partial<MeetingFormValues>)}
            error={errors[name]}
          />
        ))}
      </div>
    </Section>
  );
}
