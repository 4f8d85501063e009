// The day's programme: as many rows as needed, each a clock time and what happens then.
import { t, type WordOf } from '../../i18n';
import { TextField } from '../../components/Field';
import { RowList, RowTitles } from './RowList';
import type { SectionProps } from './Section';
import styles from './MeetingForm.module.css';

export function ProgrammeRows({ values, set, errors, locale }: SectionProps) {
  const l = (key: WordOf<'staff'>, params?: Record<string, number>) =>
    t(`staff:${key}`, params, locale);
  return (
    <RowList
      name="programme"
      legend={l('form.programme')}
      error={errors.programme}
      rows={values.programme}
      onRows={(programme) => set({ programme })}
      blank={() => ({ time: '', titleAr: '', titleFr: '' })}
      firstField="time"
      rowLegend={(n) => l('form.programmeN', { n })}
      removeLabel={(n) => l('form.removeProgramme', { n })}
      addLabel={l('form.addProgramme')}
    >
      {(row, at, update) => (
        <>
          <TextField
            name={at('time')}
            type="time"
            dir="ltr"
            required
            label={`${l('form.programmeTime')} (${t('shell.moroccoTime', undefined, locale)})`}
            value={row.time}
            onValue={(time) => update({ time })}
            error={errors[at('time')]}
            class={styles.narrow}
          />
          <RowTitles
            row={row}
            at={at}
            update={update}
            errors={errors}
            labels={[l('form.programmeTitleAr'), l('form.programmeTitleFr')]}
          />
        </>
      )}
    </RowList>
  );
}
