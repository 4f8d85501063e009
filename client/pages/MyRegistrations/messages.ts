// "My registrations" words, Arabic first (statuses come from the outbox's catalogue).
import type { Locale } from '../../../shared/enums';

const ar = {
  title: 'تسجيلاتي',
  intro:
    'التسجيلات التي تمت من هذا الهاتف. يتيح لك الرابط الخاص عرض التسجيل أو تعديله أو إلغاؤه من أي جهاز.',
  empty: 'لا توجد تسجيلات على هذا الهاتف بعد.',
  meetings: 'تصفح اللقاءات',
  loading: 'جارٍ التحميل…',
  status: 'الحالة',
  open: 'عرض تسجيلي',
  showTicket: 'عرض تذكرتي',
  hideTicket: 'إخفاء التذكرة',
  edit: 'تعديل معلوماتي',
  cancel: 'إلغاء التسجيل',
  noLinkYet: 'سيظهر الرابط الخاص بعد وصول التسجيل.',
  registerAgain: 'التسجيل من جديد',
  getLink: 'احصل على رابطي',
  linkSent: 'إن كنت مسجلا في هذا اللقاء، فقد أرسلنا رابطك إلى {contact}.',
  linkOffline: 'لا يوجد اتصال: إرسال الرابط يحتاج إلى الشبكة. أعد المحاولة عند عودة الاتصال.',
  linkBusy: 'طلبات كثيرة من هذا الاتصال. أعد المحاولة بعد دقيقة.',
  linkFailed: 'تعذر الإرسال. أعد المحاولة.',
  forget: 'حذف من هذا الهاتف',
  withdraw: 'عدم إرسال هذا التسجيل',
  forgetConfirm:
    'حذف تسجيل {name} من هذا الهاتف؟ يبقى التسجيل قائما لدى المنظمين؛ لإلغائه استعمل الرابط الخاص.',
  forgetUnsentConfirm: 'لم يُرسل تسجيل {name} بعد. حذفه من هذا الهاتف يلغيه. هل تريد حذفه؟',
  offline: 'أنت غير متصل: تُعرض آخر حالة معروفة.',
};

type Catalogue = Record<keyof typeof ar, string>;
export type MyRegistrationsKey = keyof Catalogue;

const fr: Catalogue = {
  title: 'Mes inscriptions',
  intro:
    'Les inscriptions faites depuis ce téléphone. Le lien privé permet de voir, modifier ou annuler une inscription depuis n’importe quel appareil.',
  empty: 'Aucune inscription sur ce téléphone pour l’instant.',
  meetings: 'Voir les rencontres',
  loading: 'Chargement…',
  status: 'État',
  open: 'Voir mon inscription',
  showTicket: 'Afficher mon billet',
  hideTicket: 'Masquer le billet',
  edit: 'Modifier mes informations',
  cancel: 'Annuler l’inscription',
  noLinkYet: 'Le lien privé apparaîtra une fois l’inscription reçue.',
  registerAgain: 'S’inscrire à nouveau',
  getLink: 'Recevoir mon lien',
  linkSent: 'Si vous êtes inscrit(e) à cette rencontre, nous avons envoyé votre lien à {contact}.',
  linkOffline: 'Pas de connexion : l’envoi du lien demande le réseau. Réessayez une fois en ligne.',
  linkBusy: 'Trop de demandes depuis cette connexion. Réessayez dans une minute.',
  linkFailed: 'L’envoi a échoué. Réessayez.',
  forget: 'Retirer de ce téléphone',
  withdraw: 'Ne pas envoyer cette inscription',
  forgetConfirm:
    'Retirer l’inscription de {name} de ce téléphone ? Elle reste valable auprès des organisateurs ; pour l’annuler, utilisez le lien privé.',
  forgetUnsentConfirm:
    'L’inscription de {name} n’est pas encore envoyée : la retirer de ce téléphone l’annule. La retirer ?',
  offline: 'Vous êtes hors ligne : voici le dernier état connu.',
};

const en: Catalogue = {
  title: 'My registrations',
  intro:
    'Registrations made from this phone. The private link lets you see, change or cancel a registration from any device.',
  empty: 'No registrations on this phone yet.',
  meetings: 'Browse meetings',
  loading: 'Loading…',
  status: 'Status',
  open: 'See my registration',
  showTicket: 'Show my ticket',
  hideTicket: 'Hide the ticket',
  edit: 'Change my details',
  cancel: 'Cancel the registration',
  noLinkYet: 'The private link appears once the registration has arrived.',
  registerAgain: 'Register again',
  getLink: 'Get my link',
  linkSent: 'If you are registered for this meeting, we have sent your link to {contact}.',
  linkOffline: 'No connection: sending your link needs the network. Try again once you are online.',
  linkBusy: 'Too many requests from this connection. Try again in a minute.',
  linkFailed: 'Sending failed. Try again.',
  forget: 'Remove from this phone',
  withdraw: 'Do not send this registration',
  forgetConfirm:
    'Remove {name}’s registration from this phone? It stays valid with the organizers; to cancel it, use the private link.',
  forgetUnsentConfirm:
    '{name}’s registration has not been sent yet: removing it from this phone cancels it. Remove it?',
  offline: 'You are offline: this is the last known status.',
};

const catalogues: Record<Locale, Catalogue> = { ar, fr, en };

export function mt(
  locale: Locale,
  key: keyof Catalogue,
  params: Record<string, string> = {},
): string {
  const template = catalogues[locale][key] || ar[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}
