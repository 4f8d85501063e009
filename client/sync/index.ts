// The offline engine's public API: queue writes, watch the queue, start the triggers.
export {
  enqueue,
  listEntries,
  subscribe,
  retryRefused,
  discard,
  type EnqueueInput,
} from './outbox';
export { replayOutbox, OutboxRetryLater, OUTBOX_LOCK, type ReplayOptions } from './replay';
export { startOutbox, flushOutbox, isOnline, onConnectivityChange, SYNC_TAG } from './triggers';
export { onSent, onRefused } from './handlers';
export {
  submitRegistration,
  forgetRegistration,
  refreshRegistrationStatuses,
  progressOf,
  privateLink,
  type RegistrationProgress,
  type SubmitRegistration,
} from './registrations';
export { syncText, progressText, SYNC_MESSAGES, type SyncMessageKey } from './messages';
export type { OutboxEntry, OutboxState, LocalRegistration } from '../store/types';
export { watchRegistration, watchRegistrations, type RegistrationView } from './watchRegistrations';
export { loadMeeting, type MeetingLoad } from './meetingSnapshot';
export { newId } from './uuid';
