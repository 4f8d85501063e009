// The person's details as the organizers have them (edits waiting to be sent laid over),
// worded with the registration form's own labels.
import type { ComponentChildren } from 'preact';
import type { Locale } from '../../../shared/enums';
import { provinceByCode } from '../../../shared/geo';
import type { Meeting } from '../../api/meetings';
import type { RegistrationDetails } from '../../api/registrations';
import { placeName } from '../../i18n';
import LocalText from '../../components/LocalText';
import { labelsFor, rt } from '../Register/messages';
import { mt } from './messages';
import styles from './Registration.module.css';

interface Props {
  registration: RegistrationDetails;
  meeting: Meeting | null;
  locale: Locale;
}

function named<T extends string>(labels: Record<T, string>, value: string): string {
  return (labels as Record<string, string>)[value] ?? value;
}

export default function Details({ registration: r, meeting, locale }: Props) {
  const labels = labelsFor(locale);
  const province = provinceByCode(r.provinceCode);
  const workshop = meeting?.workshops?.find((w) => w.id === r.workshopId);
  const notGiven = <span class={styles.muted}>{mt(locale, 'notGiven')}</span>;
  const ltr = (value: string | null) => (value ? <span class="ltr">{value}</span> : notGiven);

  const rows: Array<[string, ComponentChildren]> = [
    // What the person typed may be in another script than the page: isolated, so it reads right.
    [rt(locale, 'fullName'), <bdi>{r.fullName}</bdi>],
    [rt(locale, 'gender'), named(labels.gender, r.gender)],
    [rt(locale, 'ageBand'), named(labels.ageBand, r.ageBand)],
    [rt(locale, 'role'), named(labels.role, r.role)],
    [rt(locale, 'organization'), r.organization ? <bdi>{r.organization}</bdi> : notGiven],
    [mt(locale, 'province'), province ? placeName(province.name, locale) : r.provinceCode],
    [rt(locale, 'email'), ltr(r.email)],
    [rt(locale, 'phone'), ltr(r.phone)],
  ];
  if ((meeting?.workshops ?? []).length > 0 || r.workshopId) {
    rows.push([
      mt(locale, 'workshop'),
      workshop ? (
        <LocalText text={workshop.title} locale={locale} />
      ) : (
        r.workshopId || mt(locale, 'noWorkshop')
      ),
    ]);
  }
  rows.push([
    mt(locale, 'accessibility'),
    r.accessibility.length > 0
      ? r.accessibility
          .map((need) => named(labels.accessibility, need))
          .join(locale === 'ar' ? '، ' : ', ')
      : mt(locale, 'none'),
  ]);
  if (r.accessibilityNote) {
    rows.push([mt(locale, 'accessibilityNote'), <bdi>{r.accessibilityNote}</bdi>]);
  }
  rows.push([mt(locale, 'photos'), mt(locale, r.photoConsent ? 'photosYes' : 'photosNo')]);

  return (
    <section aria-labelledby="details-title">
      <h2 id="details-title">{mt(locale, 'details')}</h2>
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
