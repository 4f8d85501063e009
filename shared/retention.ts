// When a meeting's participants' personal data is erased: a whole number of days after it ends.

/** Days after a meeting ends that its participants' personal data is kept (law 09-08). */
export const DEFAULT_RETENTION_DAYS = 90;
export const MAX_RETENTION_DAYS = 1095;

const DAY_MS = 86_400_000;

export function retentionDaysOf(input: { retentionDays?: number }): number {
  return input.retentionDays ?? DEFAULT_RETENTION_DAYS;
}

/** The instant (ISO UTC) the retention period of a meeting ending at `endsAt` runs out. */
export function personalDataEraseAt(endsAt: string, retentionDays: number): string {
  return new Date(new Date(endsAt).getTime() + retentionDays * DAY_MS).toISOString();
}
