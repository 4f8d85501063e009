// A part of the meeting form made of as many rows as needed (workshops, the day's programme):
// each row a numbered fieldset with a way to remove it, and a button to add one. Focus follows:
// to the new row's first field, or back to the add button once a row is gone.
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { TextField } from '../../components/Field';
import { rowKey } from './formValues';
import { Section } from './Section';
import styles from './MeetingForm.module.css';

interface Props<Row extends { key: number }> {
  /** The API path of the list ("workshops"): its rows' fields are `${name}.${i}.${field}`. */
  name: string;
  legend: string;
  error?: string;
  rows: Row[];
  onRows: (rows: Row[]) => void;
  /** A new row's values, its key aside. */
  blank: () => Omit<Row, 'key'>;
  /** The field a new row's focus goes to. */
  firstField: string;
  rowLegend: (n: number) => string;
  removeLabel: (n: number) => string;
  addLabel: string;
  /** A row's fields; `at(field)` is a field's API path, `update` changes the row. */
  children: (
    row: Row,
    at: (field: string) => string,
    update: (patch: Partial<Row>) => void,
  ) => ComponentChildren;
}

export function RowList<Row extends { key: number }>(props: Props<Row>) {
  const { name, rows, onRows } = props;
  const addRef = useRef<HTMLButtonElement>(null);
  const update = (i: number, patch: Partial<Row>) =>
    onRows(rows.map((row, j) => (j === i ? { ...row, ...patch } : row)));

  function add() {
    onRows([...rows, { ...props.blank(), key: rowKey() } as Row]);
    // The new row's first field, once it is on screen.
    window.setTimeout(
      () => document.getElementsByName(`${name}.${rows.length}.${props.firstField}`)[0]?.focus(),
      0,
    );
  }
  function remove(i: number) {
    onRows(rows.filter((_, j) => j !== i));
    addRef.current?.focus();
  }

  return (
    <Section legend={props.legend} name={name} error={props.error}>
      {rows.map((row, i) => (
        <fieldset key={row.key} class={styles.row}>
          <legend>{props.rowLegend(i + 1)}</legend>
          {props.children(
            row,
            (field) => `${name}.${i}.${field}`,
            (patch) => update(i, patch),
          )}
          <p>
            <button type="button" class="button button--secondary" onClick={() => remove(i)}>
              {props.removeLabel(i + 1)}
            </button>
          </p>
        </fieldset>
      ))}
      <p>
        <button type="button" ref={addRef} class="button button--secondary" onClick={add}>
          {props.addLabel}
        </button>
      </p>
    </Section>
  );
}

/** A row's title in Arabic (required) and French, as workshops and programme items have. */
export function RowTitles({
  row,
  at,
  update,
  errors,
  labels: [arLabel, frLabel],
}: {
  row: { titleAr: string; titleFr: string };
  at: (field: string) => string;
  update: (patch: { titleAr?: string; titleFr?: string }) => void;
  errors: Record<string, string>;
  labels: [string, string];
}) {
  return (
    <>
      <TextField
        name={at('title.ar')}
        lang="ar"
        dir="rtl"
        required
        label={arLabel}
        value={row.titleAr}
        onValue={(titleAr) => update({ titleAr })}
        error={errors[at('title.ar')]}
      />
      <TextField
        name={at('title.fr')}
        lang="fr"
        dir="ltr"
        label={frLabel}
        value={row.titleFr}
        onValue={(titleFr) => update({ titleFr })}
        error={errors[at('title.fr')]}
      />
    </>
  );
}
