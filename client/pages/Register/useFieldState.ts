// Which errors the form shows and when: a field's error appears once the person has left it
// (or tried to submit), then follows every keystroke; no red "required" under fields they
// have not reached yet. A server refusal's error stays until that field is edited.
import { useState } from 'preact/hooks';
import { FIELD_ORDER, type FieldErrors, type FieldName, type FormValues } from './form';

interface Input {
  values: FormValues;
  onValues: (values: FormValues) => void;
  /** The schema's errors for the current values. */
  errors: FieldErrors;
  serverErrors: FieldErrors;
}

export function useFieldState({ values, onValues, errors, serverErrors }: Input) {
  const [touched, setTouched] = useState<ReadonlySet<FieldName>>(new Set());
  const [edited, setEdited] = useState<ReadonlySet<FieldName>>(new Set());
  const [submitted, setSubmitted] = useState(false);

  const errorOf = (field: FieldName): string | undefined =>
    (submitted || touched.has(field) ? errors[field] : undefined) ??
    (edited.has(field) ? undefined : serverErrors[field]);

  const touch = (field: FieldName) => {
    if (!touched.has(field)) setTouched(new Set([...touched, field]));
  };

  /** Choices count as visited at once; text fields when left (`touchNow` false). */
  const set = <K extends FieldName>(field: K, value: FormValues[K], touchNow = true) => {
    onValues({ ...values, [field]: value });
    if (touchNow) touch(field);
    if (serverErrors[field] && !edited.has(field)) setEdited(new Set([...edited, field]));
  };

  /** Props for a TextField / TextAreaField bound to a text field. */
  const text = (field: FieldName) => ({
    name: field,
    value: values[field] as string,
    error: errorOf(field),
    onValue: (v: string) => set(field, v as FormValues[typeof field], false),
    onBlur: () => touch(field),
  });

  const visibleErrors: Record<string, string> = {};
  for (const field of FIELD_ORDER) {
    const message = errorOf(field);
    if (message) visibleErrors[field] = message;
  }

  return { submitted, markSubmitted: () => setSubmitted(true), errorOf, set, text, visibleErrors };
}
