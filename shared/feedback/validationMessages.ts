// Validation messages only feedback and proposals need, in ar/fr/en. Kept beside the feedback
// schemas (not in the shared registry) so the registration screen does not download them.
import type * as v from 'valibot';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../enums';

export const FEEDBACK_MESSAGES = {
  rating: {
    ar: 'اختر تقييما من 1 (ضعيف جدا) إلى 5 (ممتاز).',
    fr: 'Choisissez une note de 1 (très mauvais) à 5 (excellent).',
    en: 'Choose a rating from 1 (very poor) to 5 (excellent).',
  },
  explanation: {
    ar: 'اشرح لماذا لم يُقبل هذا المقترح: يُنشر هذا التوضيح للعموم.',
    fr: 'Expliquez pourquoi cette proposition n’est pas retenue : l’explication est publiée.',
    en: 'Explain why this proposal is not retained: the explanation is published.',
  },
  mergeTarget: {
    ar: 'اختر مقترحا آخر من نفس اللقاء، غير مدمج في مقترح آخر.',
    fr: 'Choisissez une autre proposition de la même rencontre, elle-même non fusionnée.',
    en: 'Choose another proposal of the same meeting that is not itself merged.',
  },
} satisfies Record<string, Record<Locale, string>>;

export type FeedbackMessageKey = keyof typeof FEEDBACK_MESSAGES;

export function feedbackMessage(key: FeedbackMessageKey, locale: Locale): string {
  return FEEDBACK_MESSAGES[key][locale];
}

/** A schema message that follows the language the schema is run in. */
export function feedbackMsg(key: FeedbackMessageKey) {
  return (issue: v.BaseIssue<unknown>): string =>
    feedbackMessage(key, isLocale(issue.lang) ? issue.lang : DEFAULT_LOCALE);
}
