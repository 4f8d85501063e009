// The plain-language privacy notice Law 09-08 asks for (who holds the data, why, how long,
// how to see or delete it), then the consent it informs, and the optional photo consent.
import type { Locale } from '../../../shared/enums';
import Checkbox from './Checkbox';
import styles from './Register.module.css';
import { t } from '../../i18n';

interface Props {
  locale: Locale;
  /** Days after the meeting that the data is kept, then erased. */
  retentionDays: number;
  consent: boolean;
  photoConsent: boolean;
  onConsent: (checked: boolean) => void;
  onPhotoConsent: (checked: boolean) => void;
  error?: string;
}

export default function PrivacyConsent(props: Props) {
  const { locale } = props;
  return (
    <section class={styles.privacy} aria-labelledby="privacy-title">
      <h2 id="privacy-title">{t('register:privacyTitle', undefined, locale)}</h2>
      <p>{t('register:privacy', { days: props.retentionDays }, locale)}</p>
      <Checkbox
        name="consent"
        required
        checked={props.consent}
        onChange={props.onConsent}
        error={props.error}
      >
        {t('register:consent', undefined, locale)}
      </Checkbox>
      <Checkbox name="photoConsent" checked={props.photoConsent} onChange={props.onPhotoConsent}>
        {`${t('register:photoConsent', undefined, locale)} (${t('register:optional', undefined, locale)})`}
      </Checkbox>
    </section>
  );
}
