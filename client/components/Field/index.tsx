// A labelled form control with its hint and error wired up for assistive tech:
// name = the API field path, the error is announced via aria-describedby + aria-invalid.
import type { ComponentChildren, JSX } from 'preact';
import styles from './Field.module.css';

/**
 * Stable element ids for a field path ("venue.provinceCode" → "f-venue-provinceCode"), within
 * `scope` when the page shows the same form more than once (one per proposal, say).
 */
export function fieldIds(name: string, scope?: string) {
  const id = `f-${(scope ? `${scope}.${name}` : name).replace(/[^\w-]/g, '-')}`;
  return { id, hint: `${id}-hint`, error: `${id}-error` };
}

export function describedBy(
  name: string,
  hint?: string,
  error?: string,
  scope?: string,
): string | undefined {
  const ids = fieldIds(name, scope);
  const list = [hint ? ids.hint : '', error ? ids.error : ''].filter(Boolean).join(' ');
  return list || undefined;
}

export function FieldMessages({
  name,
  hint,
  error,
  scope,
}: {
  name: string;
  hint?: string;
  error?: string;
  scope?: string;
}) {
  const ids = fieldIds(name, scope);
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
  /** Keeps the ids unique where the page shows this form more than once. */
  scope?: string;
}

type InputProps = BaseProps &
  Omit<JSX.InputHTMLAttributes<HTMLInputElement>, 'name' | 'id' | 'class' | 'onInput'> & {
    value: string;
    onValue: (value: string) => void;
  };

/** The label, the control and its hint and error: the frame every field shares. */
function Frame({
  name,
  label,
  hint,
  error,
  class: className,
  scope,
  children,
}: BaseProps & { children: ComponentChildren }) {
  return (
    <div class={`${styles.field} ${className ?? ''}`}>
      <label for={fieldIds(name, scope).id}>{label}</label>
      {children}
      <FieldMessages name={name} hint={hint} error={error} scope={scope} />
    </div>
  );
}

/** What ties a control to its label, hint and error (id, name, aria-invalid, aria-describedby). */
function wiring({ name, hint, error, scope }: BaseProps) {
  return {
    id: fieldIds(name, scope).id,
    name,
    class: styles.control,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(name, hint, error, scope),
  };
}

export function TextField({
  name,
  label,
  hint,
  error,
  class: className,
  scope,
  value,
  onValue,
  ...rest
}: InputProps) {
  const base = { name, label, hint, error, scope };
  return (
    <Frame {...base} class={className}>
      <input
        {...rest}
        {...wiring(base)}
        value={value}
        onInput={(e) => onValue(e.currentTarget.value)}
      />
    </Frame>
  );
}

type AreaProps = BaseProps & {
  value: string;
  onValue: (value: string) => void;
  rows?: number;
  lang?: string;
  dir?: 'rtl' | 'ltr' | 'auto';
};

export function TextAreaField({ value, onValue, rows = 4, lang, dir, ...base }: AreaProps) {
  return (
    <Frame {...base}>
      <textarea
        {...wiring(base)}
        rows={rows}
        lang={lang}
        dir={dir}
        value={value}
        onInput={(e) => onValue(e.currentTarget.value)}
      />
    </Frame>
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
  value,
  onValue,
  required,
  autocomplete,
  children,
  ...base
}: SelectProps) {
  return (
    <Frame {...base}>
      <select
        {...wiring(base)}
        value={value}
        required={required}
        autocomplete={autocomplete}
        onChange={(e) => onValue(e.currentTarget.value)}
      >
        {children}
      </select>
    </Frame>
  );
}
