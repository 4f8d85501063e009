// The list on a wide screen: a real table with a caption, column headers and each person's
// name as the row header, so a screen reader says whose status it is reading.
import { useEffect, useRef } from 'preact/hooks';
import { t, type WordOf } from '../../i18n';
import type { ListProps } from './RegistrationList';
import Marked from '../../components/Marked';
import type { SortKey } from './sortRows';
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

/** After the name (the row's header), in the order a reader scans them. */
const COLUMNS = [
  'name',
  'organization',
  'province',
  'status',
  'workshop',
  'ageBand',
  'gender',
  'registeredAt',
  'checkedIn',
  'source',
  'needs',
] as const;

/** The column each order sorts by, for aria-sort. */
const SORTED_COLUMN: Partial<
  Record<SortKey, { column: string; direction: 'ascending' | 'descending' }>
> = {
  name: { column: 'name', direction: 'ascending' },
  newest: { column: 'registeredAt', direction: 'descending' },
  status: { column: 'status', direction: 'ascending' },
  province: { column: 'province', direction: 'ascending' },
  arrival: { column: 'checkedIn', direction: 'descending' },
};

export function RegistrationTable({
  rows,
  selection,
  busy,
  marks,
  workshopName,
  sort,
  locale,
}: ListProps) {
  const l = (key: WordOf<'staff'>) => t(`staff:${key}`, undefined, locale);
  const { selected } = selection;
  const ticked = rows.filter((r) => selected.has(r.id)).length;
  const allBox = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (allBox.current) allBox.current.indeterminate = ticked > 0 && ticked < rows.length;
  });
  return (
    <div
      class={`${styles.wide} ${styles.scroll}`}
      role="region"
      aria-labelledby="reg-caption"
      tabIndex={0}
    >
      <table class={`table ${styles.table}`} aria-busy={busy}>
        <caption id="reg-caption">{l('reg.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" class={styles.selectCell}>
              <label class={styles.check}>
                <input
                  ref={allBox}
                  type="checkbox"
                  checked={ticked > 0 && ticked === rows.length}
                  onChange={(e) => selection.setAll(e.currentTarget.checked)}
                />
                <span class="visually-hidden">{l('reg.selectAll')}</span>
              </label>
            </th>
            {COLUMNS.map((column) => (
              <th
                key={column}
                scope="col"
                aria-sort={
                  SORTED_COLUMN[sort]?.column === column
                    ? SORTED_COLUMN[sort]?.direction
                    : undefined
                }
              >
                {l(`reg.col.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const mark = marks.get(r.id);
            return (
              <tr key={r.id} class={selected.has(r.id) ? styles.selectedRow : undefined}>
                <td class={styles.selectCell}>
                  <SelectBox
                    id={`select-${r.id}`}
                    checked={selected.has(r.id)}
                    onToggle={(on) => selection.toggle(r.id, on)}
                    label={t('staff:reg.select', { name: personName(r.fullName, locale) }, locale)}
                  />
                </td>
                <th scope="row" class={styles.nameCell}>
                  <bdi>
                    <Marked text={personName(r.fullName, locale)} ranges={mark?.name} />
                  </bdi>
                  <OtherSpelling mark={mark} locale={locale} />
                  <Contact r={r} />
                </th>
                <td>
                  <bdi>
                    <Marked text={r.organization ?? ''} ranges={mark?.organization} />
                  </bdi>
                </td>
                <td>{provinceName(r.provinceCode, locale)}</td>
                <td>
                  <StatusBadge status={r.status} locale={locale} />
                </td>
                <td>{workshopName(r.workshopId)}</td>
                <td class={styles.nowrap}>
                  <bdi>{ageBandName(r, locale)}</bdi>
                </td>
                <td>{genderName(r, locale)}</td>
                <td class={styles.nowrap}>
                  <RegisteredAt r={r} locale={locale} />
                </td>
                <td class={styles.nowrap} data-column="checkedIn">
                  <Arrival r={r} locale={locale} />
                </td>
                <td class={styles.nowrap}>{sourceName(r, locale)}</td>
                <td>
                  <Needs r={r} locale={locale} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
