// The “my registrations” page's words in French.
import type ar from '../ar/myRegistrations';

export default {
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
} satisfies Record<keyof typeof ar, string>;
