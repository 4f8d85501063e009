// E-mail texts in French.
import type { MailCatalogue } from './types';

export const fr: MailCatalogue = {
  dir: 'ltr',
  weekdays: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  months: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  when: '{weekday} {day} {month} {year}, de {start} à {end} (heure du Maroc)',
  whenElsewhere: '{weekday} {day} {month} {year}, de {start} à {end} ({zone})',
  greeting: 'Bonjour {name},',
  labels: {
    when: 'Quand',
    where: 'Où',
    map: 'Voir le lieu sur la carte',
    programme: 'Programme',
    workshop: 'Votre atelier',
    bring: 'À apporter',
    privateLink: 'Votre lien personnel',
    contact: 'Contacter les organisateurs',
    ticketCode: 'Votre code de billet',
    support: "Prise en charge du transport et de l'hébergement",
  },
  bring:
    "Votre billet (code QR imprimé ou sur votre téléphone) ou votre carte nationale d'identité.",
  ticket: "Billet d'entrée : présentez ce code QR à l'accueil.",
  ticketCode: 'Si le QR ne peut pas être lu, votre code de billet :',
  linkNote:
    'Ce lien vous permet de consulter, modifier ou annuler votre inscription. Ne le partagez pas.',
  openLink: 'Ouvrir mon inscription',
  supportNote:
    "Cette rencontre peut prendre en charge le transport ou l'hébergement des participants qui viennent de loin. Faites la demande par votre lien privé : vous saurez tout de suite si vous y avez droit.",
  supportLink: "Demander une prise en charge du transport ou de l'hébergement",
  footer: 'Message automatique de Liqa, merci de ne pas y répondre.',
  footerReply: 'Message envoyé par Liqa ; votre réponse parvient aux organisateurs.',
  attachments: { ticket: 'billet-liqa.png', calendar: 'liqa.ics' },
  support: {
    label: 'Votre demande de prise en charge',
    travel: 'Frais de transport : {decision}',
    lodging: 'Hébergement : {decision}',
    nights: 'Hébergement : {decision}, nombre de nuits : {nights}',
    approved: 'accordé',
    declined: 'non accordé',
    note: 'Vous pouvez retrouver cette décision à tout moment grâce à votre lien personnel.',
  },
  feedback: { label: 'Votre avis', link: 'Évaluer la rencontre et faire des propositions' },
  proposal: {
    label: 'Votre proposition',
    outcome: 'Sort',
    explanation: 'Explication',
    institution: 'Institution concernée',
    all: 'Voir le sort de toutes les propositions',
    status: {
      received: 'Reçue',
      'under-study': 'À l’étude',
      retained: 'Retenue',
      'not-retained': 'Non retenue',
    },
  },
  kinds: {
    confirmation: {
      subject: 'Participation confirmée : {title}',
      heading: 'Votre place est confirmée',
      intro:
        "Nous avons le plaisir de confirmer votre participation à cette rencontre. Vous trouverez ci-dessous le lieu et l'horaire.",
    },
    promoted: {
      subject: 'Une place s’est libérée : participation confirmée à {title}',
      heading: "Vous passez de la liste d'attente à la liste des participants",
      intro:
        "Une place s'est libérée et nous avons le plaisir de confirmer votre participation. Vous trouverez ci-dessous le lieu et l'horaire.",
    },
    waitlisted: {
      subject: "Liste d'attente : {title}",
      heading: "Vous êtes sur la liste d'attente",
      intro:
        "Toutes les places disponibles sont attribuées pour l'instant ; vous êtes sur la liste d'attente. Nous vous écrirons dès qu'une place se libère.",
    },
    received: {
      subject: 'Inscription reçue : {title}',
      heading: "Votre demande est à l'étude",
      intro:
        'Nous avons bien reçu votre demande d’inscription. Les organisateurs vont l’examiner ; vous recevrez un message dès qu’une décision sera prise.',
    },
    cancellation: {
      subject: 'Inscription annulée : {title}',
      heading: 'Votre inscription est annulée',
      intro:
        "Votre inscription à cette rencontre est annulée. S'il s'agit d'une erreur, vous pouvez vous réinscrire tant que les inscriptions sont ouvertes.",
    },
    reminder: {
      subject: 'Rappel : {title}',
      heading: 'La rencontre approche',
      intro:
        "La rencontre à laquelle vous êtes inscrit(e) approche. N'oubliez pas votre billet d'entrée.",
    },
    'support-decision': {
      subject: 'Votre demande de prise en charge : {title}',
      heading: "La décision du comité d'organisation",
      intro:
        "Le comité d'organisation a examiné votre demande de prise en charge du transport ou de l'hébergement. Voici sa décision.",
    },
    'feedback-invitation': {
      subject: 'Votre avis sur la rencontre : {title}',
      heading: 'Qu’avez-vous pensé de la rencontre ?',
      intro:
        'Merci de votre participation. Évaluez la rencontre et proposez des solutions : quelques minutes suffisent.',
    },
    'proposal-outcome': {
      subject: 'Le sort de votre proposition : {title}',
      heading: 'Ce qu’il advient de votre proposition',
      intro:
        'Les organisateurs ont examiné les propositions faites lors de cette rencontre. Voici le sort de la vôtre.',
    },
    recover: {
      subject: 'Votre lien personnel : {title}',
      heading: 'Votre lien personnel, envoyé à nouveau',
      intro:
        "Quelqu'un a demandé que le lien personnel de cette inscription soit envoyé à nouveau, à l'adresse de votre inscription. Le voici. Si ce n'est pas vous, ignorez simplement ce message.",
    },
  },
};
