// Validation messages the public forms need (registration, feedback), in ar/fr/en.
import { addValidationMessages } from './registry';

export const PUBLIC_VALIDATION_MESSAGES = {
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
  body: {
    ar: 'يجب أن يكون محتوى الطلب JSON صالحا.',
    fr: 'Le corps de la requête doit être un JSON valide.',
    en: 'The request body must be valid JSON.',
  },
  bodyDepth: {
    ar: 'محتوى الطلب متداخل أكثر من اللازم (32 مستوى على الأكثر).',
    fr: 'Le corps de la requête est trop imbriqué (32 niveaux au plus).',
    en: 'The request body is nested too deeply (32 levels at most).',
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
};

addValidationMessages(PUBLIC_VALIDATION_MESSAGES);
