// The person's workshop group, changeable at the desk: each choice shows how many have arrived
// against its seats, and a full workshop is said in words (capacities are advisory).
import type { Locale } from '../../../shared/enums';
import { t, pickText } from '../../i18n';
import type { MeetingView } from '../../../shared/api/meetings';
import { SelectField } from '../../components/Field';
import { NO_WORKSHOP, type Load } from '../../desk/counts';
import styles from './Result.module.css';

interface Props {
  locale: Locale;
  meeting: MeetingView;
  value: string | null;
  loads: Record<string, Load>;
  onChange: (workshopId: string | null) => void;
}

function loadText(locale: Locale, load: Load | undefined): string {
  if (!load) return '';
  return load.capacity === null
    ? t('staffDesk:workshop.count', { arrived: load.arrived }, locale)
    : t('staffDesk:workshop.seats', { arrived: load.arrived, capacity: load.capacity }, locale);
}

export default function WorkshopPicker({ locale, meeting, value, loads, onChange }: Props) {
  const workshops = meeting.workshops ?? [];
  if (workshops.length === 0) return null;
  const current = loads[value ?? NO_WORKSHOP];
  const full = value !== null && current?.capacity != null && current.arrived > current.capacity;
  return (
    <div class={styles.workshop}>
      <SelectField
        name="workshopId"
        label={t('staffDesk:workshop.label', undefined, locale)}
        value={value ?? ''}
        onValue={(v) => onChange(v === '' ? null : v)}
        error={full ? t('staffDesk:workshop.full', undefined, locale) : undefined}
      >
        <option value="">{t('staffDesk:workshop.none', undefined, locale)}</option>
        {workshops.map((w) => (
          <option key={w.id} value={w.id}>
            {`${pickText(w.title, locale).value} (${loadText(locale, loads[w.id])})`}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
