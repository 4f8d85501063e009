// The participant report screen's words in French.
import type ar from '../ar/staffReport';

export default {
  title: 'Rapport des participants',
  basis: 'Qui compter ?',
  'basis.attended': 'Présents (arrivée enregistrée)',
  'basis.accepted': 'Acceptés',
  'basis.registered': 'Tous les inscrits, sauf annulés',
  print: 'Imprimer / PDF',
  files: 'Télécharger les tableaux',
  csv: 'CSV',
  xlsx: 'Excel (XLSX)',
  hideSmall: 'Masquer les cases de moins de 3 personnes (pour diffuser hors de l’équipe)',
  updating: 'Mise à jour…',
  back: 'Retour à la rencontre',
  notFound: 'Cette rencontre est introuvable.',
} satisfies Record<keyof typeof ar, string>;
