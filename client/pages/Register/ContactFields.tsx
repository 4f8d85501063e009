// How to reach the person: e-mail and/or phone, one group with why we ask. Shared by the
// registration form and the private link's edit form.
import type { Locale } from '../../../shared/enums';
import { TextField } from '../../components/Field';
import { rt } from './messages';
import type { useFieldState } from './useFieldState';
import styles from './Register.module.css';

interface Props {
  locale: Locale;
  text: ReturnType<typeof useFieldState>['text'];
}

export default function ContactFields({ locale, text }: Props) {
  return (
    <fieldset class={styles.group}>
      <legend>{rt(locale, 'contact')}</legend>
      <p class={styles.hint}>{rt(locale, 'contactWhy')}</p>
      <TextField
        {...text('email')}
        label={rt(locale, 'email')}
        type="email"
        inputMode="email"
        autocomplete="email"
        dir="ltr"
      />
      <TextField
        {...text('phone')}
        label={rt(locale, 'phone')}
        type="tel"
        inputMode="tel"
        autocomplete="tel"
        dir="ltr"
      />
    </fieldset>
  );
}
