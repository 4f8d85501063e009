// French.
import type { Catalogue } from './ar';

export const fr: Catalogue = {
  'app.name': 'Liqa',
  'app.tagline': 'Rencontres de concertation du Gouvernement ouvert',
  'shell.skip': 'Aller au contenu',
  'shell.language': 'Langue',
  'shell.myRegistrations': 'Mes inscriptions',
  'shell.staff': 'Espace organisateurs',
  'shell.loading': 'Chargement…',
  'shell.moroccoTime': 'heure du Maroc',
  'shell.network': 'Impossible de joindre le serveur. Vérifiez la connexion puis réessayez.',
  'shell.retry': 'Réessayer',
  'shell.home': 'Retour aux rencontres',
  'notFound.title': 'Page introuvable',
  'notFound.body':
    "Nous n'avons pas trouvé cette page. Le lien a peut-être changé ou contient une erreur.",
  'error.title': 'Une erreur est survenue',
  'error.body':
    "Cette page n'a pas pu s'afficher. Rechargez-la : les informations enregistrées sur l'appareil ne sont pas perdues.",
  'error.reload': 'Recharger la page',
  'update.available': "Une nouvelle version de l'application est disponible.",
  'update.reload': 'Mettre à jour',
  'soon.title': 'Bientôt',
  'soon.body': "Cette page n'est pas encore disponible.",
  'state.not-open': 'Inscriptions pas encore ouvertes',
  'state.open': 'Inscriptions ouvertes',
  'state.closed': 'Inscriptions closes',
  'home.title': 'Rencontres de concertation',
  'home.intro': 'Choisissez une rencontre pour voir son programme, son lieu et vous y inscrire.',
  'home.empty': "Aucune rencontre n'est publiée pour le moment.",
  'meeting.when': 'Date',
  'meeting.where': 'Lieu',
  'meeting.timeRange': 'de {start} à {end}',
  'meeting.map': 'Voir le lieu sur la carte',
  'meeting.contact': 'Contacter les organisateurs',
  'meeting.programme': 'Programme',
  'meeting.workshops': 'Ateliers thématiques',
  'meeting.seats': 'Places : {n}',
  'meeting.registration': 'Inscription',
  'meeting.opensOn': 'Les inscriptions ouvrent le {date}.',
  'meeting.openUntil': "Inscriptions ouvertes jusqu'au {date}.",
  'meeting.closedOn': 'Les inscriptions ont fermé le {date}.',
  'meeting.register': "S'inscrire à cette rencontre",
  'meeting.recover': 'Lien perdu ? Recevez-le à nouveau',
  'meeting.who': 'Qui peut s’inscrire',
  'meeting.whoRegions':
    'Les habitant·es de la région : {regions}. Les autres s’inscrivent avec un code d’invitation.',
  'meeting.whoAll': 'L’inscription est ouverte à toutes et tous.',
  'meeting.support': 'Transport et hébergement',
  'meeting.supportBoth':
    'Transport pris en charge à partir de {travelKm} km du lieu, hébergement à partir de {lodgingKm} km. La demande se fait après l’inscription.',
  'meeting.supportTravel':
    'Transport pris en charge à partir de {travelKm} km du lieu. La demande se fait après l’inscription.',
  'meeting.supportLodging':
    'Hébergement pris en charge à partir de {lodgingKm} km du lieu. La demande se fait après l’inscription.',
  'meeting.supportNone':
    'Ni le transport ni l’hébergement ne sont pris en charge pour cette rencontre.',
  'meeting.notFound':
    "Rencontre introuvable. Elle n'est peut-être pas encore publiée, ou son lien a changé.",
};
