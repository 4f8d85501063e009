// Whether a meeting takes registrations now, as a small coloured label (words, not colour alone).
import type { Locale, RegistrationState } from '../../../shared/enums';
import { t } from '../../i18n';
import styles from './RegistrationBadge.module.css';

export default function RegistrationBadge({
  state,
  locale,
}: {
  state: RegistrationState;
  locale: Locale;
}) {
  return (
    <span class={`${styles.badge} ${styles[state] ?? ''}`}>
      {t(`state.${state}`, undefined, locale)}
    </span>
  );
}
