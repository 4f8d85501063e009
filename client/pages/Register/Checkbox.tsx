// One yes/no checkbox (consent, photos): name = the API field, its error described on it.
import type { ComponentChildren } from 'preact';
import { describedBy, fieldIds, FieldMessages } from '../../components/Field';
import styles from './Register.module.css';

interface Props {
  name: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ComponentChildren;
  error?: string;
  required?: boolean;
}

export default function Checkbox({ name, checked, onChange, children, error, required }: Props) {
  const ids = fieldIds(name);
  return (
    <div class={styles.checkbox}>
      <label for={ids.id}>
        <input
          type="checkbox"
          id={ids.id}
          name={name}
          value="true"
          checked={checked}
          aria-required={required ? 'true' : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(name, undefined, error)}
          onChange={(e) => onChange(e.currentTarget.checked)}
        />
        <span>{children}</span>
      </label>
      <FieldMessages name={name} error={error} />
    </div>
  );
}
