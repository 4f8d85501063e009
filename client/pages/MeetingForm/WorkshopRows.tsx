// The parallel thematic workshops: as many rows as needed, each with its id, theme and seats.
import { useRef } from 'preact/hooks';
import { t, type WordOf } from '../../i18n';
import { TextField } from '../../components/Field';
import { rowKey, type WorkshopRow } from './formValues';
import { Section, type SectionProps } from './Section';
import styles from './MeetingForm.module.css';

export function WorkshopRows({ values, set, errors, locale }: SectionProps) {
  const l = (key: WordOf<'staff'>, params?: Record<string, number>) =>
    t(`staff:${key}`, params, locale);
  const addRef = useRef<HTMLButtonElement>(null);
  const rows = values.workshops;
  const update = (i: number, patch: Partial<WorkshopRow>) =>
    set({ workshops: rows.map((row, j) => (j === i ? { ...row, ...patch } : row)) });

  function add() {
    set({
      workshops: [...rows, { key: rowKey(), id: '', titleAr: '', titleFr: '', capacity: '' }],
    });
    // The new row's first field, once it is on screen.
    window.setTimeout(
      () => document.getElementsByName(`workshops.${rows.length}.id`)[0]?.focus(),
      0,
    );
  }
  function remove(i: number) {
    set({ workshops: rows.filter((_, j) => j !== i) });
    addRef.current?.focus();
  }

  return (
    <Section legend={l('form.workshops')} name="workshops" error={errors.workshops}>
      {rows.map((row, i) => {
        const at = (field: string) => `workshops.${i}.${field}`;
        return (
          <fieldset key={row.key} class={styles.row}>
            <legend>{l('form.workshopN', { n: i + 1 })}</legend>
            <div class={styles.pair}>
              <TextField
                name={at('id')}
                dir="ltr"
                autocomplete="off"
                spellcheck={false}
                required
                label={l('form.workshopId')}
                value={row.id}
                onValue={(id) => update(i, { id })}
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
                onValue={(capacity) => update(i, { capacity })}
                error={errors[at('capacity')]}
              />
            </div>
            <TextField
              name={at('title.ar')}
              lang="ar"
              dir="rtl"
              required
              label={l('form.workshopTitleAr')}
              value={row.titleAr}
              onValue={(titleAr) => update(i, { titleAr })}
              error={errors[at('title.ar')]}
            />
            <TextField
              name={at('title.fr')}
              lang="fr"
              dir="ltr"
              label={l('form.workshopTitleFr')}
              value={row.titleFr}
              onValue={(titleFr) => update(i, { titleFr })}
              error={errors[at('title.fr')]}
            />
            <p>
              <button type="button" class="button button--secondary" onClick={() => remove(i)}>
                {l('form.removeWorkshop', { n: i + 1 })}
              </button>
            </p>
          </fieldset>
        );
      })}
      <p>
        <button type="button" ref={addRef} class="button button--secondary" onClick={add}>
          {l('form.addWorkshop')}
        </button>
      </p>
    </Section>
  );
}
