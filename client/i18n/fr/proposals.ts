// The public proposals page's words in French.
import type ar from '../ar/proposals';

export default {
  title: 'Les propositions et leur sort',
  intro:
    'Les solutions proposées par les participants sont publiées ici, sans leur nom, avec ce qu’il advient de chacune. Toute proposition non retenue est expliquée.',
  count: 'Nombre de propositions : {n}',
  empty: 'Aucune proposition publiée pour l’instant.',
  general: 'Propositions générales',
  explanation: 'Explication',
  institution: 'Institution concernée',
  status: 'Sort',
  giveFeedback: 'Donner votre avis et vos propositions',
  meetingPage: 'Page de la rencontre',
  notFound:
    'Rencontre introuvable : elle n’est peut-être pas encore publiée, ou son lien a changé.',
  'status.received': 'Reçue',
  'status.under-study': 'À l’étude',
  'status.retained': 'Retenue',
  'status.not-retained': 'Non retenue',
} satisfies Record<keyof typeof ar, string>;
