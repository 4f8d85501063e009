// A set of radio buttons or checkboxes in a fieldset; each input's value is the enum value and
// its name the API field, and the group's error is described on every input.
import type { ComponentChildren } from 'preact';
import { FieldMessages, describedBy, fieldIds } from '../Field';
import styles from './ChoiceGroup.module.css';

export interface Choice {
  value: string;
  label: ComponentChildren;
  lang?: string;
}

interface Props {
  name: string;
  legend: string;
  type: 'radio' | 'checkbox';
  choices: Choice[];
  /** The chosen value(s): a string for radios, a list for checkboxes. */
  selected: string | string[];
  onChange: (selected: string | string[]) => void;
  hint?: string;
  error?: string;
  columns?: boolean;
  /** Keeps the ids unique where the page shows this form more than once. */
  scope?: string;
}

export default function ChoiceGroup({
  name,
  legend,
  type,
  choices,
  selected,
  onChange,
  hint,
  error,
  columns,
  scope,
}: Props) {
  const chosen = Array.isArray(selected) ? selected : [selected];
  const toggle = (value: string, checked: boolean) => {
    if (type === 'radio') onChange(value);
    else onChange(checked ? [...chosen, value] : chosen.filter((v) => v !== value));
  };
  const base = fieldIds(name, scope).id;
  return (
    <fieldset class={styles.group}>
      <legend class={styles.legend}>{legend}</legend>
      <FieldMessages name={name} hint={hint} error={error} scope={scope} />
      <div class={columns ? styles.columns : styles.list}>
        {choices.map((c) => (
          <label key={c.value} class={styles.choice} lang={c.lang}>
            <input
              type={type}
              id={`${base}-${c.value}`}
              name={name}
              value={c.value}
              checked={chosen.includes(c.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy(name, hint, error, scope)}
              onChange={(e) => toggle(c.value, e.currentTarget.checked)}
            />
            <span>{c.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
