// The sentence that explains each support answer, in the participant's language. Distances
// are written in Latin digits, as Morocco writes them.
import type { Locale } from '../enums';
import { fill } from '../i18n/fill';

export type ReasonKey =
  | 'travel.covered'
  | 'travel.tooClose'
  | 'travel.local'
  | 'travel.disabled'
  | 'lodging.covered'
  | 'lodging.unreachable'
  | 'lodging.tooClose'
  | 'lodging.local'
  | 'lodging.disabled'
  | 'unknownProvince'
  | 'acceptedOnly';

export interface Reason {
  key: ReasonKey;
  params?: Record<string, string | number>;
}

const ar: Record<ReasonKey, string> = {
  'travel.covered':
    '{place} على بعد {km} كم من مكان اللقاء؛ يُتكفَّل بمصاريف التنقل ابتداءً من {min} كم.',
  'travel.tooClose':
    '{place} على بعد {km} كم من مكان اللقاء؛ لا يُتكفَّل بمصاريف التنقل إلا ابتداءً من {min} كم.',
  'travel.local':
    '{place} هو إقليم مكان اللقاء (0 كم)؛ لا يُتكفَّل بمصاريف التنقل إلا ابتداءً من {min} كم.',
  'travel.disabled': 'لا يشمل هذا اللقاء التكفل بمصاريف التنقل.',
  'lodging.covered': '{place} على بعد {km} كم من مكان اللقاء؛ يُتكفَّل بالإيواء ابتداءً من {min} كم.',
  'lodging.unreachable':
    '{place} على بعد {km} كم من مكان اللقاء: لا يمكن الوصول قبل الساعة {start} بالانطلاق في الصباح نفسه؛ يُتكفَّل بالإيواء.',
  'lodging.tooClose':
    '{place} على بعد {km} كم من مكان اللقاء؛ لا يُتكفَّل بالإيواء إلا ابتداءً من {min} كم.',
  'lodging.local': '{place} هو إقليم مكان اللقاء (0 كم)؛ لا يُتكفَّل بالإيواء إلا ابتداءً من {min} كم.',
  'lodging.disabled': 'لا يشمل هذا اللقاء التكفل بالإيواء.',
  unknownProvince: 'اختر إقليم الانطلاق لمعرفة ما يمكن التكفل به.',
  acceptedOnly: 'يمكن طلب الدعم بعد قبول تسجيلك.',
};

const fr: Record<ReasonKey, string> = {
  'travel.covered':
    '{place} est à {km} km du lieu de la rencontre ; le transport est pris en charge à partir de {min} km.',
  'travel.tooClose':
    "{place} est à {km} km du lieu de la rencontre ; le transport n'est pris en charge qu'à partir de {min} km.",
  'travel.local':
    "{place} est la province du lieu de la rencontre (0 km) ; le transport n'est pris en charge qu'à partir de {min} km.",
  'travel.disabled': 'Cette rencontre ne prend pas en charge le transport.',
  'lodging.covered':
    "{place} est à {km} km du lieu de la rencontre ; l'hébergement est pris en charge à partir de {min} km.",
  'lodging.unreachable':
    "{place} est à {km} km du lieu de la rencontre : en partant le matin même, on ne peut pas arriver pour {start} ; l'hébergement est pris en charge.",
  'lodging.tooClose':
    "{place} est à {km} km du lieu de la rencontre ; l'hébergement n'est pris en charge qu'à partir de {min} km.",
  'lodging.local':
    "{place} est la province du lieu de la rencontre (0 km) ; l'hébergement n'est pris en charge qu'à partir de {min} km.",
  'lodging.disabled': "Cette rencontre ne prend pas en charge l'hébergement.",
  unknownProvince:
    'Choisissez votre province de départ pour savoir ce qui peut être pris en charge.',
  acceptedOnly: 'Le soutien peut être demandé une fois votre inscription acceptée.',
};

const en: Record<ReasonKey, string> = {
  'travel.covered': '{place} is {km} km from the venue; travel is covered from {min} km.',
  'travel.tooClose': '{place} is {km} km from the venue; travel is only covered from {min} km.',
  'travel.local':
    "{place} is the venue's own province (0 km); travel is only covered from {min} km.",
  'travel.disabled': 'This meeting does not cover travel costs.',
  'lodging.covered': '{place} is {km} km from the venue; lodging is covered from {min} km.',
  'lodging.unreachable':
    '{place} is {km} km from the venue: leaving the same morning, a {start} start cannot be reached; lodging is covered.',
  'lodging.tooClose': '{place} is {km} km from the venue; lodging is only covered from {min} km.',
  'lodging.local':
    "{place} is the venue's own province (0 km); lodging is only covered from {min} km.",
  'lodging.disabled': 'This meeting does not cover lodging.',
  unknownProvince: 'Choose your departure province to see what can be covered.',
  acceptedOnly: 'Support can be requested once your registration is accepted.',
};

const CATALOGUES: Record<Locale, Record<ReasonKey, string>> = { ar, fr, en };

export function reasonText(reason: Reason, locale: Locale): string {
  return fill(CATALOGUES[locale][reason.key], reason.params);
}
