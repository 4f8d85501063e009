// The ticket's words, in the three languages (a few lines: no lazy loading of their own).
import type { Locale } from '../../../shared/enums';

const ar = {
  title: 'تذكرة الدخول',
  show: 'اعرض هذا الرمز عند الاستقبال يوم اللقاء. يعمل حتى دون اتصال.',
  qrLabel: 'رمز QR لتذكرة دخول {name}',
  drawing: 'جارٍ رسم الرمز…',
  qrFailed: 'تعذر رسم رمز QR على هذا الهاتف. أعطِ الرمز المكتوب أسفله لموظف الاستقبال.',
  codeLabel: 'إن تعذر المسح، يكتب موظف الاستقبال هذا الرمز:',
  private: 'لا تشارك تذكرتك: هي خاصة بك وحدك.',
};

type Key = keyof typeof ar;

const fr: Record<Key, string> = {
  title: 'Billet d’entrée',
  show: 'Présentez ce code à l’accueil le jour de la rencontre. Il fonctionne même sans connexion.',
  qrLabel: 'Code QR du billet d’entrée de {name}',
  drawing: 'Dessin du code…',
  qrFailed:
    'Le code QR ne peut pas être dessiné sur ce téléphone. Donnez le code écrit ci-dessous à l’accueil.',
  codeLabel: 'Si le scan échoue, l’accueil saisit ce code :',
  private: 'Ne partagez pas votre billet : il n’est valable que pour vous.',
};

const en: Record<Key, string> = {
  title: 'Entry ticket',
  show: 'Show this code at the reception desk on the day. It works even without a connection.',
  qrLabel: 'QR code of {name}’s entry ticket',
  drawing: 'Drawing the code…',
  qrFailed: 'The QR code cannot be drawn on this phone. Give the written code below to the desk.',
  codeLabel: 'If the scan fails, the desk types this code:',
  private: 'Do not share your ticket: it is valid for you only.',
};

const CATALOGUES: Record<Locale, Record<Key, string>> = { ar, fr, en };

export function tw(locale: Locale, key: Key, params: Record<string, string> = {}): string {
  return (CATALOGUES[locale][key] || ar[key]).replace(
    /\{(\w+)\}/g,
    (whole, name: string) => params[name] ?? whole,
  );
}
