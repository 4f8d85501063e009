// The document title of each page, announced to screen readers after an in-app navigation
// (a full page load is read by the screen reader anyway).
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';
import { navigationCount } from './router';

let announce: ((text: string) => void) | null = null;
let announcedFor = 0;

/** Sets the title once it is known (pass null while loading). */
export function usePageTitle(title: string | null): void {
  useEffect(() => {
    if (title === null) return;
    const appName = t('app.name');
    document.title = title && title !== appName ? `${title} — ${appName}` : appName;
    const nav = navigationCount();
    if (nav !== announcedFor) {
      announcedFor = nav;
      announce?.(title);
    }
  }, [title]);
}

/** A polite live region the layout renders once. */
export function TitleAnnouncer() {
  const [text, setText] = useState('');
  useEffect(() => {
    let timer = 0;
    announce = (next) => {
      // Cleared first so the same title twice in a row is still read out.
      setText('');
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setText(next), 100);
    };
    return () => {
      announce = null;
      window.clearTimeout(timer);
    };
  }, []);
  return (
    <p class="visually-hidden" aria-live="polite" aria-atomic="true">
      {text}
    </p>
  );
}
