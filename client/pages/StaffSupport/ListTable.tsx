// The ranked requests of one list as a table, one card per request on a phone; each row's
// decision is a labelled select, and the budget line is said in words, not colour alone.
import type { Locale } from '../../../shared/enums';
import { provinceByCode } from '../../../shared/geo';
import type { SupportList, SupportListItem } from '../../../shared/api/support';
import { t, placeName } from '../../i18n';
import styles from './StaffSupport.module.css';
import TableScroll from '../../components/TableScroll';
import { personName } from '../../i18n/personName';

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
      <td class={styles.rank} data-label={t('staffSupport:rank', undefined, locale)}>
        {item.rank}
      </td>
      <td data-label={t('staffSupport:name', undefined, locale)}>
        <strong>{personName(item.fullName, locale)}</strong>
        {item.organization && <div class={styles.muted}>{item.organization}</div>}
        {item.priority && (
          <div class={styles.tag}>{t('staffSupport:priority', undefined, locale)}</div>
        )}
        {item.nights !== null && (
          <div class={styles.muted}>{t('staffSupport:nights', { n: item.nights }, locale)}</div>
        )}
      </td>
      <td data-label={t('staffSupport:province', undefined, locale)}>
        {province ? placeName(province.name, locale) : item.provinceCode}
        <div>
          {item.distanceKm === null
            ? '—'
            : t('staffSupport:kmValue', { km: item.distanceKm }, locale)}
        </div>
      </td>
      <td data-label={t('staffSupport:answer', undefined, locale)}>
        <strong>
          {t(item.eligible ? 'staffSupport:yes' : 'staffSupport:no', undefined, locale)}
        </strong>
        <div class={styles.reason}>{item.reason}</div>
      </td>
      <td data-label={t('staffSupport:budget', undefined, locale)}>
        {t(
          item.withinBudget ? 'staffSupport:withinBudget' : 'staffSupport:outsideBudget',
          undefined,
          locale,
        )}
      </td>
      <td data-label={t('staffSupport:decision', undefined, locale)}>
        <label class="visually-hidden" for={selectId}>
          {`${t('staffSupport:decision', undefined, locale)} — ${personName(item.fullName, locale)}`}
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
            <option value="pending">{t('staffSupport:decision.pending', undefined, locale)}</option>
          )}
          <option value="approved">{t('staffSupport:decision.approved', undefined, locale)}</option>
          <option value="declined">{t('staffSupport:decision.declined', undefined, locale)}</option>
        </select>
      </td>
    </tr>
  );
}

export default function ListTable({ list, items, changes, locale, onDecide }: Props) {
  return (
    <TableScroll label={t(`staffSupport:${list}`, undefined, locale)} locale={locale}>
      <table class={`table stacked ${styles.table}`}>
        <thead>
          <tr>
            <th scope="col">{t('staffSupport:rank', undefined, locale)}</th>
            <th scope="col">{t('staffSupport:name', undefined, locale)}</th>
            <th scope="col">{t('staffSupport:province', undefined, locale)}</th>
            <th scope="col">{t('staffSupport:answer', undefined, locale)}</th>
            <th scope="col">{t('staffSupport:budget', undefined, locale)}</th>
            <th scope="col">{t('staffSupport:decision', undefined, locale)}</th>
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
