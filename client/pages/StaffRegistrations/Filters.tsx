// Search (results as one types) and the status, source and workshop filters of the list.
import { REGISTRATION_SOURCES, REGISTRATION_STATUSES, type Locale } from '../../../shared/enums';
import { t, pickText, type WordOf } from '../../i18n';
import { SelectField, TextField } from '../../components/Field';
import type { MeetingWithSeats } from './useLiveMeeting';
import styles from './Registrations.module.css';

export interface FilterValues {
  q: string;
  status: string;
  source: string;
  workshop: string;
}

export const NO_FILTERS: FilterValues = { q: '', status: '', source: '', workshop: '' };

interface Props {
  meeting: MeetingWithSeats;
  values: FilterValues;
  onChange: (patch: Partial<FilterValues>) => void;
  locale: Locale;
}

export function Filters({ meeting, values, onChange, locale }: Props) {
  const l = (key: WordOf<'staff'>) => t(`staff:${key}`, undefined, locale);
  const all = <option value="">{l('reg.filter.all')}</option>;
  const workshops = meeting.workshops ?? [];
  return (
    <form
      role="search"
      aria-label={l('reg.filters')}
      class={styles.filters}
      onSubmit={(e) => e.preventDefault()}
    >
      <TextField
        name="q"
        type="search"
        autocomplete="off"
        spellcheck={false}
        label={l('reg.search')}
        hint={l('reg.searchHint')}
        value={values.q}
        onValue={(q) => onChange({ q })}
        class={styles.searchField}
      />
      <SelectField
        name="status"
        label={l('reg.filter.status')}
        value={values.status}
        onValue={(status) => onChange({ status })}
      >
        {all}
        {REGISTRATION_STATUSES.map((s) => (
          <option key={s} value={s}>
            {l(`reg.status.${s}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        name="source"
        label={l('reg.filter.source')}
        value={values.source}
        onValue={(source) => onChange({ source })}
      >
        {all}
        {REGISTRATION_SOURCES.map((s) => (
          <option key={s} value={s}>
            {l(`reg.source.${s}`)}
          </option>
        ))}
      </SelectField>
      {workshops.length > 0 && (
        <SelectField
          name="workshop"
          label={l('reg.filter.workshop')}
          value={values.workshop}
          onValue={(workshop) => onChange({ workshop })}
        >
          {all}
          {workshops.map((w) => (
            <option key={w.id} value={w.id}>
              {pickText(w.title, locale).value}
            </option>
          ))}
        </SelectField>
      )}
    </form>
  );
}
