// The public programme page's words in French.
import type ar from '../ar/programme';

export default {
  notFound: 'Programme introuvable : son lien a peut-être changé.',
  timeline: 'Le parcours des rencontres',
  past: 'Rencontres tenues',
  open: 'Inscriptions ouvertes',
  upcoming: 'Rencontres à venir',
  noMeetings: 'Aucune rencontre annoncée pour l’instant.',
  meetingPage: 'Page de la rencontre',
  mapTitle: 'Lieux des rencontres et participants par région',
  mapDesc:
    'Chaque cercle est une région, à la taille de ses participants ; les losanges sont les lieux des rencontres, numérotés dans l’ordre.',
  participation: 'La participation à ce jour',
  participationNote:
    'Personnes présentes, toutes rencontres confondues. Les cases de moins de 3 personnes sont masquées (<3) pour protéger les données personnelles.',
  total: 'Total des participants : {n}',
  byMeeting: 'Par rencontre',
  byRegion: 'Par région',
  category: 'Catégorie',
  count: 'Nombre',
  proposals: 'Les propositions et leur sort',
  proposalsIntro:
    'Toutes les propositions recueillies lors des rencontres, sans le nom de leurs auteurs, avec ce qu’il advient de chacune.',
  filterMeeting: 'Rencontre',
  filterStatus: 'Sort',
  filterInstitution: 'Institution concernée',
  search: 'Rechercher dans les propositions',
  all: 'Toutes',
  shown: 'Propositions affichées : {n} sur {total}',
  none: 'Aucune proposition ne correspond à ce choix.',
  workshop: 'Atelier',
  explanation: 'Explication',
  institution: 'Institution concernée',
  downloads: 'Télécharger les données ouvertes',
  downloadsNote:
    'Ces données sont publiées sous licence {licence} ; chaque fichier porte sa date d’extraction.',
  proposalsCsv: 'Propositions (CSV)',
  proposalsJson: 'Propositions (JSON)',
  reportCsv: 'Tableaux de participation (CSV)',
  reportJson: 'Tableaux de participation (JSON)',
  'status.received': 'Reçue',
  'status.under-study': 'À l’étude',
  'status.retained': 'Retenue',
  'status.not-retained': 'Non retenue',
} satisfies Record<keyof typeof ar, string>;
