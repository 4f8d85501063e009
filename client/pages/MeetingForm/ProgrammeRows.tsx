// The day's programme: as many rows as needed, each a clock time and what happens then.
import { useRef } from 'preact/hooks';
import { t, type WordOf } from '../../i18n';
import { TextField } from '../../components/Field';
import { rowKey, type ProgrammeRow } from './formValues';
import { Section, type SectionProps } from './Section';
import styles from './MeetingForm.module.css';

export function ProgrammeRows({ values, set, errors, locale }: SectionProps) {
  const l = (key: WordOf<'staff'>, params?: Record<string, number>) =>
    t(`staff:${key}`, params, locale);
  const addRef = useRef<HTMLButtonElement>(null);
  const rows = values.programme;
  const update = (i: number, patch: Partial<ProgrammeRow>) =>
    set({ programme: rows.map((row, j) => (j === i ? { ...row, ...patch } : row)) });

  function add() {
    set({ programme: [...rows, { key: rowKey(), time: '', titleAr: '', titleFr: '' }] });
    window.setTimeout(
      () => document.getElementsByName(`programme.${rows.length}.time`)[0]?.focus(),
      0,
    );
  }
  function remove(i: number) {
    set({ programme: rows.filter((_, j) => j !== i) });
    addRef.current?.focus();
  }

  return (
    <Section legend={l('form.programme')} name="programme" error={errors.programme}>
      {rows.map((row, i) => {
        const at = (field: string) => `programme.${i}.${field}`;
        return (
          <fieldset key={row.key} class={styles.row}>
            <legend>{l('form.programmeN', { n: i + 1 })}</legend>
            <TextField
              name={at('time')}
              type="time"
              dir="ltr"
              required
              label={`${l('form.programmeTime')} (${t('shell.moroccoTime', undefined, locale)})`}
              value={row.time}
              onValue={(time) => update(i, { time })}
              error={errors[at('time')]}
              class={styles.narrow}
            />
            <TextField
              name={at('title.ar')}
              lang="ar"
              dir="rtl"
              required
              label={l('form.programmeTitleAr')}
              value={row.titleAr}
              onValue={(titleAr) => update(i, { titleAr })}
              error={errors[at('title.ar')]}
            />
            <TextField
              name={at('title.fr')}
              lang="fr"
              dir="ltr"
              label={l('form.programmeTitleFr')}
              value={row.titleFr}
              onValue={(titleFr) => update(i, { titleFr })}
              error={errors[at('title.fr')]}
            />
            <p>
              <button type="button" class="button button--secondary" onClick={() => remove(i)}>
                {l('form.removeProgramme', { n: i + 1 })}
              </button>
            </p>
          </fieldset>
        );
      })}
      <p>
        <button type="button" ref={addRef} class="button button--secondary" onClick={add}>
          {l('form.addProgramme')}
        </button>
      </p>
    </Section>
  );
}
