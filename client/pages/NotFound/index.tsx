// The app's own "not found" page for addresses it does not know.
import type { Locale } from '../../../shared/enums';
import { t } from '../../i18n';
import { usePageTitle } from '../../app/pageTitle';

export default function NotFound({ locale }: { locale: Locale }) {
  usePageTitle(t('notFound.title', undefined, locale));
  return (
    <section class="stack" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t('notFound.title', undefined, locale)}</h1>
      <p>{t('notFound.body', undefined, locale)}</p>
      <p>
        <a class="button" href="/">
          {t('shell.home', undefined, locale)}
        </a>
      </p>
    </section>
  );
}
