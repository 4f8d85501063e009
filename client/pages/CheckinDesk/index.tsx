// "/staff/m/:slug/checkin": the reception desk. For now it says what will come here.
import type { Locale } from '../../../shared/enums';
import { ts } from '../../app/i18n/staff';
import { usePageTitle } from '../../app/pageTitle';
import StaffGate from '../../components/StaffGate';

export default function CheckinDesk({ slug, locale }: { slug: string; locale: Locale }) {
  usePageTitle(ts('staff.checkin', undefined, locale));
  return (
    <section class="stack" aria-labelledby="checkin-title">
      <h1 id="checkin-title">{ts('staff.checkin', undefined, locale)}</h1>
      <StaffGate locale={locale} role="checkin">
        {() => (
          <div class="stack">
            <p class="notice">{ts('checkin.body', undefined, locale)}</p>
            <p class="row">
              <a href={`/staff/m/${encodeURIComponent(slug)}`}>
                {ts('staff.manage', undefined, locale)}
              </a>
              <a href="/staff">{ts('staff.allMeetings', undefined, locale)}</a>
            </p>
          </div>
        )}
      </StaffGate>
    </section>
  );
}
