// The words of every validation error, in the three languages; schemas refer to them by key.
import type { Locale } from '../enums';

type Catalogue = Record<string, Record<Locale, string>>;

export const VALIDATION_MESSAGES = {
  required: {
    ar: 'هذا الحقل مطلوب.',
    fr: 'Ce champ est obligatoire.',
    en: 'This field is required.',
  },
  invalid: {
    ar: 'القيمة غير صالحة.',
    fr: 'Valeur non valide.',
    en: 'This value is not valid.',
  },
  choice: {
    ar: 'اختر أحد الخيارات المقترحة.',
    fr: 'Choisissez une des options proposées.',
    en: 'Choose one of the options offered.',
  },
  tooLong: {
    ar: 'النص طويل جدا.',
    fr: 'Le texte est trop long.',
    en: 'The text is too long.',
  },
  email: {
    ar: 'أدخل بريدا إلكترونيا صحيحا، مثل name@example.ma.',
    fr: 'Saisissez une adresse e-mail valide, par exemple nom@exemple.ma.',
    en: 'Enter a valid e-mail address, such as name@example.ma.',
  },
  password: {
    ar: 'يجب أن تتكون كلمة المرور من 10 أحرف على الأقل.',
    fr: 'Le mot de passe doit compter au moins 10 caractères.',
    en: 'The password must have at least 10 characters.',
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
  body: {
    ar: 'يجب أن يكون محتوى الطلب JSON صالحا.',
    fr: 'Le corps de la requête doit être un JSON valide.',
    en: 'The request body must be valid JSON.',
  },
  slugTaken: {
    ar: 'هذا المعرف مستعمل للقاء آخر.',
    fr: 'Cet identifiant est déjà utilisé par une autre rencontre.',
    en: 'This identifier is already used by another meeting.',
  },
  phone: {
    ar: 'أدخل رقم هاتف صحيحا، مثل 0612345678 أو ‎+212612345678.',
    fr: 'Saisissez un numéro valide, par exemple 0612345678 ou +212612345678.',
    en: 'Enter a valid phone number, such as 0612345678 or +212612345678.',
  },
  contact: {
    ar: 'أدخل بريدا إلكترونيا أو رقم هاتف لنتمكن من تأكيد مقعدك.',
    fr: 'Indiquez un e-mail ou un téléphone pour que nous puissions confirmer votre place.',
    en: 'Give an e-mail or a phone number so we can confirm your seat.',
  },
  consent: {
    ar: 'يجب الموافقة على معالجة بياناتك للتسجيل.',
    fr: 'Votre accord au traitement de vos données est nécessaire pour vous inscrire.',
    en: 'Your consent to the processing of your data is needed to register.',
  },
  invitationCode: {
    ar: 'رمز الدعوة غير معروف لهذا اللقاء.',
    fr: "Ce code d'invitation n'est pas valable pour cette rencontre.",
    en: 'This invitation code is not valid for this meeting.',
  },
  unknownField: {
    ar: 'حقل غير متوقع.',
    fr: 'Champ inattendu.',
    en: 'Unexpected field.',
  },
} satisfies Catalogue;

export type ValidationMessageKey = keyof typeof VALIDATION_MESSAGES;

export function validationMessage(key: ValidationMessageKey, locale: Locale): string {
  return VALIDATION_MESSAGES[key][locale];
}
