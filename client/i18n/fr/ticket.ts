// The entry ticket's words in French.
import type ar from '../ar/ticket';

export default {
  title: 'Billet d’entrée',
  show: 'Présentez ce code à l’accueil le jour de la rencontre. Il fonctionne même sans connexion.',
  qrLabel: 'Code QR du billet d’entrée de {name}',
  drawing: 'Dessin du code…',
  qrFailed:
    'Le code QR ne peut pas être dessiné sur ce téléphone. Donnez le code écrit ci-dessous à l’accueil.',
  codeLabel: 'Si le scan échoue, l’accueil saisit ce code :',
  private: 'Ne partagez pas votre billet : il n’est valable que pour vous.',
} satisfies Record<keyof typeof ar, string>;
