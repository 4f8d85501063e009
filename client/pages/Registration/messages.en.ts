// The private link page's words in English (fetched when chosen).
import type { RegistrationCatalogue } from './messages';

export const en: RegistrationCatalogue = {
  title: 'My registration',
  kicker: 'My registration for the meeting',
  invalidTitle: 'This link is not valid',
  invalidBody:
    'It may have been copied incompletely, or it belongs to another registration. Open the whole link from the message you received after registering.',
  myRegistrations: 'My registrations',
  home: 'Back to meetings',
  offlineNever:
    'No connection, and this registration was never opened on this phone. Try again when the connection returns.',
  retry: 'Try again',
  cached: 'You are offline: this is the last copy saved on this phone.',
  lastUpdated: 'Last updated: {time}',
  keepPrivate:
    'Do not share this page: anyone with its link can change or cancel your registration.',
  statusTitle: 'Registration status',
  'status.pending': 'Awaiting confirmation',
  'status.accepted': 'Seat confirmed',
  'status.waitlisted': 'On the waiting list',
  'status.rejected': 'Not accepted',
  'status.cancelled': 'Cancelled',
  'explain.pending':
    'Your registration has arrived. The organizers will review it and confirm your seat; you will get a message.',
  'explain.accepted':
    'Your seat is reserved. On the day, show your ticket (QR code): below, or in your confirmation message.',
  'explain.waitlisted':
    'All seats are taken: you are on the waiting list. If a seat becomes free, it goes to the next person on the list and you will get a message.',
  'explain.rejected': 'Your registration was not accepted for this meeting.',
  'explain.cancelled': 'This registration is cancelled: you no longer have a seat at this meeting.',
  cancelPending:
    'Your cancellation is saved on this phone and will be sent as soon as there is a connection.',
  details: 'Your details',
  province: 'Province or prefecture',
  workshop: 'Workshop',
  noWorkshop: 'No preference',
  accessibility: 'Special arrangements',
  accessibilityNote: 'Details',
  none: 'None',
  notGiven: 'Not given',
  photos: 'Photos',
  photosYes: 'You agree to appear in the meeting’s photos',
  photosNo: 'You do not agree to appear in the meeting’s photos',
  actions: 'What would you like to do?',
  edit: 'Change my details',
  cancel: 'Cancel my registration',
  forget: 'Delete my data from this phone',
  editTitle: 'Change my details',
  save: 'Save my changes',
  saving: 'Saving…',
  back: 'Back without saving',
  summary: 'Please check the following:',
  unchanged: 'You have not changed anything.',
  cannotClear: 'This cannot be removed here, but you can change it.',
  saveFailed: 'Could not save on this phone (its storage may be full). Try again.',
  cancelTitle: 'Cancel your registration?',
  cancelBody:
    'If you cancel, your seat will be given to the next person on the waiting list. A cancellation cannot be undone.',
  cancelConfirm: 'Yes, cancel my registration',
  cancelKeep: 'No, keep my registration',
  forgetTitle: 'Delete your data from this phone?',
  forgetBody:
    'Your name, your details and the private link will be removed from this phone. Your registration stays valid with the organizers; you can open it again with the link in your message.',
  forgetUnsent: 'Some changes have not been sent yet: they will be lost.',
  forgetConfirm: 'Yes, delete from this phone',
  forgetKeep: 'No, keep it',
  forgottenTitle: 'Your data was deleted from this phone',
  forgottenBody:
    'This phone no longer keeps your registration. Nothing changed with the organizers.',
  'edit.waiting': 'Your changes are saved on this phone and are being sent now.',
  'edit.waitingOffline':
    'Your changes are saved on this phone and will be sent automatically when the connection returns.',
  'edit.sending': 'Sending your changes…',
  'edit.sent': 'Your changes are saved with the organizers.',
  'edit.refused': 'Your changes were not accepted:',
  'cancel.waiting': 'Your cancellation is saved on this phone and is being sent now.',
  'cancel.waitingOffline':
    'Your cancellation is saved on this phone and will be sent automatically when the connection returns.',
  'cancel.sending': 'Sending your cancellation…',
  'cancel.sent': 'Your registration is cancelled.',
  'cancel.refused': 'Your cancellation was not accepted:',
  dismiss: 'OK',
  fix: 'Correct my changes',
};
