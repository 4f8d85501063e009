// The “my registrations” page's words in English.
import type ar from '../ar/myRegistrations';

export default {
  title: 'My registrations',
  intro:
    'Registrations made from this phone. The private link lets you see, change or cancel a registration from any device.',
  empty: 'No registrations on this phone yet.',
  meetings: 'Browse meetings',
  loading: 'Loading…',
  status: 'Status',
  open: 'See my registration',
  showTicket: 'Show my ticket',
  hideTicket: 'Hide the ticket',
  edit: 'Change my details',
  cancel: 'Cancel the registration',
  noLinkYet: 'The private link appears once the registration has arrived.',
  registerAgain: 'Register again',
  getLink: 'Get my link',
  linkSent: 'If you are registered for this meeting, we have sent your link to {contact}.',
  linkOffline: 'No connection: sending your link needs the network. Try again once you are online.',
  linkBusy: 'Too many requests from this connection. Try again in a minute.',
  linkFailed: 'Sending failed. Try again.',
  forget: 'Remove from this phone',
  withdraw: 'Do not send this registration',
  forgetConfirm:
    'Remove {name}’s registration from this phone? It stays valid with the organizers; to cancel it, use the private link.',
  forgetUnsentConfirm:
    '{name}’s registration has not been sent yet: removing it from this phone cancels it. Remove it?',
  offline: 'You are offline: this is the last known status.',
} satisfies Record<keyof typeof ar, string>;
