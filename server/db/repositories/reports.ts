// Participant counts for reports, aggregated by the database: one round trip of GROUP BYs
// (UNION ALL), one per dimension, over the registrations a basis counts.
import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import type { ReportBasis } from '../../../shared/reports/types';
import type { Db } from '../database';
import type { Database } from '../schema';

export type CountDimension =
  | 'total'
  | 'noShows'
  | 'age'
  | 'role'
  | 'gender'
  | 'province'
  | 'source'
  | 'accessibility'
  | 'noNeed';

export interface CountRow {
  dim: CountDimension;
  key: string | null;
  n: number;
}

type Eb = ExpressionBuilder<Database & { r: Database['registrations'] }, 'r'>;

function counted(basis: ReportBasis) {
  return (eb: Eb) => {
    if (basis === 'registered') return eb('r.status', '<>', 'cancelled');
    const accepted = eb('r.status', '=', 'accepted');
    return basis === 'accepted'
      ? accepted
      : eb.and([accepted, eb('r.checked_in_at', 'is not', null)]);
  };
}

const noShow = (eb: Eb) =>
  eb.and([eb('r.status', '=', 'accepted'), eb('r.checked_in_at', 'is', null)]);

/**
 * Every count a report needs, for the registrations of these meetings: one row per
 * (dimension, key). Accessibility needs are a JSON array column: expanded with json_each on
 * SQLite and jsonb_array_elements_text on PostgreSQL; a person counts once per need.
 */
export async function participantCounts(
  db: Db,
  meetingIds: string[],
  basis: ReportBasis,
): Promise<CountRow[]> {
  if (meetingIds.length === 0) return [];
  const k = db.kysely;
  const inScope = (eb: Eb) => eb('r.meeting_id', 'in', meetingIds);
  const scoped = () => k.selectFrom('registrations as r').where(inScope).where(counted(basis));
  const by = (
    dim: CountDimension,
    column: 'age_band' | 'role' | 'gender' | 'province_code' | 'source',
  ) =>
    scoped()
      .select((eb) => [
        sql.lit(dim).as('dim'),
        sql<string | null>`${sql.ref(`r.${column}`)}`.as('key'),
        eb.fn.countAll<number | string>().as('n'),
      ])
      .groupBy(`r.${column}`);
  // At most 6 needs a person (the schema's limit): saying so keeps PostgreSQL's estimate (100
  // rows per call by default) from costing the query into JIT compilation, slower than the
  // query itself at this size.
  const needs = (
    db.dialect === 'postgres'
      ? sql`lateral (select value from jsonb_array_elements_text(r.accessibility::jsonb) limit 6)`
      : sql`json_each(r.accessibility)`
  ).as('need');
  const needCount =
    db.dialect === 'postgres'
      ? sql<number>`jsonb_array_length(r.accessibility::jsonb)`
      : sql<number>`json_array_length(r.accessibility)`;
  const nullKey = sql<string | null>`null`;

  const rows = await scoped()
    .select((eb) => [
      sql.lit('total').as('dim'),
      nullKey.as('key'),
      eb.fn.countAll<number | string>().as('n'),
    ])
    .unionAll(
      k
        .selectFrom('registrations as r')
        .where(inScope)
        .where(noShow)
        .select((eb) => [
          sql.lit('noShows').as('dim'),
          nullKey.as('key'),
          eb.fn.countAll<number | string>().as('n'),
        ]),
    )
    .unionAll(by('age', 'age_band'))
    .unionAll(by('role', 'role'))
    .unionAll(by('gender', 'gender'))
    .unionAll(by('province', 'province_code'))
    .unionAll(by('source', 'source'))
    .unionAll(
      k
        .selectFrom(['registrations as r', needs])
        .where(inScope)
        .where(counted(basis))
        // Distinct people: a need listed twice by one person still counts them once.
        .select((eb) => [
          sql.lit('accessibility').as('dim'),
          sql<string>`need.value`.as('key'),
          eb.fn.count<number | string>('r.seq').distinct().as('n'),
        ])
        .groupBy(sql`need.value`),
    )
    .unionAll(
      scoped()
        .where(needCount, '=', 0)
        .select((eb) => [
          sql.lit('noNeed').as('dim'),
          nullKey.as('key'),
          eb.fn.countAll<number | string>().as('n'),
        ]),
    )
    .execute();
  return rows.map((r) => ({ dim: r.dim as CountDimension, key: r.key, n: Number(r.n) }));
}

/** How many people each meeting counts on this basis (meetings with nobody are absent). */
export async function totalsByMeeting(
  k: Kysely<Database>,
  meetingIds: string[],
  basis: ReportBasis,
): Promise<Map<string, number>> {
  if (meetingIds.length === 0) return new Map();
  const rows = await k
    .selectFrom('registrations as r')
    .where('r.meeting_id', 'in', meetingIds)
    .where(counted(basis))
    .select((eb) => ['r.meeting_id', eb.fn.countAll<number | string>().as('n')])
    .groupBy('r.meeting_id')
    .execute();
  return new Map(rows.map((r) => [r.meeting_id, Number(r.n)]));
}

/** Meetings whose start falls in [from, before) (UTC instants; either bound may be open). */
export function meetingsStartingBetween(
  k: Kysely<Database>,
  from: string | null,
  before: string | null,
) {
  let q = k.selectFrom('meetings').selectAll();
  if (from) q = q.where('starts_at', '>=', from);
  if (before) q = q.where('starts_at', '<', before);
  return q.orderBy('starts_at').orderBy('slug').execute();
}
