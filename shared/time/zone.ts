// Conversions between a meeting's local wall time and instants, with current IANA data
// (moment-timezone ships its own; the runtime's ICU may be years old — Morocco left UTC+1
// for good on 2026-09-20 and Node 20's tz 2025c does not know it).
import moment from 'moment-timezone';

export const MOROCCO_TZ = 'Africa/Casablanca';

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

export function isKnownTimeZone(zone: string): boolean {
  return moment.tz.zone(zone) !== null;
}

/** "2026-12-12T09:00" in `zone` → the instant. A wall time skipped by a clock change moves forward. */
export function wallTimeToInstant(wallTime: string, zone: string): Date {
  if (!WALL_TIME.test(wallTime)) throw new RangeError(`not a wall time: ${wallTime}`);
  return moment.tz(wallTime, ['YYYY-MM-DDTHH:mm', 'YYYY-MM-DDTHH:mm:ss'], true, zone).toDate();
}

/** The instant as ISO 8601 with the zone's offset at that instant: "2026-12-12T09:00:00+00:00". */
export function instantWithOffset(instant: Date, zone: string): string {
  return moment(instant).tz(zone).format('YYYY-MM-DDTHH:mm:ssZ');
}

/** The instant as the zone's wall time, "2026-12-12T09:00". */
export function instantToWallTime(instant: Date, zone: string): string {
  return moment(instant).tz(zone).format('YYYY-MM-DDTHH:mm');
}

/** The zone's calendar date of the instant, "2026-12-12" (for once-a-day rules). */
export function localDate(instant: Date, zone: string): string {
  return moment(instant).tz(zone).format('YYYY-MM-DD');
}

export function tzDataVersion(): string {
  return moment.tz.dataVersion;
}
