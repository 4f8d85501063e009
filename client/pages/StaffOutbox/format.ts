// Times on the e-mail screen. The outbox gives UTC instants; organizers read them as the
// meeting's clock, at the offset its start carries (the API's "…+00:00"), so neither the
// device's zone nor its (often outdated) tz data is involved. Close to a change of offset
// (before 2026, Ramadan in Morocco) a time may read an hour off: good enough for a log.
import type { Locale } from '../../../shared/enums';

const INTL: Record<Locale, string> = { ar: 'ar-MA-u-nu-latn', fr: 'fr-MA', en: 'en-GB' };

/** Minutes east of UTC in an ISO string's offset ("+01:00" → 60, "Z" → 0). */
export function offsetMinutes(isoWithOffset: string): number {
  const m = /([+-])(\d{2}):?(\d{2})$/.exec(isoWithOffset);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/** "12 déc. 09:00": the instant at the meeting's offset, formatted in the reader's language. */
export function meetingClock(instant: string, meetingStartsAt: string, locale: Locale): string {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return instant;
  const shifted = new Date(ms + offsetMinutes(meetingStartsAt) * 60_000);
  return new Intl.DateTimeFormat(INTL[locale], {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(shifted);
}
