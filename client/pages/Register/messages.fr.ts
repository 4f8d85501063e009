// The registration page's words in French (fetched only when chosen).
import type { RegisterCatalogue } from './messages';

export const fr: RegisterCatalogue = {
  text: {
    draftRestored:
      'Nous avons remis ce que vous aviez déjà saisi sur ce téléphone, pas encore envoyé.',
    draftClear: 'Vider le formulaire',
    pageTitle: 'Formulaire d’inscription',
    loading: 'Chargement…',
    notFound: 'Cette rencontre est introuvable. Vérifiez le lien.',
    retry: 'Réessayer',
    home: 'Retour aux rencontres',
    offline:
      'Pas de connexion, et cette page n’a jamais été ouverte sur ce téléphone. Réessayez quand le réseau revient.',
    cached:
      'Vous êtes hors ligne : voici les dernières informations enregistrées. Vous pouvez vous inscrire, la demande partira plus tard.',
    moroccoTime: 'heure du Maroc',
    opensOn: 'Ouverture le {date}.',
    openUntil: 'Jusqu’au {date}.',
    closedOn: 'Closes depuis le {date}.',
    already: 'Déjà inscrit·es depuis ce téléphone : {names}.',
    myRegistrations: 'Mes inscriptions',
    required: 'obligatoire',
    optional: 'facultatif',
    fullName: 'Nom complet',
    gender: 'Genre',
    genderWhy:
      'Le genre et l’âge servent seulement aux statistiques anonymes sur les participant·es.',
    ageBand: 'Tranche d’âge',
    role: 'Qualité',
    organization: 'Association ou organisme',
    provinceCode: 'Province ou préfecture où vous habitez',
    provinceWhy:
      'Pour la répartition des participant·es et l’aide au transport et à l’hébergement.',
    choose: 'Choisir…',
    contact: 'Comment vous joindre ?',
    contactWhy: 'Un e-mail, un téléphone ou les deux, pour confirmer votre place.',
    email: 'E-mail',
    phone: 'Téléphone',
    workshopId: 'Atelier souhaité',
    noPreference: 'Pas de préférence',
    accessibility: 'Avez-vous besoin d’aménagements ?',
    accessibilityWhy:
      'Pour que les organisateurs préparent la salle et l’aide nécessaire. Eux seuls le voient.',
    accessibilityNote: 'Précisions',
    privacyTitle: 'Protection de vos données (loi 09-08)',
    privacy:
      'Les organisateurs de cette rencontre gardent ces informations pour l’organiser, confirmer votre place, vous contacter et produire des statistiques anonymes, et pour rien d’autre. Elles sont conservées jusqu’à {days} jours après la rencontre, puis effacées. Vous pouvez voir, télécharger et effacer vos données à tout moment depuis votre lien personnel.',
    consent:
      'J’accepte que les organisateurs de cette rencontre traitent mes données comme indiqué ci-dessus.',
    photoConsent: 'J’accepte d’apparaître sur les photos et vidéos de la rencontre.',
    invitation: 'J’ai un code d’invitation',
    invitationCode: 'Code d’invitation',
    notEligible:
      'Cette rencontre est réservée à : {regions}. Si vous avez été invité·e, saisissez votre code.',
    submit: 'M’inscrire',
    saving: 'Enregistrement…',
    summary: 'Veuillez vérifier :',
    saveFailed: 'Impossible d’enregistrer sur ce téléphone (mémoire pleine ?). Réessayez.',
    resultTitle: 'Inscription : {name}',
    stepSaved: 'Enregistrée sur le téléphone',
    stepSent: 'Envoyée',
    stepConfirmed: 'Place confirmée',
    'result.waitingOffline':
      'Votre inscription est enregistrée sur ce téléphone. Elle partira toute seule quand le réseau reviendra : inutile de remplir à nouveau le formulaire.',
    'result.waiting': 'Votre inscription est enregistrée sur ce téléphone et part maintenant.',
    'result.sending': 'Envoi de votre inscription…',
    'result.pending':
      'Votre inscription est reçue. Les organisateurs confirmeront votre place et vous écriront.',
    'result.accepted':
      'Votre place est confirmée. Vous allez recevoir un message avec votre billet (code QR).',
    'result.waitlisted':
      'La rencontre est complète : vous êtes sur liste d’attente. Nous vous écrirons si une place se libère.',
    'result.rejected': 'Votre inscription n’a pas été retenue.',
    'result.cancelled': 'Cette inscription a été annulée.',
    'result.refused': 'La demande a été refusée.',
    privateLinkIntro:
      'Gardez ce lien privé pour voir, modifier ou annuler votre inscription. Ne le partagez pas.',
    privateLink: 'Lien privé de mon inscription',
    fixAndResend: 'Corriger et renvoyer',
    registerAnother: 'Inscrire une autre personne',
    recoverToggle: 'Lien perdu ? Recevez-le à nouveau',
    recoverIntro:
      'Saisissez l’e-mail ou le numéro de téléphone de votre inscription : si vous êtes inscrit(e) à cette rencontre, nous y renvoyons votre lien personnel et votre code de billet.',
    recoverField: 'E-mail ou téléphone',
    recoverSubmit: 'Recevoir mon lien',
    recoverSending: 'Envoi…',
    recoverSent:
      'Si vous êtes inscrit(e) à cette rencontre, nous avons envoyé votre lien à {contact}.',
    recoverOffline:
      'Pas de connexion : l’envoi du lien demande le réseau. Réessayez une fois en ligne.',
    recoverBusy: 'Trop de demandes depuis cette connexion. Réessayez dans une minute.',
    recoverFailed: 'L’envoi a échoué. Réessayez.',
    duplicateSent:
      'Vous êtes déjà inscrit(e) à cette rencontre : nous avons renvoyé votre lien à {contact}.',
  },
  gender: {
    female: 'Femme',
    male: 'Homme',
  },
  ageBand: {
    '18-30': '18-30 ans',
    '30-40': '30-40 ans',
    '40-50': '40-50 ans',
    '50-60': '50-60 ans',
    '60+': 'Plus de 60 ans',
    unknown: 'Je préfère ne pas répondre',
  },
  role: {
    elected: 'Élu·e d’un conseil',
    association: 'Acteur·rice associatif·ve',
    public_sector: 'Secteur public',
    academic: 'Chercheur·e / universitaire',
    citizen: 'Citoyen·ne',
    expert: 'Expert·e',
    other: 'Autre',
  },
  accessibility: {
    wheelchair: 'Accès en fauteuil roulant',
    sign_language: 'Interprétation en langue des signes',
    braille: 'Documents en braille',
    large_print: 'Documents en gros caractères',
    companion: 'Je viens avec un·e accompagnateur·rice',
    other: 'Autre besoin',
  },
};
