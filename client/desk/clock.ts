// Times at the desk in the meeting's own wall time ("09:12"): the instant shifted by the offset
// the server gave the meeting's start, so neither tz data nor the phone's (often wrong) zone
// is needed.

const OFFSET = /(Z|([+-])(\d{2}):?(\d{2}))$/i;

/** The offset of an ISO string in minutes ("+01:00" → 60, "Z" → 0); 0 when it has none. */
export function offsetMinutes(iso: string): number {
  const m = OFFSET.exec(iso);
  if (!m || m[1]?.toUpperCase() === 'Z') return 0;
  const minutes = Number(m[3]) * 60 + Number(m[4]);
  return m[2] === '-' ? -minutes : minutes;
}

/** "09:12" for an instant, at the offset of `reference` (the meeting's `startsAt`). */
export function wallClock(instant: string, reference: string): string {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return '';
  const shifted = new Date(ms + offsetMinutes(reference) * 60_000);
  const hh = String(shifted.getUTCHours()).padStart(2, '0');
  const mm = String(shifted.getUTCMinutes()).padStart(2, '0');
  return `${hh}:${mm}`;
}
