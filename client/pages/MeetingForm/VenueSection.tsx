// Where: venue name and address, the province (grouped by region), optional coordinates.
import { provincesByRegion } from '../../../shared/geo';
import { t, placeName, type WordOf } from '../../i18n';
import { SelectField, TextField } from '../../components/Field';
import { Section, type SectionProps } from './Section';
import styles from './MeetingForm.module.css';

export function VenueSection({ values, set, errors, locale }: SectionProps) {
  const l = (key: WordOf<'staff'>) => t(`staff:${key}`, undefined, locale);
  return (
    <Section legend={l('form.venue')}>
      <TextField
        name="venue.name"
        required
        label={l('form.venueName')}
        value={values.venueName}
        onValue={(venueName) => set({ venueName })}
        error={errors['venue.name']}
      />
      <TextField
        name="venue.address"

        label={l('form.venueAddress')}
        value={values.venueAddress}
        onValue={(venueAddress) => set({ venueAddress })}
        error={errors['venue.address']}
      />
      <SelectField
        name="venue.provinceCode"
        required
        label={l('form.province')}
        value={values.provinceCode}
        onValue={(provinceCode) => set({ provinceCode })}
        error={errors['venue.provinceCode']}
      >
        <option value="">{l('form.choose')}</option>
        {provincesByRegion().map(({ region, provinces }) => (
          <optgroup key={region.code} label={placeName(region.name, locale)}>
            {provinces.map((p) => (
              <option key={p.code} value={p.code}>
                {placeName(p.name, locale)}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>
      <div class={styles.pair}>
        <TextField
          name="venue.lat"
          inputMode="decimal"
          dir="ltr"
          label={l('form.lat')}
          value={values.lat}
          onValue={(lat) => set({ lat })}
          error={errors['venue.lat']}
        />
        <TextField
          name="venue.lng"
          inputMode="decimal"
          dir="ltr"
          label={l('form.lng')}
          value={values.lng}
          onValue={(lng) => set({ lng })}
          error={errors['venue.lng']}
        />
      </div>
    </Section>
  );
}
