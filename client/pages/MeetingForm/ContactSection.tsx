// How participants reach the organizers (the e-mails' Reply-To, shown on the meeting page and
// the confirmation), and how long their personal data is kept after the meeting.
import { MAX_RETENTION_DAYS } from '../../../shared/retention';
import { t, type WordOf } from '../../i18n';
import { TextField } from '../../components/Field';
import { Section, type SectionProps } from './Section';
import styles from './MeetingForm.module.css';

export function ContactSection({ values, set, errors, locale }: SectionProps) {
  const l = (key: WordOf<'staff'>) => t(`staff:${key}`, undefined, locale);
  return (
    <Section legend={l('form.contact')}>
      <TextField
        name="contact.email"
        type="email"
        inputMode="email"
        autoComplete="email"
        dir="ltr"
        label={l('form.contactEmail')}
        hint={l('form.contactHint')}
        value={values.contactEmail}
        onValue={(contactEmail) => set({ contactEmail })}
        error={errors['contact.email']}
      />
      <TextField
        name="contact.phone"
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        dir="ltr"
        label={l('form.contactPhone')}
        value={values.contactPhone}
        onValue={(contactPhone) => set({ contactPhone })}
        error={errors['contact.phone']}
      />
      <TextField
        name="retentionDays"
        type="number"
        inputMode="numeric"
        min={1}
        max={MAX_RETENTION_DAYS}
        step={1}
        dir="ltr"
        label={l('form.retentionDays')}
        hint={l('form.retentionHint')}
        value={values.retentionDays}
        onValue={(retentionDays) => set({ retentionDays })}
        error={errors.retentionDays}
        class={styles.narrow}
      />
    </Section>
  );
}
