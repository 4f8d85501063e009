// The ranked requests of one list as a table, one card per request on a phone; each row's
// decision is a labelled select, and the budget line is said in words, not colour alone.
import type { Locale } from '../../../shared/enums';
import { provinceByCode } from '../../../shared/geo';
import type { SupportList, SupportListItem } from '../../../shared/schemas/support';
import { placeName } from '../../i18n';
import { ss } from './messages';
import styles from './StaffSupport.module.css';
import TableScroll from '../../components/TableScroll';

interface Props {
  list: SupportList;
  items: SupportListItem[];
  changes: Map<string, 'approved' | 'declined'>;
  locale: Locale;
  onDecide: (registrationId: string, decision: 'approved' | 'declined') => void;
}

function Row({
  item,
  list,
  chosen,
  locale,
  onDecide,
}: {
  item: SupportListItem;
  list: SupportList;
  chosen: string;
  locale: Locale;
  onDecide: Props['onDecide'];
}) {
  const province = provinceByCode(item.provinceCode);
  const selectId = `decision-${list}-${item.registrationId}`;
  return (
    <tr data-within={String(item.withinBudget)}>
      <td class={styles.rank} data-label={ss(locale, 'rank')}>
        {item.rank}
      </td>
      <td data-label={ss(locale, 'name')}>
        <strong>{item.fullName}</strong>
        {item.organization && <div class={styles.muted}>{item.organization}</div>}
        {item.priority && <div class={styles.tag}>{ss(locale, 'priority')}</div>}
        {item.nights !== null && (
          <div class={styles.muted}>{ss(locale, 'nights', { n: item.nights })}</div>
        )}
      </td>
      <td data-label={ss(locale, 'province')}>
        {province ? placeName(province.name, locale) : item.provinceCode}
        <div>{item.distanceKm === null ? '—' : ss(locale, 'kmValue', { km: item.distanceKm })}</div>
      </td>
      <td data-label={ss(locale, 'answer')}>
        <strong>{ss(locale, item.eligible ? 'yes' : 'no')}</strong>
        <div class={styles.reason}>{item.reason}</div>
      </td>
      <td data-label={ss(locale, 'budget')}>
        {ss(locale, item.withinBudget ? 'withinBudget' : 'outsideBudget')}
      </td>
      <td data-label={ss(locale, 'decision')}>
        <label class="visually-hidden" for={selectId}>
          {`${ss(locale, 'decision')} — ${item.fullName}`}
        </label>
        <select
          id={selectId}
          name={selectId}
          class={styles.select}
          value={chosen}
          onChange={(e) =>
            onDecide(item.registrationId, e.currentTarget.value as 'approved' | 'declined')
          }
        >
          {chosen === 'pending' && (
            <option value="pending">{ss(locale, 'decision.pending')}</option>
          )}
          <option value="approved">{ss(locale, 'decision.approved')}</option>
          <option value="declined">{ss(locale, 'decision.declined')}</option>
        </select>
      </td>
    </tr>
  );
}

export default function ListTable({ list, items, changes, locale, onDecide }: Props) {
  return (
    <TableScroll label={ss(locale, list)} locale={locale}>
      <table class={`${styles.table} stacked`}>
        <thead>
          <tr>
            <th scope="col">{ss(locale, 'rank')}</th>
            <th scope="col">{ss(locale, 'name')}</th>
            <th scope="col">{ss(locale, 'province')}</th>
            <th scope="col">{ss(locale, 'answer')}</th>
            <th scope="col">{ss(locale, 'budget')}</th>
            <th scope="col">{ss(locale, 'decision')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <Row
              key={item.registrationId}
              item={item}
              list={list}
              chosen={changes.get(item.registrationId) ?? item.decision}
              locale={locale}
              onDecide={onDecide}
            />
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
