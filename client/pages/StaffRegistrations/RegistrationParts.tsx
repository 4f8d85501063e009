// The pieces of one registration as the list shows it (table row or card): status badge,
// province name, source, contact, accessibility needs, and the selection checkbox.
import type { RegistrationView } from '../../../shared/api/registrations';
import type { ComponentChildren } from 'preact';
import type { Locale, RegistrationStatus } from '../../../shared/enums';
import type { Highlight } from '../../../shared/search/highlight';
import { provinceByCode } from '../../../shared/geo';
import { t, moroccoDateTime, placeName } from '../../i18n';
import styles from './List.module.css';

export function StatusBadge({ status, locale }: { status: RegistrationStatus; locale: Locale }) {
  return (
    <span class={`${styles.badge} ${styles[status] ?? ''}`}>
      {t(`staff:reg.status.${status}`, undefined, locale)}
    </span>
  );
}

export function provinceName(code: string, locale: Locale): string {
  const province = provinceByCode(code);
  return province ? placeName(province.name, locale) : code;
}

export function sourceName(r: RegistrationView, locale: Locale): string {
  return t(`staff:reg.source.${r.source}`, undefined, locale);
}

export function genderName(r: RegistrationView, locale: Locale): string {
  return r.gender === 'female' || r.gender === 'male'
    ? t(`staff:reg.gender.${r.gender}`, undefined, locale)
    : r.gender;
}

/** "30-40" reads the same in every language; "unknown" does not. */
export function ageBandName(r: RegistrationView, locale: Locale): string {
  return r.ageBand === 'unknown' ? t('staff:reg.age.unknown', undefined, locale) : r.ageBand;
}

/** When they registered, and when they arrived (or that they have not yet), Morocco time. */
export function RegisteredAt({ r, locale }: { r: RegistrationView; locale: Locale }) {
  return <time dateTime={r.createdAt}>{moroccoDateTime(r.createdAt, locale)}</time>;
}

export function Arrival({ r, locale }: { r: RegistrationView; locale: Locale }) {
  return r.checkedInAt ? (
    <time dateTime={r.checkedInAt} data-arrived>
      {moroccoDateTime(r.checkedInAt, locale)}
    </time>
  ) : (
    <span class={styles.muted}>{t('staff:reg.notArrived', undefined, locale)}</span>
  );
}

/** E-mail and phone, left to right inside Arabic text. */
export function Contact({ r }: { r: RegistrationView }) {
  if (!r.email && !r.phone) return null;
  return (
    <span class={styles.contact}>
      {r.email && <bdi class="ltr">{r.email}</bdi>}
      {r.phone && <bdi class="ltr">{r.phone}</bdi>}
    </span>
  );
}

export function hasNeeds(r: RegistrationView): boolean {
  return r.accessibility.length > 0 || Boolean(r.accessibilityNote);
}

/** Needs stand out (a marked box with words, not colour alone); none is said plainly. */
export function Needs({
  r,
  locale,
  quiet,
}: {
  r: RegistrationView;
  locale: Locale;
  quiet?: boolean;
}) {
  if (!hasNeeds(r)) {
    return quiet ? null : (
      <span class={styles.muted}>{t('staff:reg.noNeeds', undefined, locale)}</span>
    );
  }
  const names = r.accessibility.map((need) => t(`staff:reg.access.${need}`, undefined, locale));
  const list = [...names, r.accessibilityNote ?? '']
    .filter(Boolean)
    .join(locale === 'ar' ? '، ' : ', ');
  return (
    <span class={styles.needs}>
      <span aria-hidden="true">♿ </span>
      {t('staff:reg.needs', { list }, locale)}
    </span>
  );
}

/** Says that only another spelling matched the search (typed Ahmed, registered أحمد). */
export function OtherSpelling({ mark, locale }: { mark?: Highlight; locale: Locale }) {
  if (!mark?.otherSpelling) return null;
  return <span class={styles.why}>{t('staff:reg.otherSpelling', undefined, locale)}</span>;
}

interface SelectProps {
  id: string;
  checked: boolean;
  onToggle: (on: boolean) => void;
  /** Read out (and shown only when `visible`). */
  label: ComponentChildren;
  visible?: boolean;
  disabled?: boolean;
}

/** A checkbox with a 44 px target: the whole label is clickable. */
export function SelectBox({ id, checked, onToggle, label, visible, disabled }: SelectProps) {
  return (
    <label class={styles.check} for={id}>
      <input
        type="checkbox"
        id={id}
        checked={checked}
        disabled={disabled}
        onChange={(e) => onToggle(e.currentTarget.checked)}
      />
      <span class={visible ? styles.checkText : 'visually-hidden'}>{label}</span>
    </label>
  );
}
