// Reads the wall time out of an ISO string carrying its own offset, without any tz data:
// "2026-12-12T09:00:00+00:00" is 09:00 where it was written, whatever the device thinks.
import type { Locale } from '../enums';

const OFFSET_ISO =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})$/;

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

export function wallTimeOf(isoWithOffset: string): WallTime | null {
  const m = OFFSET_ISO.exec(isoWithOffset);
  if (!m) return null;
  return {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: Number(m[4]),
    minute: Number(m[5]),
  };
}

const INTL_LOCALE: Record<Locale, string> = {
  // Latin digits, as used in Morocco.
  ar: 'ar-MA-u-nu-latn',
  fr: 'fr-MA',
  en: 'en-GB',
};

// The wall components are formatted as if in UTC, so the device's own zone never shifts them.
function asUtcDate(w: WallTime): Date {
  return new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute));
}

export function formatWallDate(isoWithOffset: string, locale: Locale): string {
  const w = wallTimeOf(isoWithOffset);
  if (!w) return isoWithOffset;
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(asUtcDate(w));
}

export function formatWallClock(isoWithOffset: string): string {
  const w = wallTimeOf(isoWithOffset);
  if (!w) return '';
  return `${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')}`;
}

export function formatWallDateTime(isoWithOffset: string, locale: Locale): string {
  return `${formatWallDate(isoWithOffset, locale)} ${formatWallClock(isoWithOffset)}`;
}
