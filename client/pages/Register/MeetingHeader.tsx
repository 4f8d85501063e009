// What the form page says about the meeting before the form: whether registration is open
// (Morocco time), and who already registered from this phone.
import { useEffect, useState } from 'preact/hooks';
import type { Locale, RegistrationState } from '../../../shared/enums';
import { formatWallDateTime } from '../../../shared/time/wallTime';
import type { MeetingView } from '../../../shared/api/meetings';
import RegistrationBadge from '../../components/RegistrationBadge';
import {
  watchRegistrations,
  type RegistrationView,
} from '../../actions/registration/followMyRegistrations';
import styles from './Register.module.css';
import { t } from '../../i18n';

export function WindowState({
  meeting,
  state,
  locale,
}: {
  meeting: MeetingView;
  state: RegistrationState;
  locale: Locale;
}) {
  // The instants carry Morocco's offset, so their wall time is Morocco's whatever the phone's zone.
  const when = (iso: string) =>
    `${formatWallDateTime(iso, locale)} (${t('register:moroccoTime', undefined, locale)})`;
  const { opensAt, closesAt } = meeting.registration;
  const text =
    state === 'not-open'
      ? t('register:opensOn', { date: when(opensAt) }, locale)
      : state === 'open'
        ? t('register:openUntil', { date: when(closesAt) }, locale)
        : t('register:closedOn', { date: when(closesAt) }, locale);
  return (
    <p class={styles.window}>
      <RegistrationBadge state={state} locale={locale} /> <span>{text}</span>
    </p>
  );
}

/** A family or an association often registers several people on one phone: say who is in. */
export function AlreadyOnThisPhone({ slug, locale }: { slug: string; locale: Locale }) {
  const [views, setViews] = useState<RegistrationView[]>([]);
  useEffect(() => watchRegistrations(setViews, slug), [slug]);
  const names = views.filter((v) => v.progress !== 'refused').map((v) => v.record.fullName);
  if (names.length === 0) return null;
  return (
    <p class="notice">
      {t('register:already', { names: names.join(locale === 'ar' ? '، ' : ', ') }, locale)}{' '}
      <a href="/me">{t('register:myRegistrations', undefined, locale)}</a>
    </p>
  );
}
