// The PWA's addresses (printed on posters and in e-mails): the client's router and the server's
// "is this a page or a 404" answer both read this list.
export const PAGE_ROUTES = [
  '/',
  '/m/:slug',
  '/m/:slug/register',
  '/m/:slug/feedback',
  '/m/:slug/proposals',
  '/me',
  '/r/:id',
  '/r/:id/support',
  '/p/:slug',
  '/staff',
  '/staff/login',
  '/staff/new',
  '/staff/users',
  '/staff/account',
  '/staff/m/:slug',
  '/staff/m/:slug/edit',
  '/staff/m/:slug/checkin',
  '/staff/m/:slug/outbox',
  '/staff/m/:slug/report',
  '/staff/m/:slug/support',
  '/staff/m/:slug/feedback',
  '/staff/p/:slug',
] as const;

export type PageRoute = (typeof PAGE_ROUTES)[number];

export interface RouteMatch {
  route: PageRoute;
  params: Record<string, string>;
}

export function matchRoute(pathname: string): RouteMatch | null {
  const parts = pathname.replace(/\/+$/, '').split('/').filter(Boolean);
  for (const route of PAGE_ROUTES) {
    const pattern = route.split('/').filter(Boolean);
    if (pattern.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const ok = pattern.every((seg, i) => {
      const part = parts[i] ?? '';
      if (seg.startsWith(':')) {
        try {
          params[seg.slice(1)] = decodeURIComponent(part);
        } catch {
          return false;
        }
        return part.length > 0;
      }
      return seg === part;
    });
    if (ok) return { route, params };
  }
  return null;
}
