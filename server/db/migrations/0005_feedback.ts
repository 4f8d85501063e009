// Feedback (ratings and workshop outputs, anonymous or linked to a registration) and the
// proposals its solutions become, with their moderation: fate, explanation, institution,
// hidden, merged into a kept duplicate.
import { sql, type Kysely } from 'kysely';
import { type Dialect, serialPrimaryKey } from './columns';

const RATINGS = ['content', 'organization', 'logistics', 'facilitation'] as const;

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const seq = serialPrimaryKey(dialect);
  let feedback = db.schema
    .createTable('feedback')
    .addColumn('seq', seq.type, seq.build)
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('meeting_id', 'text', (c) =>
      c.notNull().references('meetings.id').onDelete('cascade'),
    )
    // Kept when the participant later deletes their registration: the feedback becomes anonymous.
    .addColumn('registration_id', 'text', (c) =>
      c.references('registrations.id').onDelete('set null'),
    )
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('workshop_id', 'text')
    .addColumn('rating_overall', 'integer', (c) => c.notNull());
  for (const key of RATINGS) feedback = feedback.addColumn(`rating_${key}`, 'integer');
  await feedback
    // JSON arrays of short entries, as given.
    .addColumn('problems', 'text', (c) => c.notNull())
    .addColumn('solutions', 'text', (c) => c.notNull())
    .addColumn('expected_results', 'text', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('request_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // The summary groups a meeting's feedback by workshop.
  await db.schema
    .createIndex('feedback_meeting_workshop')
    .on('feedback')
    .columns(['meeting_id', 'workshop_id'])
    .execute();

  const pseq = serialPrimaryKey(dialect);
  await db.schema
    .createTable('proposals')
    .addColumn('seq', pseq.type, pseq.build)
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('meeting_id', 'text', (c) =>
      c.notNull().references('meetings.id').onDelete('cascade'),
    )
    .addColumn('feedback_id', 'text', (c) =>
      c.notNull().references('feedback.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('workshop_id', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('received'))
    .addColumn('explanation', 'text')
    .addColumn('institution', 'text')
    .addColumn('hidden', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('merged_into', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('proposals_meeting')
    .on('proposals')
    .columns(['meeting_id', 'seq'])
    .execute();
  await db.schema
    .createIndex('proposals_feedback')
    .on('proposals')
    .columns(['feedback_id', 'position'])
    .execute();
  await db.schema
    .createIndex('proposals_merged_into')
    .on('proposals')
    .column('merged_into')
    .where(sql.ref('merged_into'), 'is not', null)
    .execute();

  // A participant's private-link token links their feedback: found by its hash.
  await db.schema
    .createIndex('registrations_manage_token')
    .on('registrations')
    .column('manage_token_hash')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('registrations_manage_token').execute();
  await db.schema.dropTable('proposals').execute();
  await db.schema.dropTable('feedback').execute();
}
