// Validation messages of the staff forms (meetings, accounts): kept apart so the public
// registration screen does not download them.
import { addValidationMessages } from './registry';

export const STAFF_VALIDATION_MESSAGES = {
  password: {
    ar: 'يجب أن تتكون كلمة المرور من 12 حرفا على الأقل.',
    fr: 'Le mot de passe doit compter au moins 12 caractères.',
    en: 'The password must have at least 12 characters.',
  },
  passwordCommon: {
    ar: 'كلمة المرور هذه شائعة جدا ويسهل تخمينها. اختر عبارة أطول وأقل توقعا.',
    fr: 'Ce mot de passe est trop courant et facile à deviner. Choisissez une phrase plus longue et moins attendue.',
    en: 'This password is too common and easy to guess. Choose a longer, less expected phrase.',
  },
  passwordPattern: {
    ar: 'كلمة المرور هذه مجرد نمط مكرر أو متسلسل. اختر عبارة حقيقية.',
    fr: 'Ce mot de passe n’est qu’un motif répété ou une suite. Choisissez une vraie phrase.',
    en: 'This password is just one repeated or running pattern. Choose a real phrase.',
  },
  currentPassword: {
    ar: 'كلمة المرور الحالية غير صحيحة.',
    fr: 'Le mot de passe actuel est incorrect.',
    en: 'The current password is wrong.',
  },
  ownAccount: {
    ar: 'لا يمكنك تعطيل حسابك أو تغيير دوره بنفسك.',
    fr: 'Vous ne pouvez pas désactiver votre propre compte ni changer son rôle.',
    en: 'You cannot disable your own account or change its role.',
  },
  teamUnknownUser: {
    ar: 'لا يوجد حساب للطاقم بهذا البريد الإلكتروني.',
    fr: 'Aucun compte du personnel ne porte cette adresse e-mail.',
    en: 'No staff account has this e-mail address.',
  },
  teamCheckinOnly: {
    ar: 'حساب الاستقبال لا يمكن أن يكون منظما في فريق لقاء.',
    fr: "Un compte d'accueil ne peut pas être organisateur d'une équipe.",
    en: 'A check-in account cannot be an organizer of a meeting team.',
  },
  slug: {
    ar: 'استعمل حروفا لاتينية صغيرة وأرقاما وشرطات فقط (مثلا tanger-2026).',
    fr: 'Utilisez seulement des minuscules latines, des chiffres et des tirets (ex. tanger-2026).',
    en: 'Use only lowercase Latin letters, digits and hyphens (e.g. tanger-2026).',
  },
  wallTime: {
    ar: 'أدخل تاريخا وساعة صحيحين (بتوقيت المغرب).',
    fr: 'Saisissez une date et une heure valides (heure du Maroc).',
    en: 'Enter a valid date and time (Morocco time).',
  },
  clockTime: {
    ar: 'أدخل ساعة بصيغة 09:30.',
    fr: 'Saisissez une heure au format 09:30.',
    en: 'Enter a time such as 09:30.',
  },
  endsAfterStart: {
    ar: 'يجب أن تكون النهاية بعد البداية.',
    fr: 'La fin doit venir après le début.',
    en: 'The end must come after the start.',
  },
  closesAfterOpens: {
    ar: 'يجب أن يكون إغلاق التسجيل بعد فتحه.',
    fr: 'La clôture des inscriptions doit suivre leur ouverture.',
    en: 'Registration must close after it opens.',
  },
  positiveInteger: {
    ar: 'أدخل عددا صحيحا موجبا.',
    fr: 'Saisissez un nombre entier positif.',
    en: 'Enter a whole number greater than zero.',
  },
  nonNegativeInteger: {
    ar: 'أدخل عددا صحيحا (0 أو أكثر).',
    fr: 'Saisissez un nombre entier (0 ou plus).',
    en: 'Enter a whole number (0 or more).',
  },
  retentionDays: {
    ar: 'أدخل عدد أيام بين 1 و1095.',
    fr: 'Saisissez un nombre de jours entre 1 et 1095.',
    en: 'Enter a number of days between 1 and 1095.',
  },
  latitude: {
    ar: 'خط العرض بين -90 و90.',
    fr: 'La latitude est comprise entre -90 et 90.',
    en: 'Latitude is between -90 and 90.',
  },
  longitude: {
    ar: 'خط الطول بين -180 و180.',
    fr: 'La longitude est comprise entre -180 et 180.',
    en: 'Longitude is between -180 and 180.',
  },
  timeZone: {
    ar: 'منطقة زمنية غير معروفة.',
    fr: 'Fuseau horaire inconnu.',
    en: 'Unknown time zone.',
  },
  uniqueWorkshopIds: {
    ar: 'لكل ورشة معرف فريد.',
    fr: 'Chaque atelier doit avoir un identifiant unique.',
    en: 'Each workshop needs its own identifier.',
  },
  arabicTitle: {
    ar: 'العنوان بالعربية مطلوب.',
    fr: 'Le titre en arabe est obligatoire.',
    en: 'The Arabic title is required.',
  },
  slugTaken: {
    ar: 'هذا المعرف مستعمل للقاء آخر.',
    fr: 'Cet identifiant est déjà utilisé par une autre rencontre.',
    en: 'This identifier is already used by another meeting.',
  },
  capacityBelowSeats: {
    ar: 'لا يمكن أن تقل السعة عن عدد المقاعد المحجوزة الآن: ألغوا أو انقلوا تسجيلات أولا.',
    fr: 'La capacité ne peut pas être inférieure aux places déjà prises : annulez ou déplacez des inscriptions d’abord.',
    en: 'The capacity cannot be lower than the seats already taken: cancel or move registrations first.',
  },
  programmeSlugTaken: {
    ar: 'هذا المعرف مستعمل لبرنامج آخر.',
    fr: 'Cet identifiant est déjà utilisé par un autre programme.',
    en: 'This identifier is already used by another programme.',
  },
  programmeUnknown: {
    ar: 'لا يوجد برنامج بهذا المعرف.',
    fr: 'Aucun programme ne porte cet identifiant.',
    en: 'No programme has this identifier.',
  },
};

addValidationMessages(STAFF_VALIDATION_MESSAGES);
