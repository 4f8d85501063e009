// Messages with a number in them, in the grammar of each language: a catalogue key "x.one"
// for the singular and "x.other" for the rest. Arabic's "other" forms are worded as
// "label: n", which stays correct for every count (2, 3–10 and 11+ take different nouns).
import type { Locale } from '../../../shared/enums';
import { t, type WordOf } from '../../i18n';
import type { Params } from '../../i18n/translate';

/** The bases that have both a ".one" and an ".other" message. */
export type CountKey = {
  [K in WordOf<'staff'>]: K extends `${infer Base}.other`
    ? `${Base}.one` extends WordOf<'staff'>
      ? Base
      : never
    : never;
}[WordOf<'staff'>];

const rules = new Map<Locale, Intl.PluralRules>();

function pluralRules(locale: Locale): Intl.PluralRules {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  return rule;
}

export function countText(base: CountKey, n: number, locale: Locale, params?: Params): string {
  const form = pluralRules(locale).select(n) === 'one' ? 'one' : 'other';
  return t(`staff:${base}.${form}`, { n, ...params }, locale);
}
