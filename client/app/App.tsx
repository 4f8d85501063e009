// The app: the current language and address decide what is shown; after each in-app
// navigation, focus moves to <main> so keyboard and screen reader users start at the content.
import { Fragment } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { matchRoute } from '../../shared/routes';
import { ErrorBoundary } from './ErrorBoundary';
import { useLocale } from '../i18n';
import { Layout } from './Layout';
import { renderRoute } from './routes';
import { startRouter, useLocation } from './router';

export function App() {
  const { locale, ready } = useLocale();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);

  useEffect(startRouter, []);

  useEffect(() => {
    if (location.kind !== 'initial')
      mainRef.current?.focus({ preventScroll: location.kind === 'pop' });
  }, [location]);

  // A French or English reader's first visit waits a moment for those words, not in Arabic.
  if (!ready) return null;
  const match = matchRoute(location.path);
  return (
    <Layout locale={locale} mainRef={mainRef} wide={location.path.startsWith('/staff/m/')}>
      <ErrorBoundary locale={locale} resetKey={location.path}>
        {/* Keyed by address: a new page starts with fresh state even when the screen is the same. */}
        <Fragment key={location.path}>{renderRoute(match, locale)}</Fragment>
      </ErrorBoundary>
    </Layout>
  );
}
