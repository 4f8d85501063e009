// How to reach the person: e-mail and/or phone, one group with why we ask. Shared by the
// registration form and the private link's edit form.
import type { Locale } from '../../../shared/enums';
import { TextField } from '../../components/Field';
import type { useFieldState } from './useFieldState';
import styles from './Register.module.css';
import { t } from '../../i18n';

interface Props {
  locale: Locale;
  text: ReturnType<typeof useFieldState>['text'];
}

export default function ContactFields({ locale, text }: Props) {
  return (
    <fieldset class={styles.group}>
      <legend>{t('register:contact', undefined, locale)}</legend>
      <p class={styles.hint}>{t('register:contactWhy', undefined, locale)}</p>
      <TextField
        {...text('email')}
        label={t('register:email', undefined, locale)}
        type="email"
        inputMode="email"
        autocomplete="email"
        dir="ltr"
      />
      <TextField
        {...text('phone')}
        label={t('register:phone', undefined, locale)}
        type="tel"
        inputMode="tel"
        autocomplete="tel"
        dir="ltr"
      />
    </fieldset>
  );
}
