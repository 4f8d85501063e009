// The person's details as the organizers have them (edits waiting to be sent laid over),
// worded with the registration form's own labels.
import type { ComponentChildren } from 'preact';
import type { Locale } from '../../../shared/enums';
import { provinceByCode } from '../../../shared/geo';
import type { MeetingView } from '../../../shared/api/meetings';
import type { RegistrationDetails } from '../../../shared/api/registrations';
import { t, placeName } from '../../i18n';
import LocalText from '../../components/LocalText';
import { choiceLabels } from '../Register/choiceLabels';
import styles from './PrivateLink.module.css';

interface Props {
  registration: RegistrationDetails;
  meeting: MeetingView | null;
  locale: Locale;
}

function named<T extends string>(labels: Record<T, string>, value: string): string {
  return (labels as Record<string, string>)[value] ?? value;
}

export default function Details({ registration: r, meeting, locale }: Props) {
  const labels = choiceLabels(locale);
  const province = provinceByCode(r.provinceCode);
  const workshop = meeting?.workshops?.find((w) => w.id === r.workshopId);
  const notGiven = (
    <span class={styles.muted}>{t('registration:notGiven', undefined, locale)}</span>
  );
  const ltr = (value: string | null) => (value ? <span class="ltr">{value}</span> : notGiven);

  const rows: Array<[string, ComponentChildren]> = [
    // What the person typed may be in another script than the page: isolated, so it reads right.
    [t('register:fullName', undefined, locale), <bdi>{r.fullName}</bdi>],
    [t('register:gender', undefined, locale), named(labels.gender, r.gender)],
    [t('register:ageBand', undefined, locale), named(labels.ageBand, r.ageBand)],
    [t('register:role', undefined, locale), named(labels.role, r.role)],
    [
      t('register:organization', undefined, locale),
      r.organization ? <bdi>{r.organization}</bdi> : notGiven,
    ],
    [
      t('registration:province', undefined, locale),
      province ? placeName(province.name, locale) : r.provinceCode,
    ],
    [t('register:email', undefined, locale), ltr(r.email)],
    [t('register:phone', undefined, locale), ltr(r.phone)],
  ];
  if ((meeting?.workshops ?? []).length > 0 || r.workshopId) {
    rows.push([
      t('registration:workshop', undefined, locale),
      workshop ? (
        <LocalText text={workshop.title} locale={locale} />
      ) : (
        r.workshopId || t('registration:noWorkshop', undefined, locale)
      ),
    ]);
  }
  rows.push([
    t('registration:accessibility', undefined, locale),
    r.accessibility.length > 0
      ? r.accessibility
          .map((need) => named(labels.accessibility, need))
          .join(locale === 'ar' ? '، ' : ', ')
      : t('registration:none', undefined, locale),
  ]);
  if (r.accessibilityNote) {
    rows.push([
      t('registration:accessibilityNote', undefined, locale),
      <bdi>{r.accessibilityNote}</bdi>,
    ]);
  }
  rows.push([
    t('registration:photos', undefined, locale),
    t(r.photoConsent ? 'registration:photosYes' : 'registration:photosNo', undefined, locale),
  ]);

  return (
    <section aria-labelledby="details-title">
      <h2 id="details-title">{t('registration:details', undefined, locale)}</h2>
      <dl class={styles.details}>
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
