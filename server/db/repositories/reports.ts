// Participant counts for reports, aggregated by the database: one GROUP BY per dimension over
// the registrations a basis counts, each dialect in the form it runs fastest.
import { sql, type Kysely } from 'kysely';
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
  | 'noNeed'
  | 'meeting';

export interface CountRow {
  dim: CountDimension;
  key: string | null;
  n: number;
}

/** Which registrations a basis counts. */
function countedSql(basis: ReportBasis) {
  if (basis === 'registered') return sql`r.status <> 'cancelled'`;
  if (basis === 'accepted') return sql`r.status = 'accepted'`;
  return sql`r.status = 'accepted' and r.checked_in_at is not null`;
}

/**
 * Every count a report needs, for the registrations of these meetings: one row per
 * (dimension, key), plus one `meeting` row per meeting with its total, in one round trip.
 * Accessibility needs are a JSON array column: a person counts once per need; most people list
 * none, and '[]' is settled without parsing JSON.
 */
export function participantCounts(
  db: Db,
  meetingIds: string[],
  basis: ReportBasis,
): Promise<CountRow[]> {
  if (meetingIds.length === 0) return Promise.resolve([]);
  return db.dialect === 'postgres'
    ? postgresCounts(db.kysely, meetingIds, basis)
    : sqliteCounts(db.kysely, meetingIds, basis);
}

const GROUPED = ['age_band', 'role', 'gender', 'province_code', 'source', 'meeting_id'] as const;
const DIMENSION_OF: Record<(typeof GROUPED)[number], CountDimension> = {
  age_band: 'age',
  role: 'role',
  gender: 'gender',
  province_code: 'province',
  source: 'source',
  meeting_id: 'meeting',
};

/**
 * PostgreSQL: one scan with GROUPING SETS (one hash aggregate for every dimension; nine
 * GROUP BYs sorted text under the database's collation and cost five times more at 20,000
 * registrations), the no-shows and no-need counts as FILTERs of its grand total, and the
 * needs expanded with jsonb_array_elements_text over the people who list any.
 */
async function postgresCounts(
  k: Kysely<Database>,
  meetingIds: string[],
  basis: ReportBasis,
): Promise<CountRow[]> {
  const counted = countedSql(basis);
  const columns = sql.join(GROUPED.map((c) => sql.ref(`r.${c}`)));
  const sets = sql.join(GROUPED.map((c) => sql`(${sql.ref(`r.${c}`)})`));
  const scope = sql`r.meeting_id in (${sql.join(meetingIds)})`;
  const [grouped, needs] = await Promise.all([
    sql<
      Record<(typeof GROUPED)[number], string | null> & {
        g: number;
        n: string;
        no_shows: string;
        no_need: string;
      }
    >`
      select grouping(${columns}) as g, ${columns},
        count(*) filter (where ${counted}) as n,
        count(*) filter (where r.status = 'accepted' and r.checked_in_at is null) as no_shows,
        count(*) filter (where ${counted} and (r.accessibility = '[]'
          or jsonb_array_length(r.accessibility::jsonb) = 0)) as no_need
      from registrations as r where ${scope}
      group by grouping sets (${sets}, ())`.execute(k),
    // At most 6 needs a person (the schema's limit): saying so keeps PostgreSQL's estimate
    // (100 rows per call by default) from costing the query into JIT compilation.
    sql<{ key: string; n: string }>`
      select need.value as key, count(distinct r.seq) as n
      from registrations as r,
        lateral (select value from jsonb_array_elements_text(r.accessibility::jsonb) limit 6) as need
      where ${scope} and ${counted} and r.accessibility <> '[]'
      group by need.value`.execute(k),
  ]);
  const out: CountRow[] = [];
  for (const row of grouped.rows) {
    // grouping() has a bit set for each column left out of the row's set, the first column
    // the highest: all set is the grand total.
    const g = Number(row.g);
    if (g === (1 << GROUPED.length) - 1) {
      out.push({ dim: 'total', key: null, n: Number(row.n) });
      out.push({ dim: 'noShows', key: null, n: Number(row.no_shows) });
      out.push({ dim: 'noNeed', key: null, n: Number(row.no_need) });
      continue;
    }
    const column = GROUPED.find((_, i) => (g & (1 << (GROUPED.length - 1 - i))) === 0);
    if (column && Number(row.n) > 0)
      out.push({ dim: DIMENSION_OF[column], key: row[column], n: Number(row.n) });
  }
  for (const row of needs.rows) out.push({ dim: 'accessibility', key: row.key, n: Number(row.n) });
  return out;
}

/**
 * SQLite (no GROUPING SETS): the registrations the report reads are copied once into a
 * materialized CTE, and each GROUP BY runs over that copy rather than over the table.
 */
async function sqliteCounts(
  k: Kysely<Database>,
  meetingIds: string[],
  basis: ReportBasis,
): Promise<CountRow[]> {
  const by = (column: (typeof GROUPED)[number]) =>
    sql`select ${sql.lit(DIMENSION_OF[column])} as dim, ${sql.ref(`s.${column}`)} as key,
      count(*) as n from s where s.counted = 1 group by ${sql.ref(`s.${column}`)}`;
  const rows = await sql<{ dim: string; key: string | null; n: number | string }>`
    with s as materialized (
      select
        case when ${countedSql(basis)} then 1 else 0 end as counted,
        r.seq, r.meeting_id, r.age_band, r.role, r.gender, r.province_code, r.source,
        r.accessibility, r.status, r.checked_in_at
      from registrations as r
      where r.meeting_id in (${sql.join(meetingIds)})
    )
    select 'total' as dim, null as key, count(*) as n from s where s.counted = 1
    union all select 'noShows', null, count(*) from s
      where s.status = 'accepted' and s.checked_in_at is null
    union all ${sql.join(GROUPED.map(by), sql` union all `)}
    union all select 'accessibility', need.value, count(distinct s.seq)
      from s, json_each(s.accessibility) as need
      where s.counted = 1 and s.accessibility <> '[]' group by need.value
    union all select 'noNeed', null, count(*) from s
      where s.counted = 1 and (s.accessibility = '[]' or json_array_length(s.accessibility) = 0)
  `.execute(k);
  return rows.rows.map((r) => ({ dim: r.dim as CountDimension, key: r.key, n: Number(r.n) }));
}

/** How many people each meeting counts, from the counts' `meeting` rows (absent: nobody). */
export function totalsByMeeting(rows: CountRow[]): Map<string, number> {
  return new Map(
    rows.flatMap((r) => (r.dim === 'meeting' && r.key !== null ? [[r.key, r.n] as const] : [])),
  );
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
