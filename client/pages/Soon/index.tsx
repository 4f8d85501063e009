// A page whose address is already printed on posters but whose screen is not built yet.
import type { Locale } from '../../../shared/enums';
import { t } from '../../app/i18n';
import { usePageTitle } from '../../app/pageTitle';

export default function Soon({ locale }: { locale: Locale }) {
  usePageTitle(t('soon.title', undefined, locale));
  return (
    <section class="stack" aria-labelledby="soon-title">
      <h1 id="soon-title">{t('soon.title', undefined, locale)}</h1>
      <p>{t('soon.body', undefined, locale)}</p>
      <p>
        <a class="button button--secondary" href="/">
          {t('shell.home', undefined, locale)}
        </a>
      </p>
    </section>
  );
}
