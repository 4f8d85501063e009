// The support request page's words in English.
import type ar from '../ar/support';

export default {
  title: 'Travel and lodging support',
  intro:
    'The organizers cover travel or lodging depending on the distance from your province to the venue, within their budget.',
  policy: 'Travel is covered from {travel} km; lodging from {lodging} km.',
  noSupport: 'This meeting covers neither travel nor lodging.',
  noLink: 'Open your registration’s private link on this phone first, then come back here.',
  invalid: 'This link is not (or no longer) valid.',
  offline:
    'You are offline and this meeting is not saved on this phone yet. Try again once connected.',
  retry: 'Try again',
  cached: 'You are offline: this is the last information saved on this phone.',
  travel: 'Travel costs',
  lodging: 'Lodging',
  askLegend: 'What are you asking for?',
  departure: 'Departure province',
  departureHint: 'The province you travel from to the meeting.',
  choose: 'Choose the province',
  nights: 'Number of nights',
  note: 'Note for the organizers (optional)',
  preview: 'What can be covered',
  previewNote: 'Worked out on this phone, with the organizers’ own rule.',
  eligible: 'Eligible',
  notEligible: 'Not eligible',
  send: 'Send the request',
  nothing: 'Choose travel, lodging or both.',
  change: 'Change my request',
  withdraw: 'Withdraw my request',
  yourRequest: 'Your request',
  waiting: 'Saved on this phone; it will be sent automatically when the connection returns.',
  sending: 'Sending…',
  received: 'Your request has reached the organizers.',
  withdrawn: 'You withdrew your request.',
  refused: 'Request refused',
  dismiss: 'OK',
  decision: 'Decision',
  'decision.pending': 'Awaiting the committee’s decision',
  'decision.approved': 'Approved',
  'decision.declined': 'Not approved',
  budgetNote:
    'Being eligible is not an approval: the committee decides within the seats and rooms available.',
  back: 'My registrations',
  draftRestored:
    'We have put back what you had already typed into this request on this phone, not yet sent.',
  draftClear: 'Clear what I typed',
} satisfies Record<keyof typeof ar, string>;
