// A link with a wrong, incomplete or missing token: said plainly, with ways back. Nothing about
// the registration is shown (another participant's token must learn nothing).
import { useEffect, useRef } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import { t } from '../../i18n';

export default function InvalidLink({ locale }: { locale: Locale }) {
  return (
    <ClosedPage
      title={t('registration:invalidTitle', undefined, locale)}
      body={t('registration:invalidBody', undefined, locale)}
      locale={locale}
      tone="error"
    />
  );
}

/** A page with nothing to manage: a heading (focused, so it is read out), a sentence, links. */
export function ClosedPage({
  title,
  body,
  locale,
  tone,
}: {
  title: string;
  body: string;
  locale: Locale;
  tone: 'error' | 'info';
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section class="stack" aria-labelledby="closed-title">
      <h1 id="closed-title" tabIndex={-1} ref={headingRef}>
        {title}
      </h1>
      <p class={tone === 'error' ? 'notice notice--error' : 'notice'}>{body}</p>
      <div class="row">
        <a class="button" href="/me">
          {t('registration:myRegistrations', undefined, locale)}
        </a>
        <a class="button button--secondary" href="/">
          {t('registration:home', undefined, locale)}
        </a>
      </div>
    </section>
  );
}
