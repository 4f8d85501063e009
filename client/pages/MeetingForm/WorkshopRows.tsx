// The parallel thematic workshops: as many rows as needed, each with its id, theme and seats.
import { t, type WordOf } from '../../i18n';
import { TextField } from '../../components/Field';
import { RowList, RowTitles } from './RowList';
import type { SectionProps } from './Section';
import styles from './MeetingForm.module.css';

export function WorkshopRows({ values, set, errors, locale }: SectionProps) {
  const l = (key: WordOf<'staff'>, params?: Record<string, number>) =>
    t(`staff:${key}`, params, locale);
  return (
    <RowList
      name="workshops"
      legend={l('form.workshops')}
      error={errors.workshops}
      rows={values.workshops}
      onRows={(workshops) => set({ workshops })}
      blank={() => ({ id: '', titleAr: '', titleFr: '', capacity: '' })}
      firstField="id"
      rowLegend={(n) => l('form.workshopN', { n })}
      removeLabel={(n) => l('form.removeWorkshop', { n })}
      addLabel={l('form.addWorkshop')}
    >
      {(row, at, update) => (
        <>
          <div class={styles.pair}>
            <TextField
              name={at('id')}
              dir="ltr"
              autocomplete="off"
              spellcheck={false}
              required
              label={l('form.workshopId')}
              value={row.id}
              onValue={(id) => update({ id })}
              error={errors[at('id')]}
            />
            <TextField
              name={at('capacity')}
              type="number"
              inputMode="numeric"
              min={1}
              step={1}
              dir="ltr"
              label={l('form.workshopCapacity')}
              value={row.capacity}
              onValue={(capacity) => update({ capacity })}
              error={errors[at('capacity')]}
            />
          </div>
          <RowTitles
            row={row}
            at={at}
            update={update}
            errors={errors}
            labels={[l('form.workshopTitleAr'), l('form.workshopTitleFr')]}
          />
        </>
      )}
    </RowList>
  );
}
