// English.
import type { Catalogue } from './ar';

export const en: Catalogue = {
  'app.name': 'Liqa',
  'app.tagline': 'Open Government consultation meetings',
  'shell.skip': 'Skip to content',
  'shell.language': 'Language',
  'shell.myRegistrations': 'My registrations',
  'shell.staff': 'Organizers',
  'shell.loading': 'Loading…',
  'shell.moroccoTime': 'Morocco time',
  'shell.network': 'Could not reach the server. Check the connection and try again.',
  'shell.retry': 'Try again',
  'shell.home': 'Back to meetings',
  'notFound.title': 'Page not found',
  'notFound.body': 'We could not find this page. The link may have changed or contain a typo.',
  'error.title': 'Something went wrong',
  'error.body':
    'This page could not be shown. Reload it: what is saved on this device is not lost.',
  'error.reload': 'Reload the page',
  'update.available': 'A new version of the app is available.',
  'update.reload': 'Update',
  'soon.title': 'Coming soon',
  'soon.body': 'This page is not available yet.',
  'state.not-open': 'Registration not open yet',
  'state.open': 'Registration open',
  'state.closed': 'Registration closed',
  'home.title': 'Consultation meetings',
  'home.intro': 'Choose a meeting to see its programme and venue, and to register.',
  'home.empty': 'No meetings are published at the moment.',
  'meeting.when': 'When',
  'meeting.where': 'Where',
  'meeting.timeRange': 'from {start} to {end}',
  'meeting.map': 'See the venue on a map',
  'meeting.programme': 'Programme',
  'meeting.workshops': 'Thematic workshops',
  'meeting.seats': 'Seats: {n}',
  'meeting.registration': 'Registration',
  'meeting.opensOn': 'Registration opens on {date}.',
  'meeting.openUntil': 'Registration is open until {date}.',
  'meeting.closedOn': 'Registration closed on {date}.',
  'meeting.register': 'Register for this meeting',
  'meeting.recover': 'Lost your link? Get it again',
  'meeting.who': 'Who may register',
  'meeting.whoRegions':
    'Residents of the region: {regions}. Others register with an invitation code.',
  'meeting.whoAll': 'Registration is open to everyone.',
  'meeting.support': 'Travel and lodging',
  'meeting.supportBoth':
    'Travel is paid for from {travelKm} km from the venue, lodging from {lodgingKm} km. You ask for it after registering.',
  'meeting.supportTravel':
    'Travel is paid for from {travelKm} km from the venue. You ask for it after registering.',
  'meeting.supportLodging':
    'Lodging is paid for from {lodgingKm} km from the venue. You ask for it after registering.',
  'meeting.supportNone': 'Neither travel nor lodging is paid for at this meeting.',
  'meeting.notFound':
    'We could not find this meeting. It may not be published yet, or its link has changed.',
};
