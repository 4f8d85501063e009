// Whether a meeting takes registrations at a given instant: open from opensAt (inclusive)
// until closesAt (exclusive). Both sides run it; instants make it independent of tz data.
import type { RegistrationState } from './enums';

export function registrationWindowState(
  now: Date,
  opensAt: Date | string,
  closesAt: Date | string,
): RegistrationState {
  const t = now.getTime();
  if (t < new Date(opensAt).getTime()) return 'not-open';
  if (t >= new Date(closesAt).getTime()) return 'closed';
  return 'open';
}
