// The plain-language privacy notice Law 09-08 asks for (who holds the data, why, how long,
// how to see or delete it), then the consent it informs, and the optional photo consent.
import type { Locale } from '../../../shared/enums';
import Checkbox from './Checkbox';
import { rt } from './messages';
import styles from './Register.module.css';

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
      <h2 id="privacy-title">{rt(locale, 'privacyTitle')}</h2>
      <p>{rt(locale, 'privacy', { days: props.retentionDays })}</p>
      <Checkbox
        name="consent"
        required
        checked={props.consent}
        onChange={props.onConsent}
        error={props.error}
      >
        {rt(locale, 'consent')}
      </Checkbox>
      <Checkbox name="photoConsent" checked={props.photoConsent} onChange={props.onPhotoConsent}>
        {`${rt(locale, 'photoConsent')} (${rt(locale, 'optional')})`}
      </Checkbox>
    </section>
  );
}
