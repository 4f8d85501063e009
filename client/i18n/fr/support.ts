// The support request page's words in French.
import type ar from '../ar/support';

export default {
  title: 'Demande de prise en charge : transport et hébergement',
  intro:
    'Les organisateurs prennent en charge le transport ou l’hébergement selon la distance entre votre province et le lieu de la rencontre, dans la limite du budget.',
  policy:
    'Transport pris en charge à partir de {travel} km ; hébergement à partir de {lodging} km.',
  noSupport: 'Cette rencontre ne prend en charge ni le transport ni l’hébergement.',
  noLink: 'Ouvrez d’abord le lien privé de votre inscription sur ce téléphone, puis revenez ici.',
  invalid: 'Ce lien n’est pas ou plus valide.',
  offline:
    'Vous êtes hors ligne et cette rencontre n’est pas encore enregistrée sur ce téléphone. Réessayez une fois connecté·e.',
  retry: 'Réessayer',
  cached: 'Vous êtes hors ligne : voici les dernières informations enregistrées sur ce téléphone.',
  travel: 'Frais de transport',
  lodging: 'Hébergement',
  askLegend: 'Que demandez-vous ?',
  departure: 'Province de départ',
  departureHint: 'La province d’où vous partez pour venir à la rencontre.',
  choose: 'Choisissez la province',
  nights: 'Nombre de nuits',
  note: 'Remarque pour les organisateurs (facultatif)',
  preview: 'Ce qui peut être pris en charge',
  previewNote: 'Calculé sur ce téléphone, avec la règle même des organisateurs.',
  eligible: 'Éligible',
  notEligible: 'Non éligible',
  send: 'Envoyer la demande',
  nothing: 'Choisissez le transport, l’hébergement ou les deux.',
  change: 'Modifier ma demande',
  withdraw: 'Retirer ma demande',
  yourRequest: 'Votre demande',
  waiting: 'Enregistrée sur ce téléphone ; elle sera envoyée automatiquement au retour du réseau.',
  sending: 'Envoi en cours…',
  received: 'Votre demande est parvenue aux organisateurs.',
  withdrawn: 'Vous avez retiré votre demande.',
  refused: 'Demande refusée',
  dismiss: 'D’accord',
  decision: 'Décision',
  'decision.pending': 'En attente de la décision du comité',
  'decision.approved': 'Accordée',
  'decision.declined': 'Non accordée',
  budgetNote:
    'Être éligible ne vaut pas accord : le comité décide dans la limite des places et des chambres.',
  back: 'Mes inscriptions',
  draftRestored:
    'Nous avons remis ce que vous aviez déjà saisi dans cette demande sur ce téléphone, pas encore envoyé.',
  draftClear: 'Effacer ma saisie',
} satisfies Record<keyof typeof ar, string>;
