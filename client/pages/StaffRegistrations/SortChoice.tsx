// "Order": the orders of sortRows, for the table and the cards alike.
import type { Locale } from '../../../shared/enums';
import { t } from '../../i18n';
import { SelectField } from '../../components/Field';
import { SORT_KEYS, type SortKey } from './sortRows';

export function SortChoice({
  value,
  onChange,
  locale,
}: {
  value: SortKey;
  onChange: (key: SortKey) => void;
  locale: Locale;
}) {
  return (
    <SelectField
      name="sort"
      label={t('staff:reg.sort', undefined, locale)}
      value={value}
      onValue={(v) => onChange((SORT_KEYS.find((k) => k === v) ?? 'listed') as SortKey)}
    >
      {SORT_KEYS.map((key) => (
        <option key={key} value={key}>
          {t(`staff:reg.sort.${key}`, undefined, locale)}
        </option>
      ))}
    </SelectField>
  );
}
