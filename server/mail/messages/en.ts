// E-mail texts in English.
import type { MailCatalogue } from './types';

export const en: MailCatalogue = {
  dir: 'ltr',
  weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  when: '{weekday} {day} {month} {year}, {start} to {end} (Morocco time)',
  whenElsewhere: '{weekday} {day} {month} {year}, {start} to {end} ({zone})',
  greeting: 'Hello {name},',
  labels: {
    when: 'When',
    where: 'Where',
    map: 'See the venue on a map',
    programme: 'Programme',
    workshop: 'Your workshop',
    bring: 'What to bring',
    privateLink: 'Your private link',
    contact: 'Contact the organizers',
    ticketCode: 'Your ticket code',
    support: 'Travel and lodging support',
  },
  bring: 'Your ticket (the QR code, printed or on your phone) or your national ID card.',
  ticket: 'Entry ticket: show this QR code at the reception desk.',
  ticketCode: 'If the QR cannot be scanned, your ticket code:',
  linkNote: 'This link lets you view, change or cancel your registration. Do not share it.',
  openLink: 'Open my registration',
  supportNote:
    'This meeting can cover travel or lodging for participants who come from far away. Ask through your private link: you will see at once whether you qualify.',
  supportLink: 'Ask for travel or lodging support',
  footer: 'Automatic message from Liqa; please do not reply.',
  footerReply: 'Message sent by Liqa; your reply goes to the organizers.',
  attachments: { ticket: 'liqa-ticket.png', calendar: 'liqa.ics' },
  support: {
    label: 'Your travel and lodging request',
    travel: 'Travel costs: {decision}',
    lodging: 'Lodging: {decision}',
    nights: 'Lodging: {decision}, number of nights: {nights}',
    approved: 'approved',
    declined: 'not approved',
    note: 'You can see this decision at any time through your private link.',
  },
  feedback: { label: 'Your feedback', link: 'Rate the meeting and make proposals' },
  proposal: {
    label: 'Your proposal',
    outcome: 'Outcome',
    explanation: 'Explanation',
    institution: 'Institution concerned',
    all: 'See the outcome of every proposal',
    status: {
      received: 'Received',
      'under-study': 'Under study',
      retained: 'Retained',
      'not-retained': 'Not retained',
    },
  },
  kinds: {
    confirmation: {
      subject: 'Your place is confirmed: {title}',
      heading: 'Your place is confirmed',
      intro:
        'We are pleased to confirm your participation in this meeting. The venue and time are below.',
    },
    promoted: {
      subject: 'A place opened up: your participation in {title} is confirmed',
      heading: 'You have moved from the waiting list to the participants',
      intro:
        'A place opened up and we are pleased to confirm your participation. The venue and time are below.',
    },
    waitlisted: {
      subject: 'Waiting list: {title}',
      heading: 'You are on the waiting list',
      intro:
        'All available places are taken for now, so you are on the waiting list. We will write to you as soon as a place opens up.',
    },
    received: {
      subject: 'Registration received: {title}',
      heading: 'Your request is being reviewed',
      intro:
        'We have received your registration. The organizers will review it; you will get a message once they decide.',
    },
    cancellation: {
      subject: 'Registration cancelled: {title}',
      heading: 'Your registration is cancelled',
      intro:
        'Your registration for this meeting is cancelled. If this was a mistake, you can register again while registration is open.',
    },
    reminder: {
      subject: 'Reminder: {title}',
      heading: 'The meeting is coming up',
      intro: 'The meeting you registered for is coming up. Remember to bring your entry ticket.',
    },
    'support-decision': {
      subject: 'Your travel and lodging request: {title}',
      heading: "The organizing committee's decision",
      intro:
        'The organizing committee has reviewed your request for travel or lodging support. Here is its decision.',
    },
    'feedback-invitation': {
      subject: 'Your feedback on {title}',
      heading: 'What did you think of the meeting?',
      intro:
        'Thank you for taking part. Please rate the meeting and propose solutions; it takes a few minutes.',
    },
    'proposal-outcome': {
      subject: 'The outcome of your proposal: {title}',
      heading: 'What became of your proposal',
      intro:
        'The organizers have reviewed the proposals made at this meeting. Here is the outcome of yours.',
    },
    recover: {
      subject: 'Your private link: {title}',
      heading: 'Your private link, sent again',
      intro:
        'Someone asked for the private link of this registration to be sent again, to the address you registered with. Here it is. If it was not you, you can ignore this message.',
    },
  },
};
