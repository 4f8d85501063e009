// The registrations on this phone that can link feedback to the meeting: those holding a
// private-link token and not refused, read again whenever the write queue or a registration
// changes. Read straight from the store rather than through the registration sync, which the
// feedback form does not otherwise need.
import { registrationsForMeeting } from '../../store/registrations';
import type { LocalRegistration } from '../../store/types';
import { subscribe } from '../../sync/writeQueue';

export function followLinkableRegistrations(
  slug: string,
  listener: (registrations: LocalRegistration[]) => void,
): () => void {
  let latest = 0;
  return subscribe(() => {
    const ticket = ++latest; // an older read finishing late must not overwrite a newer one
    void registrationsForMeeting(slug).then((records) => {
      if (ticket === latest)
        listener(records.filter((r) => r.manageToken && r.status !== 'refused'));
    });
  });
}
