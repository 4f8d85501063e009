// The feedback form's words in French.
import type ar from '../ar/feedback';

export default {
  pageTitle: 'Votre avis sur la rencontre',
  'kind.on-site': 'Avis sur place',
  'kind.post-meeting': 'Avis après la rencontre',
  intro:
    'Pas besoin de compte ni de donner votre nom. Votre avis aide à améliorer les prochaines rencontres.',
  'rating.overall': 'Votre appréciation générale de la rencontre',
  'rating.content': 'Contenu et interventions',
  'rating.organization': 'Organisation',
  'rating.logistics': 'Logistique (salle, repas, transport)',
  'rating.facilitation': 'Animation des ateliers',
  details: 'Notes détaillées (facultatives)',
  'score.1': 'Très mauvais',
  'score.2': 'Mauvais',
  'score.3': 'Moyen',
  'score.4': 'Bien',
  'score.5': 'Excellent',
  noScore: 'Sans note',
  optional: 'facultatif',
  workshopId: 'L’atelier auquel vous avez participé',
  noWorkshop: 'La rencontre dans son ensemble',
  outputs: 'Les apports de l’atelier',
  outputsHint: 'Une idée par ligne, en phrases courtes.',
  problems: 'Problèmes soulevés',
  solutions: 'Solutions proposées',
  solutionsHint:
    'Chaque solution est publiée comme proposition, sans votre nom, et vous pouvez suivre ce qu’elle devient.',
  expectedResults: 'Résultats attendus',
  'add.problems': 'Ajouter un problème',
  'add.solutions': 'Ajouter une solution',
  'add.expectedResults': 'Ajouter un résultat',
  remove: 'Supprimer',
  removeEntry: 'Supprimer {label} {n}',
  comment: 'Commentaire',
  linkLegend: 'Lier votre avis à votre inscription',
  linkHint:
    'Si vous le liez, les organisateurs voient votre nom et vous recevez un e-mail quand le sort de vos propositions est décidé.',
  anonymous: 'Sans mon nom',
  linkedAs: 'Au nom de {name}',
  summary: 'Corrigez ceci avant d’envoyer :',
  submit: 'Envoyer mon avis',
  saving: 'Enregistrement…',
  saveFailed: 'Impossible d’enregistrer votre avis sur ce téléphone. Réessayez.',
  thanks: 'Merci pour votre avis',
  'result.waiting': 'Enregistré sur ce téléphone, envoi en cours.',
  'result.waitingOffline': 'Enregistré sur ce téléphone ; il sera envoyé dès le retour du réseau.',
  'result.sending': 'Envoi en cours…',
  'result.sent': 'Votre avis est parvenu aux organisateurs.',
  'result.refused': 'Votre avis n’a pas été accepté :',
  proposalsPublished:
    'Vos propositions ({n}) sont maintenant publiées sur la page des propositions.',
  seeProposals: 'Les propositions et leur sort',
  fixAndResend: 'Corriger et renvoyer',
  sendAnonymously: 'Envoyer sans le lier à mon inscription',
  another: 'Donner un autre avis',
  meetingPage: 'Page de la rencontre',
  notFound:
    'Rencontre introuvable : elle n’est peut-être pas encore publiée, ou son lien a changé.',
  offline:
    'Sans réseau, le formulaire ne s’ouvre que si la page de la rencontre a déjà été ouverte sur ce téléphone.',
  cached:
    'Vous êtes hors ligne : voici la dernière version enregistrée de la rencontre ; votre avis partira au retour du réseau.',
  draftRestored:
    'Nous avons remis ce que vous aviez déjà saisi sur ce téléphone, pas encore envoyé.',
  draftClear: 'Vider le formulaire',
} satisfies Record<keyof typeof ar, string>;
