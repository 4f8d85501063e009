// The frame around every page: skip link, header (name, language, sync state, my registrations),
// the update banner, <main> (focused after each navigation) and a footer.
import type { ComponentChildren, RefObject } from 'preact';
import type { Locale } from '../../shared/enums';
import LanguageSwitch from '../components/LanguageSwitch';
import UpdateBanner from '../components/UpdateBanner';
import { t } from '../i18n';
import { lazyComponent } from './lazy';
import { TitleAnnouncer } from './pageTitle';
import styles from './Layout.module.css';

// Its own chunk: the offline engine (IndexedDB) loads beside the page, not before it.
const SyncStatus = lazyComponent(
  () => import('../components/SyncStatus'),
  () => null,
);

interface Props {
  locale: Locale;
  mainRef: RefObject<HTMLElement>;
  /** Staff screens: wide tables get a laptop's width. */
  wide?: boolean;
  children: ComponentChildren;
}

// People around a table, as in the app icon.
const SEATS: Array<[number, number]> = [
  [16, 4.5],
  [26, 10.25],
  [26, 21.75],
  [16, 27.5],
  [6, 21.75],
  [6, 10.25],
];

function Motif() {
  return (
    <svg class={styles.motif} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <circle cx="16" cy="16" r="6" fill="none" stroke="currentColor" stroke-width="2.5" />
      {SEATS.map(([cx, cy]) => (
        <circle key={`${cx},${cy}`} cx={cx} cy={cy} r="2.6" fill="currentColor" />
      ))}
    </svg>
  );
}

export function Layout({ locale, mainRef, wide = false, children }: Props) {
  return (
    <>
      <a class="skip-link" href="#main">
        {t('shell.skip', undefined, locale)}
      </a>
      <header class={styles.header}>
        <div class={`container ${styles.bar}`}>
          <a href="/" class={styles.brand}>
            <Motif />
            <span>{t('app.name', undefined, locale)}</span>
          </a>
          <nav class={styles.nav} aria-label={t('app.name', undefined, locale)}>
            <a href="/me" class={styles.navLink}>
              {t('shell.myRegistrations', undefined, locale)}
            </a>
          </nav>
          <div class={styles.tools}>
            <SyncStatus locale={locale} />
            <LanguageSwitch locale={locale} />
          </div>
        </div>
      </header>
      <UpdateBanner locale={locale} />
      <main
        id="main"
        tabIndex={-1}
        ref={mainRef}
        class={`container ${wide ? 'container--wide' : ''} ${styles.main}`}
      >
        {children}
      </main>
      <footer class={styles.footer}>
        <div class="container row">
          <span>{t('app.tagline', undefined, locale)}</span>
          <a href="/staff">{t('shell.staff', undefined, locale)}</a>
        </div>
      </footer>
      <TitleAnnouncer />
    </>
  );
}
