// Which clicks the app handles itself: plain left clicks on same-origin links to its pages.
/** Where an anchor leads if the router should take it, else null (the browser does). */
export function internalTarget(href: string, origin: string, currentPath: string): string | null {
  let url: URL;
  try {
    url = new URL(href, origin + currentPath);
  } catch {
    return null;
  }
  if (url.origin !== origin) return null;
  // The API (exports, downloads) and static files are not pages.
  if (url.pathname === '/api' || url.pathname.startsWith('/api/')) return null;
  if (/\.[a-z0-9]+$/i.test(url.pathname)) return null;
  // A jump within the same page (the skip link) stays the browser's job.
  if (url.pathname === currentPath && url.hash) return null;
  return url.pathname + url.search + url.hash;
}

export interface ClickLike {
  button: number;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
}

/** A click that means "open here", not "in a new tab / window / download". */
export function isPlainClick(e: ClickLike): boolean {
  return (
    e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey && !e.defaultPrevented
  );
}
