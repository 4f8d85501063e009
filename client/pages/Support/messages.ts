// The support request page's words, Arabic first. The reasons themselves come from the shared
// rule (shared/support/reasons.ts), so the phone and the server word them alike.
import type { Locale } from '../../../shared/enums';

const ar = {
  title: 'طلب التكفل بالتنقل والإيواء',
  intro:
    'يحدد المنظمون من يُتكفَّل بتنقله أو إيوائه حسب المسافة بين إقليمك ومكان اللقاء، وفي حدود الميزانية.',
  policy: 'يُتكفَّل بالتنقل ابتداءً من {travel} كم، وبالإيواء ابتداءً من {lodging} كم.',
  noSupport: 'لا يشمل هذا اللقاء التكفل بالتنقل ولا بالإيواء.',
  noLink: 'افتح أولا الرابط الخاص بتسجيلك على هذا الهاتف، ثم عد إلى هنا.',
  invalid: 'هذا الرابط غير صالح أو لم يعد صالحا.',
  offline:
    'أنت غير متصل، ولم تُحفظ معلومات هذا اللقاء على الهاتف بعد. أعد المحاولة عند عودة الاتصال.',
  retry: 'إعادة المحاولة',
  cached: 'أنت غير متصل: تُعرض آخر معلومات محفوظة على هذا الهاتف.',
  travel: 'مصاريف التنقل',
  lodging: 'الإيواء',
  askLegend: 'ما الذي تطلبه؟',
  departure: 'إقليم الانطلاق',
  departureHint: 'الإقليم الذي ستسافر منه إلى مكان اللقاء.',
  choose: 'اختر الإقليم',
  nights: 'عدد الليالي',
  note: 'ملاحظة للمنظمين (اختياري)',
  preview: 'ما يمكن التكفل به',
  previewNote: 'محسوب على هذا الهاتف بالقاعدة نفسها التي يعتمدها المنظمون.',
  eligible: 'مستوفٍ للشروط',
  notEligible: 'غير مستوفٍ للشروط',
  send: 'إرسال الطلب',
  nothing: 'اختر التنقل أو الإيواء أو كليهما.',
  change: 'تعديل طلبي',
  withdraw: 'سحب طلبي',
  yourRequest: 'طلبك',
  waiting: 'محفوظ على هذا الهاتف، وسيُرسل تلقائيا عند عودة الاتصال.',
  sending: 'جارٍ الإرسال…',
  received: 'وصل طلبك إلى المنظمين.',
  withdrawn: 'سحبت طلبك.',
  refused: 'لم يُقبل الطلب',
  dismiss: 'حسنا',
  decision: 'القرار',
  'decision.pending': 'في انتظار قرار اللجنة',
  'decision.approved': 'تمت الموافقة',
  'decision.declined': 'لم تتم الموافقة',
  budgetNote: 'استيفاء الشروط لا يعني الموافقة: تقرر اللجنة في حدود المقاعد والغرف المتاحة.',
  back: 'تسجيلاتي',
};

export type SupportWord = keyof typeof ar;
type Catalogue = Record<SupportWord, string>;

const fr: Catalogue = {
  title: 'Demande de prise en charge : transport et hébergement',
  intro:
    'Les organisateurs prennent en charge le transport ou l’hébergement selon la distance entre votre province et le lieu de la rencontre, dans la limite du budget.',
  policy:
    'Transport pris en charge à partir de {travel} km ; hébergement à partir de {lodging} km.',
  noSupport: 'Cette rencontre ne prend en charge ni le transport ni l’hébergement.',
  noLink: 'Ouvrez d’abord le lien privé de votre inscription sur ce téléphone, puis revenez ici.',
  invalid: 'Ce lien n’est pas ou plus valide.',
  offline:
    'Vous êtes hors ligne et cette rencontre n’est pas encore enregistrée sur ce téléphone. Réessayez une fois connecté·e.',
  retry: 'Réessayer',
  cached: 'Vous êtes hors ligne : voici les dernières informations enregistrées sur ce téléphone.',
  travel: 'Frais de transport',
  lodging: 'Hébergement',
  askLegend: 'Que demandez-vous ?',
  departure: 'Province de départ',
  departureHint: 'La province d’où vous partez pour venir à la rencontre.',
  choose: 'Choisissez la province',
  nights: 'Nombre de nuits',
  note: 'Remarque pour les organisateurs (facultatif)',
  preview: 'Ce qui peut être pris en charge',
  previewNote: 'Calculé sur ce téléphone, avec la règle même des organisateurs.',
  eligible: 'Éligible',
  notEligible: 'Non éligible',
  send: 'Envoyer la demande',
  nothing: 'Choisissez le transport, l’hébergement ou les deux.',
  change: 'Modifier ma demande',
  withdraw: 'Retirer ma demande',
  yourRequest: 'Votre demande',
  waiting: 'Enregistrée sur ce téléphone ; elle sera envoyée automatiquement au retour du réseau.',
  sending: 'Envoi en cours…',
  received: 'Votre demande est parvenue aux organisateurs.',
  withdrawn: 'Vous avez retiré votre demande.',
  refused: 'Demande refusée',
  dismiss: 'D’accord',
  decision: 'Décision',
  'decision.pending': 'En attente de la décision du comité',
  'decision.approved': 'Accordée',
  'decision.declined': 'Non accordée',
  budgetNote:
    'Être éligible ne vaut pas accord : le comité décide dans la limite des places et des chambres.',
  back: 'Mes inscriptions',
};

const en: Catalogue = {
  title: 'Travel and lodging support',
  intro:
    'The organizers cover travel or lodging depending on the distance from your province to the venue, within their budget.',
  policy: 'Travel is covered from {travel} km; lodging from {lodging} km.',
  noSupport: 'This meeting covers neither travel nor lodging.',
  noLink: 'Open your registration’s private link on this phone first, then come back here.',
  invalid: 'This link is not (or no longer) valid.',
  offline:
    'You are offline and this meeting is not saved on this phone yet. Try again once connected.',
  retry: 'Try again',
  cached: 'You are offline: this is the last information saved on this phone.',
  travel: 'Travel costs',
  lodging: 'Lodging',
  askLegend: 'What are you asking for?',
  departure: 'Departure province',
  departureHint: 'The province you travel from to the meeting.',
  choose: 'Choose the province',
  nights: 'Number of nights',
  note: 'Note for the organizers (optional)',
  preview: 'What can be covered',
  previewNote: 'Worked out on this phone, with the organizers’ own rule.',
  eligible: 'Eligible',
  notEligible: 'Not eligible',
  send: 'Send the request',
  nothing: 'Choose travel, lodging or both.',
  change: 'Change my request',
  withdraw: 'Withdraw my request',
  yourRequest: 'Your request',
  waiting: 'Saved on this phone; it will be sent automatically when the connection returns.',
  sending: 'Sending…',
  received: 'Your request has reached the organizers.',
  withdrawn: 'You withdrew your request.',
  refused: 'Request refused',
  dismiss: 'OK',
  decision: 'Decision',
  'decision.pending': 'Awaiting the committee’s decision',
  'decision.approved': 'Approved',
  'decision.declined': 'Not approved',
  budgetNote:
    'Being eligible is not an approval: the committee decides within the seats and rooms available.',
  back: 'My registrations',
};

const catalogues: Record<Locale, Catalogue> = { ar, fr, en };

export function st(
  locale: Locale,
  key: SupportWord,
  params: Record<string, string | number> = {},
): string {
  const template = catalogues[locale][key] || ar[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
