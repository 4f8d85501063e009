// Arabic, French or English, remembered on this device. Each name is written in its own language.
import { LOCALES, type Locale } from '../../../shared/enums';
import { directionOf, setLocale, t } from '../../i18n';
import styles from './LanguageSwitch.module.css';

const NAMES: Record<Locale, string> = { ar: 'العربية', fr: 'Français', en: 'English' };

export default function LanguageSwitch({ locale }: { locale: Locale }) {
  return (
    <div role="group" aria-label={t('shell.language', undefined, locale)} class={styles.switch}>
      {LOCALES.map((code) => (
        <button
          key={code}
          type="button"
          class={styles.option}
          lang={code}
          dir={directionOf(code)}
          aria-pressed={code === locale}
          onClick={() => setLocale(code)}
        >
          {NAMES[code]}
        </button>
      ))}
    </div>
  );
}
