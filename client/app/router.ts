// A tiny History API router: navigate(), the current address as a hook, and link clicks taken
// over so the shell stays loaded between pages.
import { useEffect, useState } from 'preact/hooks';
import { internalTarget, isPlainClick } from './links';

export type NavigationKind = 'initial' | 'push' | 'pop';

export interface Location {
  path: string;
  search: string;
  kind: NavigationKind;
}

const listeners = new Set<(loc: Location) => void>();
let current: Location = read('initial');
let navigations = 0;

/** How many in-app navigations happened: 0 on the page the browser loaded. */
export function navigationCount(): number {
  return navigations;
}

function read(kind: NavigationKind): Location {
  return { path: window.location.pathname, search: window.location.search, kind };
}

function update(kind: NavigationKind): void {
  const next = read(kind);
  // A hash change within a page (the skip link) is not a new page.
  if (kind === 'pop' && next.path === current.path && next.search === current.search) return;
  current = next;
  navigations += 1;
  for (const listener of listeners) listener(current);
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  update('push');
  if (!window.location.hash) window.scrollTo(0, 0);
}

export function useLocation(): Location {
  const [loc, setLoc] = useState(current);
  useEffect(() => {
    listeners.add(setLoc);
    setLoc(current);
    return () => void listeners.delete(setLoc);
  }, []);
  return loc;
}

function onClick(e: MouseEvent): void {
  if (!isPlainClick(e)) return;
  const anchor = (e.target as Element | null)?.closest?.('a');
  if (!anchor || !anchor.hasAttribute('href') || anchor.hasAttribute('download')) return;
  if (anchor.target && anchor.target !== '_self') return;
  const to = internalTarget(
    anchor.getAttribute('href') ?? '',
    window.location.origin,
    window.location.pathname,
  );
  if (to === null) return;
  e.preventDefault();
  navigate(to);
}

let installed = false;

/** Starts listening to link clicks and back/forward; once per page load. */
export function startRouter(): void {
  if (installed) return;
  installed = true;
  document.addEventListener('click', onClick);
  window.addEventListener('popstate', () => update('pop'));
}
