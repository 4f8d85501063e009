// The words of the form's choices (gender, age bands, roles, accessibility needs), by value:
// the registration form's, the private link page's and the desk's walk-in form's.
import {
  ACCESSIBILITY_NEEDS,
  AGE_BANDS,
  GENDERS,
  ROLES,
  type AccessibilityNeed,
  type AgeBand,
  type Gender,
  type Locale,
  type Role,
} from '../../../shared/enums';
import { t } from '../../i18n';

export interface ChoiceLabels {
  gender: Record<Gender, string>;
  ageBand: Record<AgeBand, string>;
  role: Record<Role, string>;
  accessibility: Record<AccessibilityNeed, string>;
}

const byValue = <T extends string>(values: readonly T[], word: (value: T) => string) =>
  Object.fromEntries(values.map((value) => [value, word(value)])) as Record<T, string>;

export function choiceLabels(locale: Locale): ChoiceLabels {
  return {
    gender: byValue(GENDERS, (v) => t(`register:gender.${v}`, undefined, locale)),
    ageBand: byValue(AGE_BANDS, (v) => t(`register:ageBand.${v}`, undefined, locale)),
    role: byValue(ROLES, (v) => t(`register:role.${v}`, undefined, locale)),
    accessibility: byValue(ACCESSIBILITY_NEEDS, (v) =>
      t(`register:accessibility.${v}`, undefined, locale),
    ),
  };
}
