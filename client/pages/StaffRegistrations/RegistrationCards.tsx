// The list on a phone: one card per person, the name itself being the checkbox's label (a
// large target), then organization, province, status, source and any accessibility needs.
import { t } from '../../i18n';
import type { ListProps } from './RegistrationList';
import Marked from '../../components/Marked';
import {
  Arrival,
  Contact,
  Needs,
  RegisteredAt,
  ageBandName,
  genderName,
  OtherSpelling,
  SelectBox,
  StatusBadge,
  provinceName,
  sourceName,
} from './RegistrationParts';
import styles from './List.module.css';
import { personName } from '../../i18n/personName';

export function RegistrationCards({
  rows,
  selection,
  busy,
  marks,
  workshopName,
  locale,
}: ListProps) {
  const { selected } = selection;
  const all = rows.length > 0 && rows.every((r) => selected.has(r.id));
  return (
    <div class="stack">
      <h3 id="reg-caption" class={styles.listTitle}>
        {t('staff:reg.caption', undefined, locale)}
      </h3>
      <SelectBox
        id="select-all"
        checked={all}
        onToggle={(on) => selection.setAll(on)}
        label={t('staff:reg.selectAll', undefined, locale)}
        visible
      />
      <ul class={styles.cards} aria-labelledby="reg-caption" aria-busy={busy}>
        {rows.map((r) => {
          const mark = marks.get(r.id);
          return (
            <li key={r.id} class={`${styles.card} ${selected.has(r.id) ? styles.selectedRow : ''}`}>
              <div class={styles.cardHead}>
                <SelectBox
                  id={`select-${r.id}`}
                  checked={selected.has(r.id)}
                  onToggle={(on) => selection.toggle(r.id, on)}
                  label={<Marked text={personName(r.fullName, locale)} ranges={mark?.name} />}
                  visible
                />
                <StatusBadge status={r.status} locale={locale} />
              </div>
              <OtherSpelling mark={mark} locale={locale} />
              <p class={styles.meta}>
                {r.organization && (
                  <bdi>
                    <Marked text={r.organization} ranges={mark?.organization} />
                  </bdi>
                )}
                <span>{provinceName(r.provinceCode, locale)}</span>
                <span>{sourceName(r, locale)}</span>
              </p>
              <p class={styles.meta}>
                {r.workshopId && <span>{workshopName(r.workshopId)}</span>}
                <span>{genderName(r, locale)}</span>
                <bdi>{ageBandName(r, locale)}</bdi>
              </p>
              <p class={styles.meta}>
                <span>
                  {t('staff:reg.col.registeredAt', undefined, locale)}:{' '}
                  <RegisteredAt r={r} locale={locale} />
                </span>
                <span data-column="checkedIn">
                  {t('staff:reg.col.checkedIn', undefined, locale)}:{' '}
                  <Arrival r={r} locale={locale} />
                </span>
              </p>
              <Contact r={r} />
              <Needs r={r} locale={locale} quiet />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
