// Every staff screen of one meeting, in the order the overview offers them. Typed from
// shared/routes: a new `/staff/m/:slug/…` page does not compile until it is given a place here,
// so no screen is ever linked from nowhere.
import type { PageRoute } from '../../../shared/routes';
import type { WordOf } from '../../i18n';

export type MeetingScreenRoute = Extract<PageRoute, `/staff/m/:slug/${string}`>;

export const MEETING_SCREENS: Record<MeetingScreenRoute, WordOf<'staff'>> = {
  '/staff/m/:slug/edit': 'edit',
  '/staff/m/:slug/checkin': 'checkin',
  '/staff/m/:slug/outbox': 'screen.outbox',
  '/staff/m/:slug/report': 'screen.report',
  '/staff/m/:slug/support': 'screen.support',
  '/staff/m/:slug/feedback': 'screen.feedback',
};

export function screenAddress(route: MeetingScreenRoute, slug: string): string {
  return route.replace(':slug', encodeURIComponent(slug));
}
