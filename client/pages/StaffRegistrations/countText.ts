// Messages with a number in them, in the grammar of each language: a catalogue key "x.one"
// for the singular and "x.other" for the rest. Arabic's "other" forms are worded as
// "label: n", which stays correct for every count (2, 3–10 and 11+ take different nouns).
import type { Locale } from '../../../shared/enums';
import { ts, type StaffMessageKey } from '../../app/i18n/staff';
import type { Params } from '../../app/i18n/translate';

/** The bases that have both a ".one" and an ".other" message. */
export type CountKey = {
  [K in StaffMessageKey]: K extends `${infer Base}.other`
    ? `${Base}.one` extends StaffMessageKey
      ? Base
      : never
    : never;
}[StaffMessageKey];

const rules = new Map<Locale, Intl.PluralRules>();

function pluralRules(locale: Locale): Intl.PluralRules {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  return rule;
}

export function countText(base: CountKey, n: number, locale: Locale, params?: Params): string {
  const form = pluralRules(locale).select(n) === 'one' ? 'one' : 'other';
  return ts(`${base}.${form}`, { n, ...params }, locale);
}
