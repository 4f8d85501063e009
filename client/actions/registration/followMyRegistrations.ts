// "Follow my registrations": live views of the device's registrations for screens, the record
// joined with its queue entry, re-read whenever the write queue or a registration changes (in
// any tab).
import {
  getRegistration,
  listRegistrations,
  registrationsForMeeting,
} from '../../store/registrations';
import type { LocalRegistration, QueuedWrite } from '../../store/types';
import { subscribe } from '../../sync/writeQueue';
import { progressOf, type RegistrationProgress } from './registrationProgress';

export interface RegistrationView {
  record: LocalRegistration;
  entry?: QueuedWrite;
  progress: RegistrationProgress;
}

function viewOf(record: LocalRegistration, entries: QueuedWrite[]): RegistrationView {
  const entry = entries.find((e) => e.id === record.id);
  return { record, entry, progress: progressOf(record, entry) };
}

/** Watches one registration; `undefined` once it is gone from the phone. */
export function watchRegistration(
  id: string,
  listener: (view: RegistrationView | undefined) => void,
): () => void {
  let latest = 0;
  return subscribe((entries) => {
    const ticket = ++latest; // an older read finishing late must not overwrite a newer one
    void getRegistration(id).then((record) => {
      if (ticket === latest) listener(record ? viewOf(record, entries) : undefined);
    });
  });
}

/** Watches every registration on the phone (newest first), or those for one meeting. */
export function watchRegistrations(
  listener: (views: RegistrationView[]) => void,
  meetingSlug?: string,
): () => void {
  let latest = 0;
  return subscribe((entries) => {
    const ticket = ++latest;
    const read = meetingSlug ? registrationsForMeeting(meetingSlug) : listRegistrations();
    void read.then((records) => {
      if (ticket === latest) listener(records.map((record) => viewOf(record, entries)));
    });
  });
}
