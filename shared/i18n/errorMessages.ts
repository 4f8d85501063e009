// What each error code says to a person, in the three languages (problem titles, client notices).
import type { Locale } from '../enums';
import type { ErrorCode } from '../errors';

export const ERROR_TITLES: Record<ErrorCode, Record<Locale, string>> = {
  validation: {
    ar: 'بعض المعلومات غير صحيحة. راجع الحقول المشار إليها.',
    fr: 'Certaines informations ne sont pas valides. Vérifiez les champs indiqués.',
    en: 'Some information is not valid. Check the fields shown.',
  },
  'registration-not-open': {
    ar: 'التسجيل لم يفتح بعد.',
    fr: 'Les inscriptions ne sont pas encore ouvertes.',
    en: 'Registration has not opened yet.',
  },
  'registration-closed': {
    ar: 'انتهت فترة التسجيل.',
    fr: 'Les inscriptions sont closes.',
    en: 'Registration has closed.',
  },
  'duplicate-registration': {
    ar: 'أنت مسجل بالفعل في هذا اللقاء بهذا البريد أو الهاتف.',
    fr: 'Vous êtes déjà inscrit·e à cette rencontre avec cet e-mail ou ce téléphone.',
    en: 'You are already registered for this meeting with this e-mail or phone.',
  },
  'not-eligible': {
    ar: 'هذا اللقاء مخصص لجهات أخرى. يمكن التسجيل برمز دعوة.',
    fr: "Cette rencontre est réservée à d'autres régions. Un code d'invitation permet de s'inscrire.",
    en: 'This meeting is for other regions. An invitation code lets you register.',
  },
  'capacity-exceeded': {
    ar: 'لم تعد هناك مقاعد متاحة.',
    fr: "Il n'y a plus de places disponibles.",
    en: 'There are no seats left.',
  },
  'idempotency-conflict': {
    ar: 'أُرسل هذا الطلب من قبل بمحتوى مختلف.',
    fr: 'Cette requête a déjà été envoyée avec un autre contenu.',
    en: 'This request was already sent with different content.',
  },
  unauthorized: {
    ar: 'يجب تسجيل الدخول.',
    fr: 'Vous devez vous connecter.',
    en: 'You need to sign in.',
  },
  forbidden: {
    ar: 'ليست لديك صلاحية القيام بهذا.',
    fr: "Vous n'avez pas le droit de faire cela.",
    en: 'You are not allowed to do this.',
  },
  'not-found': {
    ar: 'غير موجود.',
    fr: 'Introuvable.',
    en: 'Not found.',
  },
  'payload-too-large': {
    ar: 'الطلب كبير جدا.',
    fr: 'La requête est trop volumineuse.',
    en: 'The request is too large.',
  },
  'rate-limited': {
    ar: 'محاولات كثيرة. أعد المحاولة بعد قليل.',
    fr: 'Trop de tentatives. Réessayez dans un instant.',
    en: 'Too many attempts. Try again shortly.',
  },
  conflict: {
    ar: 'يتعارض هذا مع بيانات موجودة.',
    fr: 'Cela entre en conflit avec des données existantes.',
    en: 'This conflicts with existing data.',
  },
  internal: {
    ar: 'حدث خطأ من جهتنا. أعد المحاولة.',
    fr: 'Une erreur est survenue de notre côté. Réessayez.',
    en: 'Something went wrong on our side. Please try again.',
  },
};

export const LOGIN_FAILED: Record<Locale, string> = {
  ar: 'البريد الإلكتروني أو كلمة المرور غير صحيحة.',
  fr: 'E-mail ou mot de passe incorrect.',
  en: 'Wrong e-mail or password.',
};
