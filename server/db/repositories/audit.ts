// The append-only record of who changed what.
import type { Kysely } from 'kysely';
import type { Database } from '../schema';

export async function audit(
  db: Kysely<Database>,
  entry: { at: string; actor: string | null; action: string; subject: string; detail?: unknown },
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: entry.at,
      actor: entry.actor,
      action: entry.action,
      subject: entry.subject,
      detail: entry.detail === undefined ? null : JSON.stringify(entry.detail),
    })
    .execute();
}
