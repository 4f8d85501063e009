// One part of the meeting form: a fieldset with its legend; what every part receives.
import type { ComponentChildren } from 'preact';
import type { Locale } from '../../../shared/enums';
import { FieldMessages, fieldIds } from '../../components/Field';
import type { MeetingFormValues } from './formValues';
import styles from './MeetingForm.module.css';

export interface SectionProps {
  values: MeetingFormValues;
  set: (patch: Partial<MeetingFormValues>) => void;
  /** Field path → message. */
  errors: Record<string, string>;
  locale: Locale;
}

interface Props {
  legend: string;
  /** The API path whose own errors (not its fields') show under the legend. */
  name?: string;
  hint?: string;
  error?: string;
  children: ComponentChildren;
}

export function Section({ legend, name, hint, error, children }: Props) {
  return (
    <fieldset
      class={styles.section}
      id={name ? fieldIds(name).id : undefined}
      tabIndex={name && error ? -1 : undefined}
    >
      <legend class={styles.legend}>{legend}</legend>
      {name && <FieldMessages name={name} hint={hint} error={error} />}
      <div class={styles.fields}>{children}</div>
    </fieldset>
  );
}
