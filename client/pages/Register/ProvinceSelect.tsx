// The province where the person lives: a native <select>, one <optgroup> per region, each
// province named in Arabic and French (people know their province under either name).
import type { Locale } from '../../../shared/enums';
import { provincesByRegion } from '../../../shared/geo';
import { SelectField } from '../../components/Field';

const GROUPS = provincesByRegion();

interface Props {
  locale: Locale;
  label: string;
  placeholder: string;
  value: string;
  onValue: (value: string) => void;
  hint?: string;
  error?: string;
}

export default function ProvinceSelect({
  locale,
  label,
  placeholder,
  value,
  onValue,
  hint,
  error,
}: Props) {
  const arabicFirst = locale === 'ar';
  return (
    <SelectField
      name="provinceCode"
      label={label}
      hint={hint}
      error={error}
      value={value}
      onValue={onValue}
      required
    >
      <option value="">{placeholder}</option>
      {GROUPS.map(({ region, provinces }) => (
        <optgroup key={region.code} label={arabicFirst ? region.name.ar : region.name.fr}>
          {provinces.map((p) => (
            <option key={p.code} value={p.code}>
              {arabicFirst ? `${p.name.ar} — ${p.name.fr}` : `${p.name.fr} — ${p.name.ar}`}
            </option>
          ))}
        </optgroup>
      ))}
    </SelectField>
  );
}
