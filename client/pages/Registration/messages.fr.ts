// The private link page's words in French (fetched when chosen).
import type { RegistrationCatalogue } from './messages';

export const fr: RegistrationCatalogue = {
  title: 'Mon inscription',
  kicker: 'Mon inscription à la rencontre',
  invalidTitle: 'Ce lien n’est pas valide',
  invalidBody:
    'Il a peut-être été copié incomplet, ou il appartient à une autre inscription. Ouvrez le lien complet du message reçu après votre inscription.',
  myRegistrations: 'Mes inscriptions',
  home: 'Retour aux rencontres',
  offlineNever:
    'Pas de connexion, et cette inscription n’a jamais été ouverte sur ce téléphone. Réessayez quand la connexion reviendra.',
  retry: 'Réessayer',
  cached: 'Vous êtes hors ligne : voici la dernière copie enregistrée sur ce téléphone.',
  lastUpdated: 'Dernière mise à jour : {time}',
  keepPrivate:
    'Ne partagez pas cette page : qui possède son lien peut modifier ou annuler votre inscription.',
  statusTitle: 'État de l’inscription',
  'status.pending': 'En attente de confirmation',
  'status.accepted': 'Place confirmée',
  'status.waitlisted': 'Sur liste d’attente',
  'status.rejected': 'Non retenue',
  'status.cancelled': 'Annulée',
  'explain.pending':
    'Votre inscription est arrivée. Les organisateurs vont l’examiner et confirmer votre place ; vous recevrez un message.',
  'explain.accepted':
    'Votre place est réservée. Le jour de la rencontre, présentez votre billet (code QR) : ci-dessous, ou dans le message de confirmation.',
  'explain.waitlisted':
    'Toutes les places sont prises : vous êtes sur liste d’attente. Si une place se libère, elle est donnée dans l’ordre de la liste et vous recevrez un message.',
  'explain.rejected': 'Votre inscription n’a pas été retenue pour cette rencontre.',
  'explain.cancelled':
    'Cette inscription est annulée : vous n’avez plus de place à cette rencontre.',
  cancelPending:
    'La demande d’annulation est enregistrée sur ce téléphone et sera envoyée dès qu’il y aura du réseau.',
  details: 'Vos informations',
  province: 'Province ou préfecture',
  workshop: 'Atelier',
  noWorkshop: 'Pas de préférence',
  accessibility: 'Aménagements',
  accessibilityNote: 'Précisions',
  none: 'Aucun',
  notGiven: 'Non renseigné',
  photos: 'Photos',
  photosYes: 'Vous acceptez d’apparaître sur les photos de la rencontre',
  photosNo: 'Vous n’acceptez pas d’apparaître sur les photos de la rencontre',
  actions: 'Que voulez-vous faire ?',
  edit: 'Modifier mes informations',
  cancel: 'Annuler mon inscription',
  forget: 'Effacer mes données de ce téléphone',
  editTitle: 'Modifier mes informations',
  save: 'Enregistrer les modifications',
  saving: 'Enregistrement…',
  back: 'Retour sans enregistrer',
  summary: 'Veuillez vérifier ce qui suit :',
  unchanged: 'Vous n’avez rien modifié.',
  cannotClear: 'Cette information ne peut pas être effacée ici, mais vous pouvez la changer.',
  saveFailed: 'Impossible d’enregistrer sur ce téléphone (mémoire peut-être pleine). Réessayez.',
  cancelTitle: 'Annuler votre inscription ?',
  cancelBody:
    'Si vous annulez, votre place sera donnée à la personne suivante sur la liste d’attente. L’annulation est définitive.',
  cancelConfirm: 'Oui, annuler mon inscription',
  cancelKeep: 'Non, garder mon inscription',
  forgetTitle: 'Effacer vos données de ce téléphone ?',
  forgetBody:
    'Votre nom, vos informations et le lien privé seront effacés de ce téléphone. Votre inscription reste valable auprès des organisateurs ; vous pourrez la rouvrir avec le lien de votre message.',
  forgetUnsent: 'Certaines modifications ne sont pas encore envoyées : elles seront perdues.',
  forgetConfirm: 'Oui, effacer de ce téléphone',
  forgetKeep: 'Non, garder',
  forgottenTitle: 'Vos données ont été effacées de ce téléphone',
  forgottenBody:
    'Ce téléphone ne garde plus votre inscription. Elle reste inchangée auprès des organisateurs.',
  'edit.waiting': 'Vos modifications sont enregistrées sur ce téléphone et partent maintenant.',
  'edit.waitingOffline':
    'Vos modifications sont enregistrées sur ce téléphone et seront envoyées automatiquement au retour du réseau.',
  'edit.sending': 'Envoi de vos modifications…',
  'edit.sent': 'Vos modifications sont enregistrées auprès des organisateurs.',
  'edit.refused': 'Vos modifications n’ont pas été acceptées :',
  'cancel.waiting': 'La demande d’annulation est enregistrée sur ce téléphone et part maintenant.',
  'cancel.waitingOffline':
    'La demande d’annulation est enregistrée sur ce téléphone et sera envoyée automatiquement au retour du réseau.',
  'cancel.sending': 'Envoi de la demande d’annulation…',
  'cancel.sent': 'Votre inscription est annulée.',
  'cancel.refused': 'La demande d’annulation n’a pas été acceptée :',
  dismiss: 'OK',
  fix: 'Corriger mes modifications',
};
