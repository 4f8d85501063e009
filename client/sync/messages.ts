// The outbox's words (header status, registration progress), Arabic first.
import type { Locale } from '../../shared/enums';
import type { RegistrationProgress } from './registrations';

const ar = {
  waiting: 'في انتظار الإرسال: {n}',
  waitingOffline: 'محفوظ على هذا الهاتف، في انتظار الاتصال: {n}',
  sending: 'جارٍ الإرسال…',
  refused: 'لم يُقبل: {n} — راجع «تسجيلاتي»',
  deskRefused: 'رفض الخادم {n} من تسجيلات الحضور — افتح مكتب الاستقبال',
  allSent: 'تم إرسال كل شيء',
  'progress.waiting': 'في انتظار الإرسال',
  'progress.sending': 'جارٍ الإرسال…',
  'progress.refused': 'رُفض الطلب',
  'progress.pending': 'أُرسل — في انتظار التأكيد',
  'progress.accepted': 'مؤكَّد — مقعدك محجوز',
  'progress.waitlisted': 'أُرسل — في لائحة الانتظار',
  'progress.rejected': 'لم يُقبل',
  'progress.cancelled': 'أُلغي',
};

export type SyncMessageKey = keyof typeof ar;

const fr: Record<SyncMessageKey, string> = {
  waiting: 'En attente d’envoi : {n}',
  waitingOffline: 'Enregistré sur ce téléphone, en attente de réseau : {n}',
  sending: 'Envoi en cours…',
  refused: 'Refusé : {n} — voir « Mes inscriptions »',
  deskRefused: 'Pointages refusés par le serveur : {n} — ouvrir l’accueil',
  allSent: 'Tout est envoyé',
  'progress.waiting': 'En attente d’envoi',
  'progress.sending': 'Envoi en cours…',
  'progress.refused': 'Demande refusée',
  'progress.pending': 'Envoyée — en attente de confirmation',
  'progress.accepted': 'Confirmée — votre place est réservée',
  'progress.waitlisted': 'Envoyée — sur liste d’attente',
  'progress.rejected': 'Non retenue',
  'progress.cancelled': 'Annulée',
};

const en: Record<SyncMessageKey, string> = {
  waiting: 'Waiting to send: {n}',
  waitingOffline: 'Saved on this phone, waiting for a connection: {n}',
  sending: 'Sending…',
  refused: 'Refused: {n} — see “My registrations”',
  deskRefused: 'Check-ins the server refused: {n} — open the desk',
  allSent: 'All sent',
  'progress.waiting': 'Waiting to send',
  'progress.sending': 'Sending…',
  'progress.refused': 'Request refused',
  'progress.pending': 'Sent — awaiting confirmation',
  'progress.accepted': 'Confirmed — your seat is reserved',
  'progress.waitlisted': 'Sent — on the waiting list',
  'progress.rejected': 'Not accepted',
  'progress.cancelled': 'Cancelled',
};

export const SYNC_MESSAGES: Record<Locale, Record<SyncMessageKey, string>> = { ar, fr, en };

export function syncText(
  locale: Locale,
  key: SyncMessageKey,
  params: Record<string, string | number> = {},
): string {
  const template = SYNC_MESSAGES[locale][key] ?? SYNC_MESSAGES.ar[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function progressText(locale: Locale, progress: RegistrationProgress): string {
  return syncText(locale, `progress.${progress}`);
}
