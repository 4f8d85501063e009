// "/staff/m/:slug/checkin": the reception desk. Check-in staff (and organizers) only; once the
// roster is on the device it works with no network at all.
import { useEffect } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import { t } from '../../i18n';
import { usePageTitle } from '../../app/pageTitle';
import StaffGate from '../../components/StaffGate';
import DeskScreen from './DeskScreen';

export default function CheckinDesk({ slug, locale }: { slug: string; locale: Locale }) {
  usePageTitle(t('staff:checkin', undefined, locale));
  // Fetch the fallback QR decoder while the network is there: the service worker keeps it for
  // the morning the venue's Wi-Fi fails (it is not in every visitor's precache).
  useEffect(() => {
    if (!('BarcodeDetector' in window)) void import('jsqr').catch(() => undefined);
  }, []);
  return (
    <section class="stack" aria-labelledby="checkin-title">
      <h1 id="checkin-title">{t('staff:checkin', undefined, locale)}</h1>
      <StaffGate locale={locale} role="checkin">
        {() => <DeskScreen slug={slug} locale={locale} />}
      </StaffGate>
    </section>
  );
}
