// What the support use cases say when they refuse, in the organizer's language.
import type { Locale } from '../../../shared/enums';
import type { SupportList } from '../../../shared/schemas/support';

const OVER_BUDGET: Record<Locale, Record<SupportList, string>> = {
  ar: {
    travel: 'التنقل: {approved} موافقة لـ {budget} مقعدا. أكّد التجاوز لتسجيله في سجل التدقيق.',
    lodging: 'الإيواء: {approved} موافقة لـ {budget} غرفة. أكّد التجاوز لتسجيله في سجل التدقيق.',
  },
  fr: {
    travel:
      "Transport : {approved} accords pour {budget} places. Confirmez le dépassement pour l'inscrire au journal d'audit.",
    lodging:
      "Hébergement : {approved} accords pour {budget} chambres. Confirmez le dépassement pour l'inscrire au journal d'audit.",
  },
  en: {
    travel:
      'Travel: {approved} approvals for {budget} seats. Confirm the override to record it in the audit log.',
    lodging:
      'Lodging: {approved} approvals for {budget} rooms. Confirm the override to record it in the audit log.',
  },
};

export function overBudgetMessage(
  locale: Locale,
  list: SupportList,
  approved: number,
  budget: number,
): string {
  return OVER_BUDGET[locale][list]
    .replace('{approved}', String(approved))
    .replace('{budget}', String(budget));
}
