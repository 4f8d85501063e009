// When a meeting's participants' personal data is erased: a whole number of days after it ends.
import { DEFAULT_RETENTION_DAYS } from './schemas/meeting';

const DAY_MS = 86_400_000;

export function retentionDaysOf(input: { retentionDays?: number }): number {
  return input.retentionDays ?? DEFAULT_RETENTION_DAYS;
}

/** The instant (ISO UTC) the retention period of a meeting ending at `endsAt` runs out. */
export function personalDataEraseAt(endsAt: string, retentionDays: number): string {
  return new Date(new Date(endsAt).getTime() + retentionDays * DAY_MS).toISOString();
}
