// A labelled form control with its hint and error wired up for assistive tech:
// name = the API field path, the error is announced via aria-describedby + aria-invalid.
import type { ComponentChildren, JSX } from 'preact';
import styles from './Field.module.css';

/** Stable element ids for a field path ("venue.provinceCode" → "f-venue-provinceCode"). */
export function fieldIds(name: string) {
  const id = `f-${name.replace(/[^\w-]/g, '-')}`;
  return { id, hint: `${id}-hint`, error: `${id}-error` };
}

export function describedBy(name: string, hint?: string, error?: string): string | undefined {
  const ids = fieldIds(name);
  const list = [hint ? ids.hint : '', error ? ids.error : ''].filter(Boolean).join(' ');
  return list || undefined;
}

export function FieldMessages({
  name,
  hint,
  error,
}: {
  name: string;
  hint?: string;
  error?: string;
}) {
  const ids = fieldIds(name);
  return (
    <>
      {hint && (
        <p id={ids.hint} class={styles.hint}>
          {hint}
        </p>
      )}
      {error && (
        <p id={ids.error} class={styles.error}>
          {error}
        </p>
      )}
    </>
  );
}

interface BaseProps {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  class?: string;
}

type InputProps = BaseProps &
  Omit<JSX.InputHTMLAttributes<HTMLInputElement>, 'name' | 'id' | 'class' | 'onInput'> & {
    value: string;
    onValue: (value: string) => void;
  };

export function TextField({
  name,
  label,
  hint,
  error,
  class: className,
  value,
  onValue,
  ...rest
}: InputProps) {
  const ids = fieldIds(name);
  return (
    <div class={`${styles.field} ${className ?? ''}`}>
      <label for={ids.id}>{label}</label>
      <input
        {...rest}
        id={ids.id}
        name={name}
        value={value}
        class={styles.control}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint, error)}
        onInput={(e) => onValue(e.currentTarget.value)}
      />
      <FieldMessages name={name} hint={hint} error={error} />
    </div>
  );
}

type AreaProps = BaseProps & {
  value: string;
  onValue: (value: string) => void;
  rows?: number;
  lang?: string;
  dir?: 'rtl' | 'ltr' | 'auto';
};

export function TextAreaField({
  name,
  label,
  hint,
  error,
  class: className,
  value,
  onValue,
  rows = 4,
  lang,
  dir,
}: AreaProps) {
  const ids = fieldIds(name);
  return (
    <div class={`${styles.field} ${className ?? ''}`}>
      <label for={ids.id}>{label}</label>
      <textarea
        id={ids.id}
        name={name}
        rows={rows}
        lang={lang}
        dir={dir}
        value={value}
        class={styles.control}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint, error)}
        onInput={(e) => onValue(e.currentTarget.value)}
      />
      <FieldMessages name={name} hint={hint} error={error} />
    </div>
  );
}

type SelectProps = BaseProps & {
  value: string;
  onValue: (value: string) => void;
  required?: boolean;
  autocomplete?: string;
  children: ComponentChildren;
};

export function SelectField({
  name,
  label,
  hint,
  error,
  class: className,
  value,
  onValue,
  required,
  autocomplete,
  children,
}: SelectProps) {
  const ids = fieldIds(name);
  return (
    <div class={`${styles.field} ${className ?? ''}`}>
      <label for={ids.id}>{label}</label>
      <select
        id={ids.id}
        name={name}
        value={value}
        required={required}
        autocomplete={autocomplete}
        class={styles.control}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint, error)}
        onChange={(e) => onValue(e.currentTarget.value)}
      >
        {children}
      </select>
      <FieldMessages name={name} hint={hint} error={error} />
    </div>
  );
}
